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
import { type AuditFilter, type AuditRecordRef, AuditRepository } from './audit.repository';
import { type FieldChange, OPERATION_WORDS, changesInWords, idsNamedBy, recordName } from './audit-words';

/** An audit event as a clerk reads it. */
export interface AuditEventInWords {
  id: string;
  occurredAt: string;
  actor: string;
  /** "Action O3 Increase the number of…" */
  record: string;
  operation: string;
  changes: FieldChange[];
}

export interface AuditPageInWords {
  events: AuditEventInWords[];
  nextBefore: string | null;
}

/** How many events a page of the trail shows. */
export const AUDIT_PAGE_SIZE = 50;

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

  /** A page of the trail, in words. */
  async listInWords(caller: Caller, query: AuditQueryDto): Promise<AuditPageInWords> {
    return this.inWords(caller, await this.list(caller, query));
  }

  /** The history of a record (a plan, an action) and of what hangs off it, in words, 50 at a time. */
  async trailInWords(caller: Caller, record: AuditRecordRef, before?: string): Promise<AuditPageInWords> {
    if (before !== undefined && !/^\d{1,19}$/.test(before)) {
      throw DomainError.invalid('The page asked for does not exist: start again from the newest changes.', 'before');
    }
    const rows = await this.repository.trailOf(caller.authorityId, record, {
      limit: AUDIT_PAGE_SIZE + 1,
      beforeId: before,
    });
    const events = rows.slice(0, AUDIT_PAGE_SIZE).map(toAuditEventDto);
    return this.inWords(caller, {
      events,
      nextBefore: rows.length > AUDIT_PAGE_SIZE ? events[events.length - 1].id : null,
    });
  }

  private async inWords(caller: Caller, page: AuditPageDto): Promise<AuditPageInWords> {
    const names = await this.repository.namesOf(caller.authorityId, idsNamedBy(page.events));
    return {
      nextBefore: page.nextBefore,
      events: page.events.map((event) => ({
        id: event.id,
        occurredAt: event.occurredAt,
        actor: event.actor.label,
        record: recordName(event, names),
        operation: OPERATION_WORDS[event.operation] ?? event.operation,
        changes: changesInWords(event, names),
      })),
    };
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
