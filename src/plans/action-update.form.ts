/**
 * The owner's update on the action page: what a sent form means as an update, checked against
 * the API's own DTO in the page's words. Pure.
 */
import { INDICATOR_NUMBER, fitsNumeric } from '../common/validation';
import type { ProgressRag } from '../domain/vocabulary';
import { PROGRESS_RAGS } from '../domain/vocabulary';
import { type FormErrors, text } from '../web/form-validation';
import type { Form } from '../web/admin-forms';

/** A reporting period's label: `2008-09` or `2008-09 Q3`. */
export const PERIOD_LABEL = /^\d{4}-\d{2}( Q[1-4])?$/;

/** The words the update form uses where the DTO's own would read oddly on a page. */
export const UPDATE_MESSAGES: Readonly<Record<string, string>> = {
  period: 'Choose the reporting period this update is for',
  narrative: 'Enter what has happened since the last update',
  percentComplete: 'Enter a whole number from 0 to 100',
  proposedRag: 'Choose the status you propose: green, amber or red',
};

/** An indicator the update may report a value for. */
export interface ReportedIndicator {
  indicatorId: string;
  indicator?: { code: string } | null;
}

/** The update as sent (`PostProgressDto` and what goes with it), and the errors only the page finds. */
export function ownerUpdateFrom(form: Form, links: readonly ReportedIndicator[]) {
  const errors: FormErrors = {};
  const period = text(form, 'period');
  const narrative = text(form, 'narrative');
  const percent = text(form, 'percentComplete').replace(/%$/, '').trim();
  const proposedRag = text(form, 'proposedRag');
  if (!PERIOD_LABEL.test(period)) errors.period = UPDATE_MESSAGES.period;
  if (narrative.length > 10000) errors.narrative = 'The update must be 10,000 characters or fewer';
  if (percent === '') errors.percentComplete = 'Enter how complete the action is, as a percentage';
  if (!(PROGRESS_RAGS as readonly string[]).includes(proposedRag)) errors.proposedRag = UPDATE_MESSAGES.proposedRag;
  const values: { indicatorId: string; value: string }[] = [];
  for (const link of links) {
    const value = text(form, `value-${link.indicatorId}`).replace(/,/g, '');
    if (value === '') continue;
    if (fitsNumeric(value, INDICATOR_NUMBER)) values.push({ indicatorId: link.indicatorId, value });
    else
      errors[`value-${link.indicatorId}`] = `Enter ${link.indicator?.code} as a number below 10,000,000,000, like 10.4`;
  }
  return {
    update: {
      period,
      narrative,
      percentComplete: /^\d{1,3}$/.test(percent) ? Number(percent) : NaN,
      proposedRag: (proposedRag || null) as ProgressRag | null,
      correctionReason: text(form, 'correctionReason') || undefined,
    },
    milestonesCompleted: listOf(form.milestonesCompleted),
    values,
    errors,
  };
}

/** The update form's controls in order; a refusal on anything else is shown at the top of the form. */
export function updateControls(links: readonly ReportedIndicator[]): string[] {
  return [
    'period',
    'correctionReason',
    'narrative',
    'percentComplete',
    'proposedRag',
    ...links.map((link) => `value-${link.indicatorId}`),
  ];
}

function listOf(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string' && item !== '',
  );
}
