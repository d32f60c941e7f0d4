/**
 * The action's change pages as data: its details, milestones, indicators, a status set by hand,
 * cancelling, closing and reopening. Each form's fields, what a sent form means as a change, and
 * what the clerk checks before a change that matters is saved. Pure.
 */
import { ACTION_STATUSES, PROGRESS_RAGS, RECOMMENDATION_KINDS, TOLERANCE_KINDS } from '../domain/vocabulary';
import { govukDate } from '../presentation/dates';
import { ragWord } from '../presentation/rag';
import { kindWord } from '../presentation/words';
import type { Choice, FormField } from '../web/form-fields';
import { sentOr } from '../web/form-fields';
import { type FormErrors, dateFrom, text } from '../web/form-validation';
import { dateValue, datesFrom } from './plan-edit.form';
import type { Form } from '../web/admin-forms';

export const ACTION_STATUS_WORDS: Readonly<Record<(typeof ACTION_STATUSES)[number], string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

/** What the action's pages know of the action. */
export interface ActionFacts {
  id: string;
  reference: string;
  title: string;
  kind: string;
  ownerId: string | null;
  leadPartnerId: string | null;
  startDate: string;
  dueDate: string;
  status: string;
  percentComplete: number;
  ragOverride: string | null;
  ragOverrideReason: string | null;
  ragOverrideUntil: string | null;
  version: number;
}

type Answer = { key: string; value: string; changeHref?: string };

export const ACTION_MESSAGES: Readonly<Record<string, string>> = {
  title: 'Enter what the action will do, in 3 to 500 characters',
  kind: 'Choose whether the action improves outcomes or a process',
  ownerId: 'Choose an owner from the list',
  leadPartnerId: 'Choose a lead partner from the list',
};

const KIND_CHOICES: Choice[] = RECOMMENDATION_KINDS.map((kind) => ({ value: kind, text: kindWord(kind) }));

export function actionDetailsFields(
  action: ActionFacts,
  owners: readonly Choice[],
  partners: readonly Choice[],
  form: Form | null,
): FormField[] {
  return [
    {
      kind: 'textarea',
      id: 'title',
      label: 'What will the action do?',
      value: sentOr(form, 'title', action.title),
      rows: 3,
    },
    {
      kind: 'radios',
      id: 'kind',
      label: 'Kind of action',
      value: sentOr(form, 'kind', action.kind),
      items: KIND_CHOICES,
    },
    {
      kind: 'select',
      id: 'ownerId',
      label: 'Owner',
      hint: 'The person who posts the action’s progress updates.',
      value: sentOr(form, 'ownerId', action.ownerId),
      items: [{ value: '', text: 'No owner' }, ...owners],
    },
    {
      kind: 'select',
      id: 'leadPartnerId',
      label: 'Lead partner',
      value: sentOr(form, 'leadPartnerId', action.leadPartnerId),
      items: [{ value: '', text: 'None' }, ...partners],
    },
    { kind: 'date', id: 'startDate', label: 'Starts', value: dateValue(form, 'startDate', action.startDate) },
    { kind: 'date', id: 'dueDate', label: 'Due', value: dateValue(form, 'dueDate', action.dueDate) },
  ];
}

/** The details as sent: the change for `PATCH /api/v1/actions/:id`, and the page's own errors. */
export function actionDetailsFrom(form: Form): { change: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const dates = datesFrom(form, errors);
  return {
    change: {
      version: Number(text(form, 'version')) || undefined,
      title: text(form, 'title'),
      kind: text(form, 'kind'),
      ownerId: text(form, 'ownerId') || null,
      leadPartnerId: text(form, 'leadPartnerId') || null,
      ...dates,
    },
    errors,
  };
}

export interface MilestoneFacts {
  title: string;
  dueDate: string;
  completedOn: string | null;
}

/** A milestone's fields; an owner sees the due date but may not move it. */
export function milestoneFields(
  milestone: MilestoneFacts | null,
  form: Form | null,
  mayMoveDates: boolean,
): FormField[] {
  const due: FormField =
    mayMoveDates || milestone === null
      ? { kind: 'date', id: 'dueDate', label: 'Due', value: dateValue(form, 'dueDate', milestone?.dueDate ?? null) }
      : {
          kind: 'fixed',
          id: 'dueDate',
          label: 'Due',
          value: govukDate(milestone.dueDate),
          hint: 'Only a clerk may move a due date.',
        };
  return [{ kind: 'text', id: 'title', label: 'Milestone', value: sentOr(form, 'title', milestone?.title ?? '') }, due];
}

export function milestoneFrom(
  form: Form,
  withDueDate: boolean,
): { change: { title: string; dueDate?: string }; errors: FormErrors } {
  const errors: FormErrors = {};
  const title = text(form, 'title');
  if (title.length < 1 || title.length > 500) errors.title = 'Enter the milestone, in up to 500 characters';
  if (!withDueDate) return { change: { title }, errors };
  const dueDate = dateFrom(form, 'dueDate');
  if (!dueDate) errors.dueDate = 'Enter the day the milestone is due, as a real date like 31 12 2008';
  return { change: { title, ...(dueDate ? { dueDate } : {}) }, errors };
}

export interface IndicatorLinkFacts {
  baselineValue: string | null;
  baselinePeriod: string | null;
  targetValue: string | null;
  targetDate: string | null;
  toleranceKind: string;
  toleranceValue: string;
}

export const TOLERANCE_WORDS: Readonly<Record<(typeof TOLERANCE_KINDS)[number], string>> = {
  percentage: 'A percentage of the target',
  absolute: 'An amount in the indicator’s unit',
};

/**
 * The fields of an action's indicator: which one (when attaching), its baseline, target and
 * tolerance. `catalogue` is null when the indicator is already chosen.
 */
export function indicatorLinkFields(
  link: IndicatorLinkFacts | null,
  catalogue: readonly Choice[] | null,
  form: Form | null,
): FormField[] {
  const fields: FormField[] = [];
  if (catalogue) {
    fields.push({
      kind: 'select',
      id: 'code',
      label: 'Indicator',
      hint: 'From the national catalogue or your council’s own.',
      value: sentOr(form, 'code', ''),
      items: [{ value: '', text: 'Choose an indicator' }, ...catalogue],
    });
  }
  fields.push(
    {
      kind: 'text',
      id: 'baselineValue',
      label: 'Baseline',
      hint: 'The value before the action started. Leave empty if not known.',
      value: sentOr(form, 'baselineValue', link?.baselineValue),
      width: 'number',
      numeric: true,
    },
    {
      kind: 'text',
      id: 'baselinePeriod',
      label: 'Period of the baseline',
      hint: 'For example 2007-08 or 2007-08 Q4.',
      value: sentOr(form, 'baselinePeriod', link?.baselinePeriod),
      width: 'short',
    },
    {
      kind: 'text',
      id: 'targetValue',
      label: 'Target',
      value: sentOr(form, 'targetValue', link?.targetValue),
      width: 'number',
      numeric: true,
    },
    {
      kind: 'date',
      id: 'targetDate',
      label: 'Target to be met by',
      value: dateValue(form, 'targetDate', link?.targetDate ?? null),
    },
    {
      kind: 'radios',
      id: 'toleranceKind',
      label: 'How is the tolerance measured?',
      hint: 'A value that misses the target by no more than the tolerance is amber, not red.',
      value: sentOr(form, 'toleranceKind', link?.toleranceKind ?? 'percentage'),
      items: TOLERANCE_KINDS.map((kind) => ({ value: kind, text: TOLERANCE_WORDS[kind] })),
    },
    {
      kind: 'text',
      id: 'toleranceValue',
      label: 'Tolerance',
      hint: 'Leave empty for your council’s usual tolerance (5 %).',
      value: sentOr(form, 'toleranceValue', link?.toleranceValue),
      width: 'number',
      numeric: true,
    },
  );
  return fields;
}

const NUMBER = /^-?\d{1,10}(\.\d{1,4})?$/;

export function indicatorLinkFrom(
  form: Form,
  withCode: boolean,
): { change: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const number = (name: string, what: string): string | null => {
    const value = text(form, name).replace(/,/g, '');
    if (value === '') return null;
    if (!NUMBER.test(value)) errors[name] = `Enter ${what} as a number, like 10.4`;
    return value;
  };
  const code = text(form, 'code');
  if (withCode && !code) errors.code = 'Choose an indicator';
  const baselinePeriod = text(form, 'baselinePeriod');
  if (baselinePeriod && (baselinePeriod.length < 4 || baselinePeriod.length > 20)) {
    errors.baselinePeriod = 'Enter the period of the baseline, like 2007-08';
  }
  const targetDate = dateFrom(form, 'targetDate');
  if (targetDate === undefined) errors.targetDate = 'The target date must be a real date, like 31 3 2010';
  const toleranceKind = text(form, 'toleranceKind') || 'percentage';
  if (!(TOLERANCE_KINDS as readonly string[]).includes(toleranceKind))
    errors.toleranceKind = 'Choose how the tolerance is measured';
  const toleranceValue = number('toleranceValue', 'the tolerance');
  if (toleranceValue !== null && Number(toleranceValue) < 0) errors.toleranceValue = 'The tolerance cannot be negative';
  return {
    change: {
      ...(withCode ? { code } : {}),
      baselineValue: number('baselineValue', 'the baseline'),
      baselinePeriod: baselinePeriod || null,
      targetValue: number('targetValue', 'the target'),
      targetDate: targetDate ?? null,
      toleranceKind,
      ...(toleranceValue !== null ? { toleranceValue } : {}),
    },
    errors,
  };
}

export function overrideFields(action: ActionFacts, form: Form | null): FormField[] {
  return [
    {
      kind: 'radios',
      id: 'ragOverride',
      label: 'Which status should the action show?',
      hint: 'It shows this status whatever the rules say, until the end date or until you remove it.',
      value: sentOr(form, 'ragOverride', action.ragOverride),
      items: PROGRESS_RAGS.map((rag) => ({ value: rag, text: ragWord(rag) })),
    },
    {
      kind: 'textarea',
      id: 'ragOverrideReason',
      label: 'Why?',
      hint: 'Shown beside the status to councillors and printed in board papers.',
      value: sentOr(form, 'ragOverrideReason', action.ragOverrideReason),
    },
    {
      kind: 'date',
      id: 'ragOverrideUntil',
      label: 'Until when?',
      hint: 'The last day it holds, for example 31 3 2009. Leave empty to keep it until you remove it.',
      value: dateValue(form, 'ragOverrideUntil', action.ragOverrideUntil),
    },
  ];
}

export interface Override {
  ragOverride: string;
  ragOverrideReason: string;
  ragOverrideUntil: string | null;
}

export function overrideFrom(form: Form, today: string): { override: Override; errors: FormErrors } {
  const errors: FormErrors = {};
  const ragOverride = text(form, 'ragOverride');
  if (!(PROGRESS_RAGS as readonly string[]).includes(ragOverride)) errors.ragOverride = 'Choose red, amber or green';
  const ragOverrideReason = text(form, 'ragOverrideReason');
  if (ragOverrideReason.length < 3) errors.ragOverrideReason = 'Say why the status is set by hand';
  else if (ragOverrideReason.length > 2000) errors.ragOverrideReason = 'The reason must be 2,000 characters or fewer';
  const until = dateFrom(form, 'ragOverrideUntil');
  if (until === undefined) errors.ragOverrideUntil = 'The end date must be a real date, like 31 3 2009';
  else if (until !== null && until < today) errors.ragOverrideUntil = 'The end date must be today or later';
  return { override: { ragOverride, ragOverrideReason, ragOverrideUntil: until ?? null }, errors };
}

/** Date inputs as hidden fields, to carry a date from a check page back to the save. */
function dateHidden(name: string, date: string | null): { name: string; value: string }[] {
  const [year, month, day] = date ? date.split('-') : ['', '', ''];
  return [
    { name: `${name}-day`, value: day ? String(Number(day)) : '' },
    { name: `${name}-month`, value: month ? String(Number(month)) : '' },
    { name: `${name}-year`, value: year },
  ];
}

export function overrideHidden(override: Override): { name: string; value: string }[] {
  return [
    { name: 'ragOverride', value: override.ragOverride },
    { name: 'ragOverrideReason', value: override.ragOverrideReason },
    ...dateHidden('ragOverrideUntil', override.ragOverrideUntil),
  ];
}

export function overrideAnswers(
  action: ActionFacts,
  override: Override,
  changeHref: string,
  todayRag: string | null,
): Answer[] {
  return [
    { key: 'Status today', value: ragWord(todayRag) },
    { key: 'Status set by hand', value: ragWord(override.ragOverride), changeHref },
    { key: 'Reason', value: override.ragOverrideReason, changeHref },
    {
      key: 'Until',
      value: override.ragOverrideUntil ? govukDate(override.ragOverrideUntil) : 'Until it is removed',
      changeHref,
    },
    ...(action.ragOverride
      ? [{ key: 'It replaces', value: `${ragWord(action.ragOverride)}: ${action.ragOverrideReason ?? ''}` }]
      : []),
  ];
}

export function cancelFields(form: Form | null): FormField[] {
  return [
    {
      kind: 'textarea',
      id: 'cancellationReason',
      label: 'Why is the action being cancelled?',
      hint: 'Kept with the action and shown to councillors. A cancelled action is left out of the counts.',
      value: sentOr(form, 'cancellationReason', ''),
    },
  ];
}

export function cancelFrom(form: Form): { reason: string; errors: FormErrors } {
  const reason = text(form, 'cancellationReason');
  const errors: FormErrors = {};
  if (reason.length < 3) errors.cancellationReason = 'Say why the action is being cancelled';
  else if (reason.length > 2000) errors.cancellationReason = 'The reason must be 2,000 characters or fewer';
  return { reason, errors };
}

export function cancelAnswers(action: ActionFacts, reason: string, changeHref: string, today: string): Answer[] {
  return [
    { key: 'Action', value: `${action.reference} ${action.title}` },
    {
      key: 'Status',
      value: `${ACTION_STATUS_WORDS[action.status as keyof typeof ACTION_STATUS_WORDS] ?? action.status} → Cancelled`,
    },
    { key: 'Cancelled on', value: govukDate(today) },
    { key: 'Reason', value: reason, changeHref },
  ];
}

export function completeAnswers(action: ActionFacts, today: string): Answer[] {
  return [
    { key: 'Action', value: `${action.reference} ${action.title}` },
    {
      key: 'Status',
      value: `${ACTION_STATUS_WORDS[action.status as keyof typeof ACTION_STATUS_WORDS] ?? action.status} → Complete`,
    },
    { key: 'Completed on', value: govukDate(today) },
    { key: '% complete', value: `${action.percentComplete}% → 100%` },
  ];
}

/** Reopening: back in progress when it has updates, else not started; the closing date and reason go. */
export function reopenedStatus(hasUpdates: boolean): 'in_progress' | 'not_started' {
  return hasUpdates ? 'in_progress' : 'not_started';
}

export function reopenAnswers(action: ActionFacts, hasUpdates: boolean): Answer[] {
  return [
    { key: 'Action', value: `${action.reference} ${action.title}` },
    {
      key: 'Status',
      value: `${ACTION_STATUS_WORDS[action.status as keyof typeof ACTION_STATUS_WORDS] ?? action.status} → ${ACTION_STATUS_WORDS[reopenedStatus(hasUpdates)]}`,
    },
  ];
}
