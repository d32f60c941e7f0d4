/** The time range of an audit query. Pure: no I/O. */

const TIME_ZONE = 'Europe/London';
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `from` inclusive, `to` exclusive. */
export interface AuditPeriod {
  from?: Date;
  to?: Date;
}

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** London's offset from UTC at an instant, in milliseconds ('GMT' or 'GMT+01:00'). */
function londonOffsetMs(instant: number): number {
  const name = offsetFormat.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/** Midnight in London at the start of a YYYY-MM-DD day, `plusDays` later. */
function londonMidnight(date: string, plusDays = 0): Date {
  const [, year, month, day] = DATE_ONLY.exec(date) ?? [];
  const utcMidnight = Date.UTC(Number(year), Number(month) - 1, Number(day) + plusDays);
  const guess = utcMidnight - londonOffsetMs(utcMidnight);
  return new Date(utcMidnight - londonOffsetMs(guess));
}

/**
 * From the query's `from` and `to` (each a date, or a date-time with its offset): a date means
 * its whole day in London, so `to=2008-10-01` includes all of 1 October; a date-time `to`
 * includes that instant.
 */
export function auditPeriod(from?: string, to?: string): AuditPeriod {
  const period: AuditPeriod = {};
  if (from) period.from = DATE_ONLY.test(from) ? londonMidnight(from) : new Date(from);
  if (to) period.to = DATE_ONLY.test(to) ? londonMidnight(to, 1) : new Date(new Date(to).getTime() + 1);
  return period;
}

/** Whether the period can hold anything: `from` not after `to`. */
export function isOrdered(period: AuditPeriod): boolean {
  return !period.from || !period.to || period.from.getTime() < period.to.getTime();
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day of an instant in London, as YYYY-MM-DD. */
export function londonDay(instant: Date): string {
  return dayFormat.format(instant);
}
