/**
 * The correction form of a draft: its fields filled from the draft, and what a sent form means as
 * the API's correction, in the page's words. Pure.
 */
import { type FormErrors, dateFrom, text } from '../web/form-validation';
import type { DraftContent } from './draft-content';
import type { Form } from '../web/admin-forms';

/** The words the correction form uses where the API's own would read oddly on a page. */
export const DRAFT_MESSAGES: Record<string, string> = {
  title: 'Enter a title of up to 300 characters',
  inspectorate: 'Enter the inspectorate, up to 200 characters',
  authorityName: 'Enter the council the report is about',
  label: 'Enter the judgement area as published',
  gradePublished: 'Enter the grade as published',
  grade: 'Choose the grade',
  text: 'Enter the recommendation as published',
};

/** The correction form's fields, filled from the draft. */
export function draftFormValues(content: DraftContent): Form {
  const values: Form = {
    title: content.title,
    inspectorate: content.inspectorate,
    authorityName: content.authority.name ?? '',
    kind: content.kind,
    fieldworkStart: content.dates.inspection?.from ?? '',
    fieldworkEnd: content.dates.inspection?.to ?? '',
    publishedOn: content.dates.published?.date ?? '',
  };
  content.judgements.forEach((judgement, index) => {
    values[`judgements-${index}-label`] = judgement.label;
    values[`judgements-${index}-gradePublished`] = judgement.grade.published;
    values[`judgements-${index}-grade`] = judgement.grade.normalised;
    values[`judgements-${index}-scored`] = judgement.scored ? 'yes' : '';
  });
  content.recommendations.forEach((recommendation, index) => {
    values[`recommendations-${index}-text`] = recommendation.text;
    values[`recommendations-${index}-kind`] = recommendation.kind ?? '';
    values[`recommendations-${index}-timescale`] = recommendation.timescale ?? '';
  });
  return values;
}

/** The correction form's controls, in order: its errors are shown on these, read down the page. */
export function draftControls(content: DraftContent): string[] {
  return [
    'title',
    'inspectorate',
    'authorityName',
    'kind',
    'fieldworkStart',
    'fieldworkEnd',
    'publishedOn',
    ...content.judgements.flatMap((_judgement, index) =>
      ['label', 'gradePublished', 'grade', 'scored'].map((field) => `judgements-${index}-${field}`),
    ),
    ...content.recommendations.flatMap((_recommendation, index) =>
      ['text', 'kind', 'timescale'].map((field) => `recommendations-${index}-${field}`),
    ),
    'recommendations-new-text',
  ];
}

/** The API's correction from the form: what the form does not show (keys, lines) is kept from the draft. */
export function draftChangesFrom(
  form: Form,
  content: DraftContent,
): { changes: Record<string, unknown>; errors: FormErrors; onForm: (id: string) => string } {
  const errors: FormErrors = {};
  const date = (name: string, label: string) => {
    const value = dateFrom(form, name);
    if (value === undefined) errors[name] = `${label} must be a real date, like 27 3 2008`;
    return value ?? null;
  };
  /** The form's control prefix of each recommendation sent, as some may be removed and one added. */
  const sentFrom: string[] = [];
  const changes: Record<string, unknown> = {
    version: Number(text(form, 'version')),
    title: text(form, 'title'),
    inspectorate: text(form, 'inspectorate'),
    authorityName: text(form, 'authorityName'),
    kind: text(form, 'kind'),
    fieldworkStart: date('fieldworkStart', 'The first day of fieldwork'),
    fieldworkEnd: date('fieldworkEnd', 'The last day of fieldwork'),
    publishedOn: date('publishedOn', 'The publication date'),
    judgements: content.judgements.map((judgement, index) => {
      const key = `judgements-${index}`;
      return {
        key: judgement.key,
        label: text(form, `${key}-label`),
        gradePublished: text(form, `${key}-gradePublished`),
        grade: text(form, `${key}-grade`),
        scored: text(form, `${key}-scored`) === 'yes',
        summary: judgement.summary ?? null,
        lines: judgement.lines,
      };
    }),
    recommendations: content.recommendations.flatMap((recommendation, index) => {
      const key = `recommendations-${index}`;
      if (text(form, `${key}-remove`) === 'yes') return [];
      sentFrom.push(key);
      return [
        {
          text: text(form, `${key}-text`),
          kind: text(form, `${key}-kind`) || null,
          timescale: text(form, `${key}-timescale`) || null,
          priorityAction: recommendation.priorityAction ?? false,
          addressee: recommendation.addressee,
          judgementAreaKey: recommendation.judgementAreaKey ?? null,
          lines: recommendation.lines,
        },
      ];
    }),
  };
  const added = text(form, 'recommendations-new-text');
  if (added) {
    sentFrom.push('recommendations-new');
    (changes.recommendations as Record<string, unknown>[]).push({
      text: added,
      kind: text(form, 'recommendations-new-kind') || null,
      timescale: text(form, 'recommendations-new-timescale') || null,
      addressee: null,
      judgementAreaKey: null,
      lines: null,
    });
  }
  if (!changes.authorityName) delete changes.authorityName;
  if (changes.fieldworkStart === null && changes.fieldworkEnd !== null) {
    errors.fieldworkStart = 'Enter the first day of fieldwork too';
  }
  const onForm = (id: string) =>
    id.replace(/^recommendations-(\d+)(?=-|$)/, (whole, index: string) => sentFrom[Number(index)] ?? whole);
  return { changes, errors, onForm };
}
