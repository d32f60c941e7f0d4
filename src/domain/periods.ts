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

// Built once: constructing an Intl formatter costs far more than using one.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export interface Period {
  label: string;
  start: string;
  end: string;
}

// Day arithmetic on plain numbers (days since 1970-01-01): the RAG rules run it for every action
// of every plan on a dashboard, and Date objects cost ten times as much.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${date}" is not a real calendar date.`);
  }
  return daysFromCivil(year, month, day);
}

function fromDayNumber(days: number): string {
  const [year, month, day] = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** A date from a year, a zero-based month and a day, either of which may overflow (day 0 is the month before's last). */
function fromParts(year: number, monthIndex: number, day: number): string {
  const normalisedYear = year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return fromDayNumber(daysFromCivil(normalisedYear, month, 1) + day - 1);
}

export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** Today in Europe/London, whatever the server's own time zone. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DAY.format(now).slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The last day of a span of `months` months beginning on `start`: 12 months from 1 October 2008 end
 * on 30 September 2009. A start late in a month is clamped (31 January + 1 month ends 28 February).
 */
export function endOfMonthsFrom(start: string, months: number): string {
  const [year, month, day] = civilFromDays(dayNumber(start));
  const targetYear = year + Math.floor((month - 1 + months) / 12);
  const targetMonth = ((((month - 1 + months) % 12) + 12) % 12) + 1;
  const clamped = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromDayNumber(daysFromCivil(targetYear, targetMonth, clamped) - 1);
}

/** The UK financial-year quarter holding `date`. */
export function financialQuarterOf(date: string): Period {
  const [year, monthNumber] = civilFromDays(dayNumber(date));
  const month = monthNumber - 1;
  const fyStart = month >= 3 ? year : year - 1;
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
  const [year, month] = civilFromDays(dayNumber(date));
  return {
    label: date.slice(0, 7),
    start: fromParts(year, month - 1, 1),
    end: fromParts(year, month, 0),
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

/**
 * The period an indicator's value is entered for in an owner's update for `reporting`: the
 * reporting period itself where the indicator may be monitored that often, else the indicator's
 * own period holding the reporting period's last day (an academic year, or the month it ends).
 */
export function measurementPeriodFor(reporting: Period, frequency: FrequencyKey): Period {
  if (parseMeasurementPeriod(reporting.label, frequency).ok) return reporting;
  const [year, month] = civilFromDays(dayNumber(reporting.end));
  if (frequency === 'academic_year') {
    const start = month >= 9 ? year : year - 1;
    const label = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    return { label, start: fromParts(start, 8, 1), end: fromParts(start + 1, 7, 31) };
  }
  return reportingPeriodOf(reporting.end, 'monthly');
}

/** How often a plan reports: monthly, or quarterly (the default). */
export function planFrequency(reportingFrequency: string): 'quarterly' | 'monthly' {
  return reportingFrequency === 'monthly' ? 'monthly' : 'quarterly';
}
