import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuthoritiesRepository } from '../authorities/authorities.repository';
import { shippedCouncilDirectory } from '../benchmarking/shipped-councils';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { GRADES, type InspectionKind } from '../domain/vocabulary';
import type { DraftContent, DraftContentWarning } from './draft-content';
import { DraftsRepository } from './drafts.repository';
import type { UpdateDraftDto } from './drafts.dto';
import type { InspectionDraftEntity } from './inspection-draft.entity';
import { InspectionImporter } from './inspection-importer';
import type { ImportFailureStatus } from './ingest/inspection-draft';
import { namedCouncilMismatch } from './named-council';

const KIND_TITLES: Record<InspectionKind, string> = {
  JAR: 'Joint Area Review',
  APA: 'Annual performance assessment',
  LAC: 'Inspection of looked after children services',
  SIF: 'Inspection of services for children in need of help and protection, children looked after and care leavers',
  LSCB: 'Review of the effectiveness of the Local Safeguarding Children Board',
  ILACS: 'Inspection of local authority children’s services',
  FOCUSED: 'Focused visit to local authority children’s services',
  MONITORING: 'Monitoring visit to local authority children’s services',
  OTHER: 'Inspection of children’s services',
};

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};

const FAILURE_CODES: Record<ImportFailureStatus, ErrorCode> = {
  400: ErrorCode.Invalid,
  413: ErrorCode.TooLarge,
  415: ErrorCode.UnsupportedMediaType,
  422: ErrorCode.Unprocessable,
  503: ErrorCode.Unavailable,
};

/**
 * From an uploaded report to a confirmed inspection: read it, keep it as a draft for the clerk to
 * correct, then store the inspection, its judgements and recommendations in one go.
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly repository: DraftsRepository,
    private readonly importer: InspectionImporter,
    private readonly authorities: AuthoritiesRepository,
  ) {}

  async upload(
    caller: Caller,
    file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<InspectionDraftEntity> {
    if (!file || file.buffer.length === 0) {
      throw new DomainError(ErrorCode.Invalid, 'Choose a file to upload: the inspection report, as published.', [
        { field: 'file', messages: ['Choose a file'] },
      ]);
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    await this.refuseDuplicate(caller.authorityId, sha256);
    const result = await this.importer.read(file.buffer, file.originalname);
    if (!result.ok) throw new DomainError(FAILURE_CODES[result.status], result.message);
    const { text, ...found } = result.draft;
    const warnings: DraftContentWarning[] = [...found.warnings];
    const ours = await this.authorities.findById(caller.authorityId, caller.authorityId);
    const mismatch =
      found.authority.name && ours ? namedCouncilMismatch(found.authority.name, ours, shippedCouncilDirectory()) : null;
    if (found.authority.name && mismatch) {
      warnings.unshift({
        line: found.authority.lines?.[0] ?? null,
        text: found.authority.name,
        reason: mismatch,
        code: 'authority_mismatch',
      });
    }
    const draft: DraftContent = {
      ...found,
      warnings,
      title: `${KIND_TITLES[found.kind]}: ${found.authority.name ?? caller.authorityName}`.slice(0, 300),
      inspectorate: 'Ofsted',
    };
    return this.repository.insert({
      authorityId: caller.authorityId,
      createdById: caller.userId,
      fileName: (file.originalname || 'upload').slice(0, 255),
      format: result.format,
      mediaType: MEDIA_TYPES[result.format],
      byteSize: file.buffer.length,
      sha256,
      content: file.buffer,
      extractedText: text,
      draft,
    });
  }

  list(caller: Caller): Promise<InspectionDraftEntity[]> {
    return this.repository.list(caller.authorityId);
  }

  async get(caller: Caller, id: string): Promise<InspectionDraftEntity> {
    const draft = await this.repository.find(caller.authorityId, id);
    if (!draft) throw DomainError.notFound('The draft');
    return draft;
  }

  /** Applies a clerk's corrections; a stale version is refused with 409 and changes nothing. */
  async update(caller: Caller, id: string, changes: UpdateDraftDto): Promise<InspectionDraftEntity> {
    const draft = await this.get(caller, id);
    if (changes.version !== draft.version) {
      throw new DomainError(
        ErrorCode.StaleVersion,
        `Someone else changed this draft since you opened it (you sent version ${changes.version}; it is now ${draft.version}). Reload it and make your corrections again.`,
        { currentVersion: draft.version },
      );
    }
    const content = { ...draft.draft, dates: { ...draft.draft.dates } };
    if (changes.title !== undefined) content.title = changes.title.trim();
    if (changes.inspectorate !== undefined) content.inspectorate = changes.inspectorate.trim();
    if (changes.authorityName !== undefined)
      content.authority = { ...content.authority, name: changes.authorityName.trim() };
    if (changes.kind !== undefined) content.kind = changes.kind;
    if (changes.fieldworkStart !== undefined || changes.fieldworkEnd !== undefined) {
      const from = changes.fieldworkStart === undefined ? content.dates.inspection?.from : changes.fieldworkStart;
      const to = changes.fieldworkEnd === undefined ? content.dates.inspection?.to : changes.fieldworkEnd;
      if (from && to && to < from) {
        throw new DomainError(ErrorCode.Invalid, 'The fieldwork cannot end before it starts.', [
          { field: 'fieldworkEnd', messages: ['The fieldwork cannot end before it starts.'] },
        ]);
      }
      content.dates.inspection = from
        ? { from, to: to ?? from, lines: content.dates.inspection?.lines ?? null }
        : undefined;
    }
    if (changes.publishedOn !== undefined) {
      content.dates.published = changes.publishedOn
        ? { date: changes.publishedOn, lines: content.dates.published?.lines ?? null }
        : undefined;
    }
    if (changes.judgements) {
      const keys = changes.judgements.map((judgement) => judgement.key);
      const repeated = keys.find((key, index) => keys.indexOf(key) !== index);
      if (repeated) {
        throw new DomainError(ErrorCode.Invalid, `Two judgements have the key ${repeated}: each area is graded once.`, [
          { field: 'judgements', messages: [`The key ${repeated} is used twice.`] },
        ]);
      }
      content.judgements = changes.judgements.map((judgement) => ({
        key: judgement.key,
        label: judgement.label.trim(),
        grade: {
          published: judgement.gradePublished.trim(),
          normalised: judgement.grade,
          level: GRADES[judgement.grade],
        },
        scored: judgement.scored,
        summary: judgement.summary ?? null,
        lines: judgement.lines ?? null,
      }));
    }
    if (changes.recommendations) {
      content.recommendations = changes.recommendations.map((recommendation) => ({
        text: recommendation.text.trim(),
        kind: recommendation.kind ?? null,
        timescale: recommendation.timescale ?? null,
        priorityAction: recommendation.priorityAction ?? false,
        addressee: recommendation.addressee ?? null,
        judgementAreaKey: recommendation.judgementAreaKey ?? null,
        lines: recommendation.lines ?? null,
      }));
    }
    draft.draft = content;
    return this.repository.save(draft);
  }

  /** Stores the inspection from the draft; returns its id. The draft goes. */
  async confirm(caller: Caller, id: string, version: number): Promise<string> {
    const draft = await this.repository.find(caller.authorityId, id, true);
    if (!draft) throw DomainError.notFound('The draft');
    if (version !== draft.version) {
      throw new DomainError(
        ErrorCode.StaleVersion,
        'This draft changed since you opened it: reload it and check it again.',
        {
          currentVersion: draft.version,
        },
      );
    }
    await this.refuseDuplicate(caller.authorityId, draft.sha256);
    const content = draft.draft;
    // A visit is not graded, and a monitoring visit's letter may name nothing to improve: it is still a record.
    const visit = content.kind === 'FOCUSED' || content.kind === 'MONITORING';
    if (!visit && content.judgements.length === 0 && content.recommendations.length === 0) {
      throw new DomainError(
        ErrorCode.Unprocessable,
        'The draft has no judgements and no recommendations: add them, or check that this is an inspection report.',
      );
    }
    return this.repository.confirm(
      draft,
      {
        fieldworkStart: content.dates.inspection?.from ?? null,
        fieldworkEnd: content.dates.inspection?.to ?? null,
        publishedOn: content.dates.published?.date ?? null,
      },
      caller.userId,
    );
  }

  async remove(caller: Caller, id: string): Promise<void> {
    await this.repository.remove(await this.get(caller, id));
  }

  private async refuseDuplicate(authorityId: string, sha256: string): Promise<void> {
    const existing = await this.repository.inspectionFromSameDocument(authorityId, sha256);
    if (existing) {
      throw new DomainError(ErrorCode.Conflict, 'This report has already been imported for your authority.', {
        inspectionId: existing,
        href: `/api/v1/inspections/${existing}`,
      });
    }
  }
}
