import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GRADES } from '../domain/vocabulary';
import { frameworkForInspection } from '../frameworks/inspection-framework';
import type { DraftContent } from './draft-content';
import { InspectionDraftEntity } from './inspection-draft.entity';
import { InspectionEntity } from './inspection.entity';
import { JudgementEntity } from './judgement.entity';
import { RecommendationEntity } from './recommendation.entity';
import { SourceDocumentEntity } from './source-document.entity';

export interface ConfirmedFields {
  fieldworkStart: string | null;
  fieldworkEnd: string | null;
  publishedOn: string | null;
}

/** Drafts of the caller's authority, and their confirmation into an inspection. */
@Injectable()
export class DraftsRepository {
  constructor(private readonly dataSource: DataSource) {}

  list(authorityId: string): Promise<InspectionDraftEntity[]> {
    return this.dataSource
      .getRepository(InspectionDraftEntity)
      .find({ where: { authorityId }, order: { createdAt: 'DESC' } });
  }

  find(authorityId: string, id: string, withContent = false): Promise<InspectionDraftEntity | null> {
    const query = this.dataSource
      .getRepository(InspectionDraftEntity)
      .createQueryBuilder('draft')
      .where('draft.authorityId = :authorityId AND draft.id = :id', { authorityId, id });
    if (withContent) query.addSelect('draft.content');
    return query.getOne();
  }

  /** The inspection already imported from these exact bytes for this authority, if any. */
  async inspectionFromSameDocument(authorityId: string, sha256: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(InspectionEntity)
      .createQueryBuilder('inspection')
      .innerJoin(SourceDocumentEntity, 'document', 'document.id = inspection.sourceDocumentId')
      .where('inspection.authorityId = :authorityId AND document.sha256 = :sha256', { authorityId, sha256 })
      .select('inspection.id', 'id')
      .getRawOne<{ id: string }>();
    return row?.id ?? null;
  }

  async insert(
    draft: Omit<InspectionDraftEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  ): Promise<InspectionDraftEntity> {
    const drafts = this.dataSource.getRepository(InspectionDraftEntity);
    const saved = await drafts.save(drafts.create(draft));
    return (await this.find(draft.authorityId, saved.id))!;
  }

  save(draft: InspectionDraftEntity): Promise<InspectionDraftEntity> {
    return this.dataSource.getRepository(InspectionDraftEntity).save(draft);
  }

  async remove(draft: InspectionDraftEntity): Promise<void> {
    await this.dataSource.getRepository(InspectionDraftEntity).remove(draft);
  }

  /**
   * Stores the source document, the inspection, its judgements and recommendations, and removes
   * the draft, all in one transaction. Returns the new inspection's id.
   */
  confirm(draft: InspectionDraftEntity, fields: ConfirmedFields, confirmedById: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const inspectionId = await writeInspection(manager, draft.authorityId, draft, draft.draft, fields, confirmedById);
      await manager.remove(draft);
      return inspectionId;
    });
  }
}

export interface SourceFile {
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  content: Buffer;
  extractedText: string;
}

/**
 * Stores a reviewed inspection inside the caller's transaction: its source document, the
 * inspection, its judgements and recommendations. Returns the inspection's id.
 */
export async function writeInspection(
  manager: EntityManager,
  authorityId: string,
  source: SourceFile,
  content: DraftContent,
  fields: ConfirmedFields,
  confirmedById: string | null,
): Promise<string> {
  const document = await manager.save(
    manager.create(SourceDocumentEntity, {
      authorityId,
      fileName: source.fileName,
      mediaType: source.mediaType,
      byteSize: source.byteSize,
      sha256: source.sha256,
      content: source.content,
      extractedText: source.extractedText,
    }),
  );
  const framework = frameworkForInspection({
    kind: content.kind,
    inspectedFrom: fields.fieldworkStart,
    publishedOn: fields.publishedOn,
    judgementKeys: content.judgements.map((judgement) => judgement.key),
  });
  const inspection = await manager.save(
    manager.create(InspectionEntity, {
      authorityId,
      kind: content.kind,
      framework: framework.framework,
      frameworkReason: framework.reason.slice(0, 300),
      title: content.title,
      inspectorate: content.inspectorate,
      ...fields,
      sourceDocumentId: document.id,
      confirmedById,
    }),
  );
  await manager.save(
    content.judgements.map((judgement, index) =>
      manager.create(JudgementEntity, {
        authorityId,
        inspectionId: inspection.id,
        position: index + 1,
        areaKey: judgement.key,
        label: judgement.label,
        gradePublished: judgement.grade.published,
        grade: judgement.grade.normalised,
        level: GRADES[judgement.grade.normalised],
        scored: judgement.scored,
        summary: judgement.summary ?? null,
        lineFrom: judgement.lines?.[0] ?? null,
        lineTo: judgement.lines?.[1] ?? null,
      }),
    ),
  );
  await manager.save(
    content.recommendations.map((recommendation, index) =>
      manager.create(RecommendationEntity, {
        authorityId,
        inspectionId: inspection.id,
        position: index + 1,
        text: recommendation.text,
        kind: recommendation.kind,
        timescale: recommendation.timescale,
        priorityAction: recommendation.priorityAction ?? false,
        addressee: recommendation.addressee,
        judgementAreaKey: recommendation.judgementAreaKey ?? null,
        lineFrom: recommendation.lines?.[0] ?? null,
        lineTo: recommendation.lines?.[1] ?? null,
      }),
    ),
  );
  return inspection.id;
}
