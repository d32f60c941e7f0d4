/**
 * A form described as data: the fields a change page asks for, in order, which one template
 * (`pages/change-form.njk`) draws with the GOV.UK components. Pure, so a form's wording and
 * mapping are read and tested without a server.
 */
import type { DateParts, FormErrors } from './form-validation';

export interface Choice {
  value: string;
  text: string;
  hint?: string;
}

interface FieldBase {
  id: string;
  label: string;
  hint?: string;
}

export type FormField =
  | (FieldBase & { kind: 'text'; value: string; width?: 'short' | 'number' | 'full'; numeric?: boolean })
  | (FieldBase & { kind: 'textarea'; value: string; rows?: number })
  | (FieldBase & { kind: 'select'; value: string; items: readonly Choice[] })
  | (FieldBase & { kind: 'radios'; value: string; items: readonly Choice[] })
  | (FieldBase & { kind: 'date'; value: string | DateParts | null })
  /** Shown, not changed: what the caller may not change, with why. */
  | (FieldBase & { kind: 'fixed'; value: string });

/** The ids of a form's date fields: their errors link to the day box. */
export function dateIdsOf(fields: readonly FormField[]): string[] {
  return fields.filter((field) => field.kind === 'date').map((field) => field.id);
}

/** The form's errors in the order of its fields, the unplaced ones last. */
export function inFieldOrder(errors: FormErrors, fields: readonly FormField[]): FormErrors {
  const rank = (id: string) => {
    const index = fields.findIndex((field) => field.id === id);
    return index === -1 ? fields.length : index;
  };
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** A form field's value as it was sent, or the record's own when the form has not been sent. */
export function sentOr(form: Record<string, unknown> | null, name: string, current: string | null | undefined): string {
  if (form === null) return current ?? '';
  const value = form[name];
  return typeof value === 'string' ? value : '';
}
