/**
 * Dates and reporting periods. Date-only values are `YYYY-MM-DD` strings and all arithmetic is on
 * calendar dates (UTC midnight), so no time zone or clock change can shift a day.
 *
 * Periods are named the way council papers name them:
 * - quarterly: the UK financial year, Q1 = April–June: `2008-09 Q3` (October–December 2008);
 * - annual: the financial year: `2008-09` (April 2008 – March 2009);
 * - academic_year: September–August with a slash: `2008/09`;
 * - monthly: `2008-10`.
 */
import type { FrequencyKey } from './vocabulary';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_ZONE = 'Europe/London';

export interface Period {
  label: string;
  start: string;
  end: string;
}

function toDate(date: string): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const value = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (value.toISOString().slice(0, 10) !== date) throw new RangeError(`"${date}" is not a real calendar date.`);
  return value;
}

function fromParts(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    toDate(value);
    return true;
  } catch {
    return false;
  }
}

/** Today in Europe/London, whatever the server's own time zone. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const value = toDate(date);
  return fromParts(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate() + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/**
 * The last day of a span of `months` months beginning on `start`: 12 months from 1 October 2008 end
 * on 30 September 2009. A start late in a month is clamped (31 January + 1 month ends 28 February).
 */
export function endOfMonthsFrom(start: string, months: number): string {
  const value = toDate(start);
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(value.getUTCDate(), lastOfTarget);
  return addDays(fromParts(year, month, day), -1);
}

/** The UK financial-year quarter holding `date`. */
export function financialQuarterOf(date: string): Period {
  const value = toDate(date);
  const month = value.getUTCMonth();
  const fyStart = month >= 3 ? value.getUTCFullYear() : value.getUTCFullYear() - 1;
  const quarter = Math.floor(((month + 9) % 12) / 3) + 1;
  const startMonth = 3 + (quarter - 1) * 3;
  return {
    label: `${fyStart}-${String((fyStart + 1) % 100).padStart(2, '0')} Q${quarter}`,
    start: fromParts(fyStart, startMonth, 1),
    end: fromParts(fyStart, startMonth + 3, 0),
  };
}

/** The quarter ends falling within [start, end], in order. */
export function quarterEndsWithin(start: string, end: string): string[] {
  const ends: string[] = [];
  let quarter = financialQuarterOf(start);
  while (quarter.end <= end) {
    ends.push(quarter.end);
    quarter = financialQuarterOf(addDays(quarter.end, 1));
  }
  return ends;
}

/** The reporting period holding `date` for a plan reporting quarterly or monthly. */
export function reportingPeriodOf(date: string, frequency: 'quarterly' | 'monthly'): Period {
  if (frequency === 'quarterly') return financialQuarterOf(date);
  const value = toDate(date);
  return {
    label: date.slice(0, 7),
    start: fromParts(value.getUTCFullYear(), value.getUTCMonth(), 1),
    end: fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, 0),
  };
}

const PERIOD_FORMS: Record<FrequencyKey, { pattern: RegExp; example: string; name: string }> = {
  quarterly: { pattern: /^(\d{4})-(\d{2}) Q([1-4])$/, example: '2008-09 Q3', name: 'a financial-year quarter' },
  annual: { pattern: /^(\d{4})-(\d{2})$/, example: '2008-09', name: 'a financial year' },
  academic_year: { pattern: /^(\d{4})\/(\d{2})$/, example: '2008/09', name: 'an academic year' },
  monthly: { pattern: /^(\d{4})-(\d{2})$/, example: '2008-10', name: 'a month' },
};

/** How often an indicator is measured, in words: "NI 117 is measured quarterly". */
export const FREQUENCY_WORDS: Record<FrequencyKey, string> = {
  quarterly: 'quarterly',
  annual: 'once a financial year',
  academic_year: 'once an academic year',
  monthly: 'monthly',
};

export type PeriodResult = { ok: true; period: Period } | { ok: false; message: string };

/**
 * Reads a period label for an indicator of the given frequency. A label of the wrong form, or a
 * year pair that does not follow on (`2008-10`), is refused with an example of the right form.
 */
export function parsePeriod(label: string, frequency: FrequencyKey): PeriodResult {
  const form = PERIOD_FORMS[frequency];
  const match = form.pattern.exec(label);
  const wrong = (): PeriodResult => ({
    ok: false,
    message: `"${label}" is not ${form.name}: write it like "${form.example}".`,
  });
  if (!match) return wrong();
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) return wrong();
  if (frequency === 'monthly') {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return wrong();
    return { ok: true, period: reportingPeriodOf(fromParts(year, month - 1, 1), 'monthly') };
  }
  if (Number(match[2]) !== (year + 1) % 100) return wrong();
  switch (frequency) {
    case 'quarterly': {
      const quarter = Number(match[3]);
      return { ok: true, period: financialQuarterOf(fromParts(year, 3 + (quarter - 1) * 3, 1)) };
    }
    case 'annual':
      return { ok: true, period: { label, start: fromParts(year, 3, 1), end: fromParts(year + 1, 2, 31) } };
    default:
      return { ok: true, period: { label, start: fromParts(year, 8, 1), end: fromParts(year + 1, 7, 31) } };
  }
}

/** '12 December 2008', as papers write dates. */
export function britishDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    toDate(date),
  );
}

/**
 * The periods a value may be recorded for: the indicator's own, or a shorter one for in-year
 * monitoring (councils track many annual national indicators quarterly). Academic-year measures,
 * such as the school measurement of obesity, are taken once a year and take only their own.
 */
const MONITORING: Record<FrequencyKey, FrequencyKey[]> = {
  annual: ['annual', 'quarterly', 'monthly'],
  quarterly: ['quarterly', 'monthly'],
  academic_year: ['academic_year'],
  monthly: ['monthly'],
};

export function parseMeasurementPeriod(label: string, frequency: FrequencyKey): PeriodResult {
  const forms = MONITORING[frequency];
  for (const form of forms) {
    const result = parsePeriod(label, form);
    if (result.ok) return result;
  }
  const examples = forms.map((form) => `"${PERIOD_FORMS[form].example}"`);
  return {
    ok: false,
    message: `"${label}" is not ${PERIOD_FORMS[frequency].name}${forms.length > 1 ? ' or a shorter period within one' : ''}: write it like ${examples.join(' or ')}.`,
  };
}
