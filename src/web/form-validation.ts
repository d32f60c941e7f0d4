import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, ErrorCode } from '../common/domain-error';
import { flatten } from '../common/validation';

/** A form's errors: the id of the control at fault → the message shown beside it and in the summary. */
export type FormErrors = Record<string, string>;

/** The control id for a field path: `actions[2].ownerId` and `actions.2.ownerId` → `actions-2-ownerId`. */
export function fieldId(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-');
}

/**
 * Checks a form, turned into the API's own DTO, with the API's own rules. A message in `messages`
 * (keyed by control id, or by the last part of it, e.g. `title`) replaces the DTO's wording with
 * the words the page uses.
 */
export async function validateAs<T extends object>(
  type: ClassConstructor<T>,
  plain: object,
  messages: Record<string, string> = {},
): Promise<{ value: T; errors: FormErrors }> {
  const value = plainToInstance(type, plain);
  const problems = flatten(await validate(value, { whitelist: true, forbidNonWhitelisted: true }));
  const errors: FormErrors = {};
  for (const problem of problems) {
    const id = fieldId(problem.field);
    const last = id.split('-').pop() ?? id;
    errors[id] ??= messages[id] ?? messages[last] ?? problem.messages[0];
  }
  return { value, errors };
}

/** Errors a service refuses a form with, as the API would report them, shown on the page instead. */
const FORM_ERRORS = new Set([
  ErrorCode.Invalid,
  ErrorCode.Conflict,
  ErrorCode.StaleVersion,
  ErrorCode.Unprocessable,
  ErrorCode.UnsupportedMediaType,
  ErrorCode.TooLarge,
]);

/**
 * The form errors in a service's refusal, each on its field (`details: [{field, messages}]`), else
 * on `fallbackId`; `null` when the error is not about the form, so the caller throws it on.
 */
export function formErrorsOf(error: unknown, fallbackId: string): { status: number; errors: FormErrors } | null {
  if (!(error instanceof DomainError) || !FORM_ERRORS.has(error.code)) return null;
  const errors: FormErrors = {};
  const details = (Array.isArray(error.details) ? error.details : [error.details]) as (
    { field?: unknown; messages?: unknown } | null | undefined
  )[];
  const onFields = details.filter((detail) => typeof detail?.field === 'string');
  for (const detail of onFields) {
    const own = Array.isArray(detail?.messages) ? String(detail.messages[0]) : error.message;
    errors[fieldId(String(detail?.field))] ??= onFields.length === 1 ? error.message : own;
  }
  if (Object.keys(errors).length === 0) errors[fallbackId] = error.message;
  return { status: FORM_STATUS[error.code] ?? 400, errors };
}

/** What became of a form: saved, with what the save returned, or refused with a status and its errors. */
export type FormOutcome<R> = { ok: true; saved: R } | { ok: false; status: number; errors: FormErrors };

/**
 * Saves a form the page has already checked: with `errors` found it is refused with a 400 and not
 * saved; else `save` runs, and a refusal from the service (see `formErrorsOf`) comes back as the
 * form's errors, any other error is thrown on.
 */
export async function submitForm<R>(
  errors: FormErrors,
  fallbackId: string,
  save: () => Promise<R>,
): Promise<FormOutcome<R>> {
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors };
  try {
    return { ok: true, saved: await save() };
  } catch (error) {
    const refused = formErrorsOf(error, fallbackId);
    if (!refused) throw error;
    return { ok: false, ...refused };
  }
}

const FORM_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Invalid]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.StaleVersion]: 409,
  [ErrorCode.Unprocessable]: 422,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.TooLarge]: 413,
};

/** A form field as trimmed text ('' when missing or not text). */
export function text(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The parts of a GOV.UK date input, as typed, to fill the form again. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * A GOV.UK date input (`name-day`, `name-month`, `name-year`) as `YYYY-MM-DD`: `null` when all
 * three are empty, `undefined` when they do not make a real date.
 */
export function dateFrom(form: Record<string, unknown>, name: string): string | null | undefined {
  const parts = datePartsFrom(form, name);
  if (!parts.day && !parts.month && !parts.year) return null;
  const [day, month, year] = [parts.day, parts.month, parts.year].map((part) =>
    /^\d+$/.test(part) ? Number(part) : NaN,
  );
  if (!(year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

export function datePartsFrom(form: Record<string, unknown>, name: string): DateParts {
  return { day: text(form, `${name}-day`), month: text(form, `${name}-month`), year: text(form, `${name}-year`) };
}

/**
 * Moves each error onto a control the page has: the longest id in `controls` that it starts with
 * (`actions-2-indicators-0-code` → `actions-2-indicators`), else `fallbackId`; in the order of
 * `controls`, which is the order of the form, so the summary reads down the page.
 */
export function onControls(errors: FormErrors, controls: readonly string[], fallbackId: string): FormErrors {
  const placed: FormErrors = {};
  for (const [id, message] of Object.entries(errors)) {
    const control =
      controls
        .filter((candidate) => id === candidate || id.startsWith(`${candidate}-`))
        .sort((a, b) => b.length - a.length)[0] ?? fallbackId;
    placed[control] ??= message;
  }
  const rank = (id: string) => (controls.includes(id) ? controls.indexOf(id) : controls.length);
  return Object.fromEntries(Object.entries(placed).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * The GOV.UK error summary's list: each message linking to its control. A date input's errors
 * link to its day field, the first of its three.
 */
export function errorList(errors: FormErrors, dateIds: readonly string[] = []): { text: string; href: string }[] {
  return Object.entries(errors).map(([id, message]) => ({
    text: message,
    href: `#${dateIds.includes(id) ? `${id}-day` : id}`,
  }));
}

/**
 * A form the page has mapped, checked against the API's own DTO too (see `validateAs`): the
 * errors of both, the page's own winning on a control both fault.
 */
export async function checkAs<T extends object>(
  type: ClassConstructor<T>,
  value: object,
  pageErrors: FormErrors,
  messages: Record<string, string> = {},
): Promise<FormErrors> {
  const { errors } = await validateAs(type, value, messages);
  return { ...errors, ...pageErrors };
}

/** A refusal's first error, on the control `id`: for a form of one control (a file, a confirm button). */
export function firstOf(errors: FormErrors, id: string): FormErrors {
  const [first] = Object.values(errors);
  return first === undefined ? {} : { [id]: first };
}
