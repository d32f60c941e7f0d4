/**
 * What a council may keep in its settings, and how each value is checked: the first
 * administrator's details at set-up, the house style, the front sheet's committees and officers,
 * the logo and the reporting frequency. Pure: no I/O.
 */
import { passwordProblem } from '../auth/password-policy';
import { HOUSE_STYLES } from '../reports/paper-html';

export const REPORTING_FREQUENCIES = ['quarterly', 'monthly'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** A logo is a small picture on a front sheet: half a megabyte is ample for one printed at 300 dpi. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

/** At most this many committees or officers, each at most this long (as a committee's name on a paper). */
export const MAX_FRONT_SHEET_NAMES = 20;
export const MAX_FRONT_SHEET_NAME_LENGTH = 200;
export const MAX_AUTHORITY_NAME_LENGTH = 200;

/** A problem with one field, as a sentence. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The type of a logo by its first bytes (never by its name or the type the browser claims), or null. */
export function logoMediaType(bytes: Uint8Array): (typeof LOGO_MEDIA_TYPES)[number] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Why a logo cannot be used, as a kind and a sentence, or null when it can. */
export function logoProblem(
  bytes: Uint8Array,
): { kind: 'missing' | 'too_large' | 'not_an_image'; message: string } | null {
  if (bytes.length === 0) return { kind: 'missing', message: 'Choose a logo to upload: a PNG or JPEG image.' };
  if (bytes.length > MAX_LOGO_BYTES) {
    return {
      kind: 'too_large',
      message: `The logo must be at most ${MAX_LOGO_BYTES / 1024} KB; this one is ${Math.ceil(bytes.length / 1024)} KB.`,
    };
  }
  if (!logoMediaType(bytes)) return { kind: 'not_an_image', message: 'The logo must be a PNG or JPEG image.' };
  return null;
}

export function isHouseStyle(value: unknown): boolean {
  return typeof value === 'string' && (HOUSE_STYLES as readonly string[]).includes(value);
}

export function isReportingFrequency(value: unknown): value is ReportingFrequency {
  return typeof value === 'string' && (REPORTING_FREQUENCIES as readonly string[]).includes(value);
}

/** Names one a line (or a list), trimmed, blanks and repeats dropped, in the order given. */
export function frontSheetNames(value: string | readonly string[]): string[] {
  const lines = typeof value === 'string' ? value.split(/\r?\n/) : value;
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of lines) {
    const name = String(line).trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

/** Why a list of committees or officers cannot be kept, or null. */
export function frontSheetNamesProblem(names: readonly string[], what: 'committees' | 'officers'): string | null {
  if (names.length > MAX_FRONT_SHEET_NAMES) return `Give at most ${MAX_FRONT_SHEET_NAMES} ${what}.`;
  const long = names.find((name) => name.length > MAX_FRONT_SHEET_NAME_LENGTH);
  if (long) return `Each of the ${what} must be at most ${MAX_FRONT_SHEET_NAME_LENGTH} characters.`;
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first administrator, as given at set-up. */
export interface FirstAdministrator {
  name: string;
  email: string;
  password: string;
}

/** Every problem with a first administrator's details and the house style, field by field. */
export function firstAdministratorProblems(admin: FirstAdministrator, houseStyle: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = admin.name.trim();
  const email = admin.email.trim();
  if (!name) problems.push({ field: 'adminName', message: 'Enter the administrator’s full name.' });
  else if (name.length > 200)
    problems.push({ field: 'adminName', message: 'The name must be at most 200 characters.' });
  if (!email) problems.push({ field: 'adminEmail', message: 'Enter the administrator’s email address.' });
  else if (email.length > 254 || !EMAIL.test(email)) {
    problems.push({ field: 'adminEmail', message: 'Enter an email address like name@council.gov.uk.' });
  }
  if (!admin.password) problems.push({ field: 'password', message: 'Enter a password.' });
  else {
    const problem = passwordProblem(admin.password, email);
    if (problem) problems.push({ field: 'password', message: problem });
  }
  if (!isHouseStyle(houseStyle)) {
    problems.push({ field: 'houseStyle', message: `Choose a house style: ${HOUSE_STYLES.join(' or ')}.` });
  }
  return problems;
}
