import type { DraftJudgement, DraftRecommendation, DraftWarning, InspectionDraft } from './ingest/inspection-draft';

/** A warning the import gives, or one added on upload (the report names another authority). */
export type DraftContentWarning = Omit<DraftWarning, 'code'> & { code: DraftWarning['code'] | 'authority_mismatch' };

/**
 * What a draft holds once imported, and what the clerk corrects before confirming: what the
 * import found (see `tracker import FILE --json`) plus the inspection's title and inspectorate.
 */
export type DraftContent = Omit<InspectionDraft, 'text' | 'judgements' | 'recommendations' | 'warnings'> & {
  title: string;
  inspectorate: string;
  judgements: (DraftJudgement & { summary?: string | null })[];
  recommendations: (DraftRecommendation & { judgementAreaKey?: string | null })[];
  warnings: DraftContentWarning[];
};
