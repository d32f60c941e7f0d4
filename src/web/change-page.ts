import { ErrorCode, DomainError } from '../common/domain-error';
import { type FormField, dateIdsOf, inFieldOrder } from './form-fields';
import { type FormErrors, type FormOutcome, errorList, submitForm } from './form-validation';

type Hidden = { name: string; value: string }[];
type Crumbs = { text: string; href: string }[];

export interface ChangeForm {
  pageTitle: string;
  caption: string;
  heading: string;
  intro?: string | null;
  breadcrumbs: Crumbs;
  action: string;
  hidden?: Hidden;
  fields: FormField[];
  button: string;
  backHref: string;
  errors?: FormErrors;
}

export interface CheckPage {
  pageTitle: string;
  caption: string;
  heading: string;
  intro?: string | null;
  breadcrumbs: Crumbs;
  rows: { key: string; value: string; changeHref?: string }[];
  warning?: string | null;
  action: string;
  hidden?: Hidden;
  button: string;
  dangerous?: boolean;
  backHref: string;
  errors?: FormErrors;
}

export const CHANGE_FORM = 'pages/change-form.njk';
export const CHECK_PAGE = 'pages/check-change.njk';
export const HISTORY_PAGE = 'pages/history.njk';

/** A change form's view model (pages/change-form.njk), its errors in the order of its fields. */
export function changeFormView(form: ChangeForm) {
  const errors = inFieldOrder(form.errors ?? {}, form.fields);
  return { intro: null, hidden: [], ...form, errors, errorList: errorList(errors, dateIdsOf(form.fields)) };
}

/** A check-your-answers or confirmation page's view model (pages/check-change.njk). */
export function checkView(page: CheckPage) {
  const errors = page.errors ?? {};
  return { intro: null, warning: null, hidden: [], dangerous: false, ...page, errors, errorList: errorList(errors) };
}

/**
 * A refusal for a stale version, in the words of a page: the form is shown again with what was
 * typed and the record's current version, so saving again is a decision made knowingly.
 */
export const STALE_MESSAGE =
  'Someone else changed this since you opened the page. Check the values below, then save again.';

/** `submitForm`, with a stale version refused in the page's words on `fallbackId`. */
export async function submitChange<R>(
  errors: FormErrors,
  fallbackId: string,
  save: () => Promise<R>,
): Promise<FormOutcome<R>> {
  let stale = false;
  const outcome = await submitForm(errors, fallbackId, () =>
    save().catch((error: unknown) => {
      stale = error instanceof DomainError && error.code === ErrorCode.StaleVersion;
      throw error;
    }),
  );
  return !outcome.ok && stale ? { ...outcome, errors: { [fallbackId]: STALE_MESSAGE } } : outcome;
}

/** The fields as a query string, for a "Change" link that opens the form again filled in. */
export function changeHref(path: string, hidden: Hidden): string {
  return `${path}?${new URLSearchParams(hidden.map((field): [string, string] => [field.name, field.value]))}`;
}

/** The words at the top of a record's history page. */
export interface HistoryWords {
  pageTitle: string;
  caption: string;
  heading: string;
  intro: string;
  breadcrumbs: Crumbs;
}

/** A record's history (pages/history.njk): one page of events, with links to the newest and the older ones. */
export function historyView(
  words: HistoryWords,
  href: string,
  cursor: string | undefined,
  trail: { events: unknown[]; nextBefore: string | null },
) {
  return {
    ...words,
    events: trail.events,
    newestHref: cursor ? `${href}/history` : null,
    olderHref: trail.nextBefore ? `${href}/history?before=${trail.nextBefore}` : null,
  };
}

/** The `before` cursor of a history page, when the query string has one. */
export function cursorFrom(before: unknown): string | undefined {
  return typeof before === 'string' && before !== '' ? before : undefined;
}
