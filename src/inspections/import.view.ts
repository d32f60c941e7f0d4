/**
 * Importing an inspection through the pages, as view models: the start page with the drafts,
 * a draft's review beside the text it was read from, and the correction form. Pure.
 */
import { GRADE_KEYS, INSPECTION_KINDS, RECOMMENDATION_KINDS, TIMESCALES } from '../domain/vocabulary';
import { gradeWord, kindWord } from '../presentation/words';
import { type FormErrors, errorList } from '../web/form-validation';
import type { InspectionDraftEntity } from './inspection-draft.entity';
import type { Form } from '../web/admin-forms';

export const KIND_LABELS: Record<string, string> = {
  JAR: 'Joint Area Review',
  APA: 'Annual performance assessment',
  LAC: 'Looked after children inspection',
  SIF: 'Single inspection framework',
  LSCB: 'Review of the Local Safeguarding Children Board',
  ILACS: 'Inspection of local authority children’s services (ILACS)',
  FOCUSED: 'Focused visit (ILACS)',
  MONITORING: 'Monitoring visit (ILACS)',
  OTHER: 'Other inspection',
};

export const TIMESCALE_LABELS: Record<string, string> = {
  immediate: 'Immediate',
  within_three_months: 'Within three months',
  within_six_months: 'Within six months',
  longer_term: 'Longer term',
};

/** The start page: the upload form (multipart, so the CSRF token rides in its address), the drafts, and the inspections without a plan. */
export function importStartView(
  drafts: readonly InspectionDraftEntity[],
  awaitingPlan: readonly unknown[],
  discarded: boolean,
  errors: FormErrors,
) {
  return {
    pageTitle: 'Import an inspection',
    drafts: drafts.map((draft) => ({
      id: draft.id,
      fileName: draft.fileName,
      title: draft.draft.title,
      createdAt: draft.createdAt,
    })),
    awaitingPlan,
    discarded,
    errors,
    errorList: errorList(errors),
  };
}

/** Each line of the source with the draft's items that were read from it, for the review page. */
export function sourceLines(draft: InspectionDraftEntity): {
  number: number;
  text: string;
  kind: string | null;
  starts: { id: string; label: string }[];
}[] {
  const lines = draft.extractedText.split(/\r?\n/).map((line, index) => ({
    number: index + 1,
    text: line,
    kind: null as string | null,
    starts: [] as { id: string; label: string }[],
  }));
  const mark = (span: [number, number] | null | undefined, kind: string, id: string, label: string) => {
    if (!span) return;
    const [from, to] = span;
    for (let number = from; number <= Math.min(to, lines.length); number++) lines[number - 1].kind ??= kind;
    lines[from - 1]?.starts.push({ id, label });
  };
  const content = draft.draft;
  mark(content.kindLines, 'metadata', 'item-kind', 'Kind of inspection');
  mark(content.authority.lines, 'metadata', 'item-authority', 'Council');
  mark(content.dates.inspection?.lines, 'metadata', 'item-fieldwork', 'Fieldwork dates');
  mark(content.dates.published?.lines, 'metadata', 'item-published', 'Published');
  content.judgements.forEach((judgement, index) =>
    mark(judgement.lines, 'judgement', `item-judgement-${index}`, `Judgement ${index + 1}: ${judgement.label}`),
  );
  content.recommendations.forEach((recommendation, index) =>
    mark(recommendation.lines, 'recommendation', `item-recommendation-${index}`, `Recommendation ${index + 1}`),
  );
  return lines;
}

/** A draft's review: what was read, beside the lines it was read from. */
export function reviewView(draft: InspectionDraftEntity, saved: boolean, errors: FormErrors) {
  return {
    pageTitle: `Check the draft: ${draft.fileName}`,
    ...reviewModel(draft),
    saved,
    errors,
    errorList: errorList(errors),
  };
}

function reviewModel(draft: InspectionDraftEntity): Record<string, unknown> {
  const content = draft.draft;
  return {
    draft: { id: draft.id, fileName: draft.fileName, version: draft.version, format: draft.format },
    content,
    kindLabel: KIND_LABELS[content.kind] ?? content.kind,
    judgements: content.judgements.map((judgement) => ({
      ...judgement,
      gradeLabel: gradeWord(judgement.grade.normalised),
    })),
    recommendations: content.recommendations.map((recommendation) => ({
      ...recommendation,
      kindLabel: recommendation.kind ? kindWord(recommendation.kind) : 'Not stated',
      timescaleLabel: recommendation.timescale ? TIMESCALE_LABELS[recommendation.timescale] : 'Not stated',
      priorityAction: recommendation.priorityAction ?? false,
    })),
    lines: sourceLines(draft),
  };
}

/** The correction form, filled with `values`: the draft's, or what was sent. */
export function correctView(draft: InspectionDraftEntity, values: Form, errors: FormErrors) {
  return {
    pageTitle: `Correct the draft: ${draft.fileName}`,
    draft: { id: draft.id, fileName: draft.fileName, version: draft.version },
    judgements: draft.draft.judgements.map((judgement, index) => ({ index, lines: judgement.lines })),
    recommendations: draft.draft.recommendations.map((recommendation, index) => ({
      index,
      lines: recommendation.lines,
    })),
    values,
    kinds: INSPECTION_KINDS.map((kind) => ({ value: kind, text: KIND_LABELS[kind] ?? kind })),
    grades: GRADE_KEYS.map((grade) => ({ value: grade, text: gradeWord(grade) })),
    recommendationKinds: [{ value: '', text: 'Not stated' }].concat(
      RECOMMENDATION_KINDS.map((kind) => ({ value: kind, text: kindWord(kind) })),
    ),
    timescales: [{ value: '', text: 'Not stated' }].concat(
      TIMESCALES.map((timescale) => ({ value: timescale, text: TIMESCALE_LABELS[timescale] })),
    ),
    errors,
    errorList: errorList(errors, ['fieldworkStart', 'fieldworkEnd', 'publishedOn']),
  };
}

/** A draft's discard page: checked before the draft goes. */
export function discardCheck(draft: InspectionDraftEntity) {
  return {
    pageTitle: `Discard the draft: ${draft.fileName}`,
    caption: draft.fileName,
    heading: 'Discard this draft?',
    breadcrumbs: [{ text: 'Import an inspection', href: '/import' }],
    rows: [
      { key: 'Draft', value: draft.draft.title },
      { key: 'File', value: draft.fileName },
    ],
    warning: 'The draft and your corrections to it are removed. The report can be uploaded again.',
    action: `/import/drafts/${draft.id}/discard`,
    button: 'Discard the draft',
    dangerous: true,
    backHref: `/import/drafts/${draft.id}`,
  };
}
