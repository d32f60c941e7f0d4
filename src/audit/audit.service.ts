import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { auditCsvHeader, auditCsvLine } from './audit-csv';
import { auditPeriod, isOrdered, londonDay } from './audit-period';
import {
  type AuditFilterDto,
  type AuditPageDto,
  type AuditQueryDto,
  DEFAULT_AUDIT_PAGE_SIZE,
  toAuditEventDto,
} from './audit.dto';
import { type AuditFilter, AuditRepository } from './audit.repository';

export interface AuditCsvExport {
  fileName: string;
  /** The header line, then the lines of one batch of events at a time. */
  chunks: AsyncIterable<string>;
}

/** The audit trail of the caller's own authority, as pages or as CSV. */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async list(caller: Caller, query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? DEFAULT_AUDIT_PAGE_SIZE;
    // One more than asked for tells whether there is a next page.
    const rows = await this.repository.list(caller.authorityId, {
      ...this.filter(query),
      limit: limit + 1,
      beforeId: query.before,
    });
    const events = rows.slice(0, limit).map(toAuditEventDto);
    return { events, nextBefore: rows.length > limit ? events[events.length - 1].id : null };
  }

  /** The kinds of record the trail has changes to, to filter by. */
  entities(caller: Caller): Promise<string[]> {
    return this.repository.entities(caller.authorityId);
  }

  /** Checks the filters now; reads the events only as the chunks are consumed. */
  exportCsv(caller: Caller, query: AuditFilterDto, now = new Date()): AuditCsvExport {
    const filter = this.filter(query);
    const authorityId = caller.authorityId;
    const repository = this.repository;
    async function* chunks(): AsyncGenerator<string> {
      // The byte order mark tells Excel the file is UTF-8, so names with accents survive.
      yield `\uFEFF${auditCsvHeader()}`;
      for await (const batch of repository.batches(authorityId, filter)) {
        yield batch.map((event) => auditCsvLine(toAuditEventDto(event))).join('');
      }
    }
    return { fileName: `audit-${slug(caller.authorityName)}-${londonDay(now)}.csv`, chunks: chunks() };
  }

  private filter(query: AuditFilterDto): AuditFilter {
    const period = auditPeriod(query.from, query.to);
    if (!isOrdered(period)) {
      const message = 'from must not be after to.';
      throw new DomainError(ErrorCode.Invalid, message, [{ field: 'to', messages: [message] }]);
    }
    return { entity: query.entity, entityId: query.id, actorId: query.user, operation: query.operation, ...period };
  }
}

/** A name safe for a file name in a Content-Disposition header. */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'authority'
  );
}
