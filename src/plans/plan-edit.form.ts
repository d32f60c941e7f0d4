/**
 * The plan's change pages as data: the fields each asks for, what a sent form means as a change
 * to the plan, and what the clerk checks before an endorsement is saved. Pure.
 */
import { govukDate } from '../presentation/dates';
import { kindWord } from '../presentation/words';
import { RECOMMENDATION_KINDS } from '../domain/vocabulary';
import type { Choice, FormField } from '../web/form-fields';
import { sentOr } from '../web/form-fields';
import { type FormErrors, dateFrom, datePartsFrom, text } from '../web/form-validation';
import type { Form } from '../web/admin-forms';

/** What the plan's pages know of the plan. */
export interface PlanFacts {
  id: string;
  reference: string;
  title: string;
  status: string;
  endorsedBy: string | null;
  endorsedOn: string | null;
  reportReceivedOn: string | null;
  sentToInspectorateOn: string | null;
  draftSentOn?: string | null;
  /** The clock's deadlines: a draft deadline brings the question of when the draft was sent. */
  statutoryClock?: { deadlines: readonly { key: string }[] } | null;
  version: number;
}

/** Whether the plan's framework asks for a draft first, or a draft date is already recorded. */
function asksForDraft(plan: PlanFacts): boolean {
  return (
    Boolean(plan.draftSentOn) ||
    (plan.statutoryClock?.deadlines ?? []).some((deadline) => deadline.key === 'draft_action_plan')
  );
}

/** The words the pages use where the API's own would read oddly. */
export const PLAN_MESSAGES: Readonly<Record<string, string>> = {
  reference: 'Enter a reference of 2 to 40 capital letters, digits and dashes, like HALTON-JAR-2008',
  title: 'Enter a title of 3 to 300 characters',
  endorsedBy: 'Enter the committee that endorsed the plan, in 2 to 200 characters',
};

export const NEW_ACTION_MESSAGES: Readonly<Record<string, string>> = {
  reference: 'Enter a reference like O1, P3 or O2.1',
  recommendationId: 'Choose the recommendation the action serves',
  title: 'Enter what the action will do, in 3 to 500 characters',
  kind: 'Choose whether the action improves outcomes or a process',
};

/** A date field that must be a real date not after today; null when left empty and allowed. */
export function pastDate(
  form: Form,
  name: string,
  today: string,
  words: { what: string; required: boolean },
  errors: FormErrors,
): string | null | undefined {
  const value = dateFrom(form, name);
  if (value === undefined) errors[name] = `${words.what} must be a real date, like 27 3 2008`;
  else if (value === null && words.required) errors[name] = `Enter ${words.what.toLowerCase()}`;
  else if (value !== null && value > today) errors[name] = `${words.what} must be today or in the past`;
  return value;
}

/** A date input's value: as typed when the form was sent, else the record's own date. */
export function dateValue(form: Form | null, name: string, current: string | null) {
  return form === null ? current : datePartsFrom(form, name);
}

export function planDetailsFields(plan: PlanFacts, form: Form | null): FormField[] {
  return [
    {
      kind: 'text',
      id: 'reference',
      label: 'Reference',
      hint: 'Capital letters, digits and dashes, unique among your council’s plans, like HALTON-JAR-2008.',
      value: sentOr(form, 'reference', plan.reference),
      width: 'short',
    },
    { kind: 'text', id: 'title', label: 'Title', value: sentOr(form, 'title', plan.title) },
    {
      kind: 'date',
      id: 'reportReceivedOn',
      label: 'When did the council receive the inspection report?',
      hint: 'This starts the statutory clock. For example, 27 3 2008. Leave it empty if it is not known.',
      value: dateValue(form, 'reportReceivedOn', plan.reportReceivedOn),
    },
    {
      kind: 'date',
      id: 'sentToInspectorateOn',
      label: 'When was the plan sent to the inspectorate?',
      hint: 'The day the statutory deadline was met. Leave it empty until it has been sent.',
      value: dateValue(form, 'sentToInspectorateOn', plan.sentToInspectorateOn),
    },
    ...(asksForDraft(plan)
      ? [
          {
            kind: 'date' as const,
            id: 'draftSentOn',
            label: 'When was a draft of the plan sent to the inspectorate?',
            hint: 'After a focused visit with priority actions, Ofsted asks for a draft within 20 working days. Leave it empty until it has been sent.',
            value: dateValue(form, 'draftSentOn', plan.draftSentOn ?? null),
          },
        ]
      : []),
  ];
}

/** The plan's details as sent: the change for `PATCH /api/v1/plans/:id`, and the page's own errors. */
export function planDetailsFrom(form: Form, today: string): { change: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const reportReceivedOn = pastDate(
    form,
    'reportReceivedOn',
    today,
    { what: 'The day the report was received', required: false },
    errors,
  );
  const sentToInspectorateOn = pastDate(
    form,
    'sentToInspectorateOn',
    today,
    { what: 'The day the plan was sent', required: false },
    errors,
  );
  // Only a page that asked for the draft's date sends it.
  const draftSentOn =
    'draftSentOn-day' in form
      ? pastDate(form, 'draftSentOn', today, { what: 'The day the draft was sent', required: false }, errors)
      : undefined;
  return {
    change: {
      version: Number(text(form, 'version')) || undefined,
      reference: text(form, 'reference').toUpperCase(),
      title: text(form, 'title'),
      ...(reportReceivedOn !== undefined ? { reportReceivedOn } : {}),
      ...(sentToInspectorateOn !== undefined ? { sentToInspectorateOn } : {}),
      ...(draftSentOn !== undefined ? { draftSentOn } : {}),
    },
    errors,
  };
}

export function endorsementFields(plan: PlanFacts, form: Form | null): FormField[] {
  return [
    {
      kind: 'text',
      id: 'endorsedBy',
      label: 'Which committee endorsed the plan?',
      hint: 'As it is named in the minutes, for example Executive Board.',
      value: sentOr(form, 'endorsedBy', plan.endorsedBy),
    },
    {
      kind: 'date',
      id: 'endorsedOn',
      label: 'On which date?',
      hint: 'The date of the meeting, for example 17 7 2008.',
      value: dateValue(form, 'endorsedOn', plan.endorsedOn),
    },
  ];
}

export interface Endorsement {
  endorsedBy: string;
  endorsedOn: string;
}

export function endorsementFrom(form: Form, today: string): { endorsement: Endorsement; errors: FormErrors } {
  const errors: FormErrors = {};
  const endorsedBy = text(form, 'endorsedBy');
  if (endorsedBy.length < 2 || endorsedBy.length > 200) errors.endorsedBy = PLAN_MESSAGES.endorsedBy;
  const endorsedOn = pastDate(form, 'endorsedOn', today, { what: 'The date of endorsement', required: true }, errors);
  return { endorsement: { endorsedBy, endorsedOn: endorsedOn ?? '' }, errors };
}

/** The form fields of an endorsement, to carry from the check page to the save, or back to the form. */
export function endorsementHidden(endorsement: Endorsement): { name: string; value: string }[] {
  const [year, month, day] = endorsement.endorsedOn.split('-');
  return [
    { name: 'endorsedBy', value: endorsement.endorsedBy },
    { name: 'endorsedOn-day', value: String(Number(day)) },
    { name: 'endorsedOn-month', value: String(Number(month)) },
    { name: 'endorsedOn-year', value: year },
  ];
}

export function endorsementAnswers(
  plan: PlanFacts,
  endorsement: Endorsement,
  changeHref: string,
): { key: string; value: string; changeHref?: string }[] {
  return [
    { key: 'Plan', value: `${plan.reference}: ${plan.title}` },
    { key: 'Endorsed by', value: endorsement.endorsedBy, changeHref },
    { key: 'Endorsed on', value: govukDate(endorsement.endorsedOn), changeHref },
    {
      key: 'Plan status',
      value: plan.status === 'draft' ? 'Draft → Endorsed' : 'Endorsed (the endorsement is corrected)',
    },
  ];
}

export interface RecommendationChoice {
  id: string;
  position: number;
  text: string;
}

const KIND_CHOICES: Choice[] = RECOMMENDATION_KINDS.map((kind) => ({
  value: kind,
  text: kindWord(kind),
  hint: kind === 'outcome' ? 'Measurable outcomes for children' : 'Arrangements, systems, planning or procedures',
}));

export function newActionFields(
  recommendations: readonly RecommendationChoice[],
  owners: readonly Choice[],
  partners: readonly Choice[],
  form: Form | null,
  planStart: string,
): FormField[] {
  return [
    {
      kind: 'select',
      id: 'recommendationId',
      label: 'Which recommendation does it serve?',
      value: sentOr(form, 'recommendationId', ''),
      items: [{ value: '', text: 'Choose a recommendation' }].concat(
        recommendations.map((item) => ({
          value: item.id,
          text: `${item.position}. ${item.text.length > 110 ? `${item.text.slice(0, 110)}…` : item.text}`,
        })),
      ),
    },
    {
      kind: 'text',
      id: 'reference',
      label: 'Reference',
      hint: 'Unique in the plan, like O7 for an outcome or P3.2 for a process improvement.',
      value: sentOr(form, 'reference', ''),
      width: 'short',
    },
    { kind: 'textarea', id: 'title', label: 'What will the action do?', value: sentOr(form, 'title', ''), rows: 3 },
    { kind: 'radios', id: 'kind', label: 'Kind of action', value: sentOr(form, 'kind', ''), items: KIND_CHOICES },
    {
      kind: 'select',
      id: 'ownerId',
      label: 'Owner',
      value: sentOr(form, 'ownerId', ''),
      items: [{ value: '', text: 'No owner yet' }, ...owners],
    },
    {
      kind: 'select',
      id: 'leadPartnerId',
      label: 'Lead partner',
      value: sentOr(form, 'leadPartnerId', ''),
      items: [{ value: '', text: 'None' }, ...partners],
    },
    { kind: 'date', id: 'startDate', label: 'Starts', value: dateValue(form, 'startDate', planStart) },
    { kind: 'date', id: 'dueDate', label: 'Due', value: dateValue(form, 'dueDate', null) },
  ];
}

/** A start and due date as sent, each a real date, the due date not before the start. */
export function datesFrom(form: Form, errors: FormErrors): { startDate?: string; dueDate?: string } {
  const startDate = dateFrom(form, 'startDate');
  const dueDate = dateFrom(form, 'dueDate');
  if (!startDate) errors.startDate = 'Enter the day the action starts, as a real date like 1 10 2008';
  if (!dueDate) errors.dueDate = 'Enter the day the action is due, as a real date like 31 3 2009';
  if (startDate && dueDate && dueDate < startDate) errors.dueDate = 'The due date must be on or after the start date';
  return { startDate: startDate ?? undefined, dueDate: dueDate ?? undefined };
}

/** The new action as sent: the body for `POST /api/v1/plans/:id/actions`, and the page's own errors. */
export function newActionFrom(form: Form): { input: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const dates = datesFrom(form, errors);
  return {
    input: {
      recommendationId: text(form, 'recommendationId'),
      reference: text(form, 'reference').toUpperCase(),
      title: text(form, 'title'),
      kind: text(form, 'kind'),
      ownerId: text(form, 'ownerId') || null,
      leadPartnerId: text(form, 'leadPartnerId') || null,
      ...dates,
    },
    errors,
  };
}
