/**
 * Creating the plan from a confirmed inspection: the breakdown's proposal with the clerk's edits
 * laid over it, as the API's `CreatePlanDto`, and the page's own checks. Pure.
 */
import type { ProposedAction } from './breakdown/breakdown';
import { type DateParts, type FormErrors, dateFrom, datePartsFrom, text } from '../web/form-validation';
import type { Form } from '../web/admin-forms';

/** The words the form uses where the API's own would read oddly on a page. */
export const PLAN_MESSAGES: Record<string, string> = {
  reference: 'Enter a reference of 2 to 40 capital letters, digits and dashes, like HALTON-JAR-2008',
  title: 'Enter a title of 3 to 500 characters',
  code: 'Enter indicator codes from the catalogue, separated by commas',
};

/**
 * The plan's start date from the page's query string: the date input as typed, else `startDate`
 * as YYYY-MM-DD, else today. A date input that is not a real date is an error, and is shown again as typed.
 */
export function startDateFrom(query: Form, today: string) {
  const typed = dateFrom(query, 'startDate');
  if (typed === undefined) {
    const errors: FormErrors = { startDate: 'Enter the plan’s start date as a real date, like 1 10 2008' };
    return { startDate: today, startDateParts: datePartsFrom(query, 'startDate') as DateParts | string, errors };
  }
  const given = typeof query.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(query.startDate);
  const startDate = typed ?? (given ? (query.startDate as string) : today);
  return { startDate, startDateParts: startDate as DateParts | string, errors: {} as FormErrors };
}

/** The form's controls, in order: its errors are shown on these, read down the page. */
export function planControls(actions: ProposedAction[]): string[] {
  return [
    'reference',
    'title',
    'startDate',
    ...actions.flatMap((_action, index) =>
      ['title', 'ownerId', 'indicators', 'localIndicator-code', 'dueDate'].map((field) => `actions-${index}-${field}`),
    ),
    'actions',
  ];
}

/** The plan the API would be sent: the breakdown's proposal with the clerk's edits laid over it. */
export function planFrom(
  form: Form,
  inspectionId: string,
  startDate: string,
  proposed: ProposedAction[],
): { plan: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const actions = proposed.map((action, index) => {
    const key = `actions-${index}`;
    const dueDate = dateFrom(form, `${key}-dueDate`);
    if (dueDate === undefined || dueDate === null) {
      errors[`${key}-dueDate`] = `Enter a real due date for action ${action.reference}, like 31 3 2009`;
    } else if (dueDate < startDate) {
      errors[`${key}-dueDate`] = `The due date of action ${action.reference} must be on or after the plan’s start`;
    }
    const codes = text(form, `${key}-indicators`)
      .split(/[,;]/)
      .map((code) => code.trim())
      .filter(Boolean);
    const localCode = text(form, `${key}-localIndicator-code`);
    const ownerId = text(form, `${key}-ownerId`);
    return {
      reference: action.reference,
      recommendationId: action.recommendationId,
      title: text(form, `${key}-title`),
      description: action.description,
      kind: action.kind,
      judgementAreaKey: action.judgementAreaKey,
      ecmOutcome: action.ecmOutcome,
      ownerId: ownerId || null,
      leadPartnerId: action.leadPartnerId,
      startDate,
      dueDate: dueDate ?? action.dueDate,
      milestones: action.milestones.filter((milestone) => !dueDate || milestone.dueDate <= dueDate),
      indicators: codes.map((code) => ({ code })),
      ...(localCode && action.localIndicator
        ? {
            localIndicator: {
              code: localCode,
              title: action.localIndicator.title,
              unit: action.localIndicator.unit,
              polarity: action.localIndicator.polarity,
              frequency: action.localIndicator.frequency,
            },
          }
        : {}),
    };
  });
  return {
    plan: {
      inspectionId,
      reference: text(form, 'reference').toUpperCase(),
      title: text(form, 'title'),
      startDate,
      actions,
    },
    errors,
  };
}
