/**
 * Dates and times in words, the way the GOV.UK style guide and council papers write them:
 * '11 September 2008', '11 September 2008 at 2:05pm'. The one formatter for pages, papers,
 * reasons and workbooks. Date-only `YYYY-MM-DD` values are printed as they are; instants are
 * printed as the day and time in London.
 */
import { isIsoDate } from '../domain/periods';

const TIME_ZONE = 'Europe/London';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

// Built once: constructing an Intl formatter costs far more than using one.
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

function inWords(year: number | string, month: number, day: number): string {
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function londonParts(instant: Date): { year: string; month: number; day: number; hour: number; minute: number } {
  const parts = Object.fromEntries(LONDON.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: parts.year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/**
 * '11 September 2008'. A date-only string is taken as it is, an instant as its day in London;
 * nothing gives '', and a string that is not a date is returned unchanged.
 */
export function govukDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const { year, month, day } = londonParts(value);
    return inWords(year, month, day);
  }
  const match = DATE_ONLY.exec(value);
  if (!match || !isIsoDate(value)) return value;
  return inWords(match[1], Number(match[2]), Number(match[3]));
}

/** An instant in London: '11 September 2008 at 2:05pm', '1 May 2025 at 10am', '… at midday', '… at midnight'. */
export function govukDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const { year, month, day, hour, minute } = londonParts(instant);
  let time: string;
  if (minute === 0 && hour === 0) time = 'midnight';
  else if (minute === 0 && hour === 12) time = 'midday';
  else {
    const hour12 = hour % 12 === 0 ? 12 : hour % 12;
    time = `${hour12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${hour < 12 ? 'am' : 'pm'}`;
  }
  return `${inWords(year, month, day)} at ${time}`;
}

/** What a GOV.UK date input shows: the parts of a `YYYY-MM-DD` date, or the parts as typed. */
export function dateParts(value: unknown): { day: string; month: string; year: string } {
  if (value && typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    return { day: String(parts.day ?? ''), month: String(parts.month ?? ''), year: String(parts.year ?? '') };
  }
  const match = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}
