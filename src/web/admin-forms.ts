/**
 * What the administration and account pages' view models share. Pure, so each page's words and
 * mapping are read and tested without a server.
 */
import { type FormErrors, errorList, onControls } from './form-validation';

/** A posted form, or a query string read as one. */
export type Form = Record<string, unknown>;

/** A choice in a select or radios, as the GOV.UK macros take it. */
export interface Option {
  value: string;
  text: string;
  hint?: string;
  checked?: boolean;
  selected?: boolean;
}

/**
 * A form's errors as its page shows them: each on a control the page has (see `onControls`),
 * beside it and in the summary, a date's linking to its day box.
 */
export function withErrors(
  errors: FormErrors,
  controls: readonly string[],
  fallbackId: string,
  dateIds: readonly string[] = [],
): { errors: FormErrors; errorList: { text: string; href: string }[] } {
  const placed = onControls(errors, controls, fallbackId);
  return { errors: placed, errorList: errorList(placed, dateIds) };
}

/** The banner for `?done=…` after a change: `null` when there is none or the word is unknown. */
export function noticeFor(notices: Record<string, string>, done: string | undefined): string | null {
  return done && Object.hasOwn(notices, done) ? notices[done] : null;
}

/** A list of choices with an empty first one: "Choose …", "None". */
export function choicesAfter(empty: string, options: readonly Option[]): Option[] {
  return [{ value: '', text: empty }, ...options];
}
