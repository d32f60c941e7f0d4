/**
 * Statutory clocks in working days. After an inspection the council's written statement of
 * proposed action is due 70 working days after the report was received; a working day is any day
 * but a Saturday, a Sunday, Christmas Day, Good Friday or an England and Wales bank holiday.
 *
 * Dates are date-only 'YYYY-MM-DD' strings, counted as whole UTC days, so neither the server's
 * time zone nor British Summer Time can shift a deadline by a day.
 */
import { govukDate } from '../presentation/dates';
import { BANK_HOLIDAYS_ENGLAND_AND_WALES, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from './bank-holidays';

/** The written statement of proposed action is due this many working days after the report arrives. */
export const STATEMENT_OF_ACTION_WORKING_DAYS = 70;

/** A date the bank-holiday calendar does not cover: counting there would silently treat holidays as working days. */
export class OutsideCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutsideCalendarError';
  }
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SUPPORTED = `the supported years are ${FIRST_SUPPORTED_YEAR} to ${LAST_SUPPORTED_YEAR}, the years whose England and Wales bank holidays are known`;
const LAST_DAY = Date.UTC(LAST_SUPPORTED_YEAR, 11, 31) / MS_PER_DAY;

const HOLIDAYS: ReadonlySet<string> = new Set(
  Object.values(BANK_HOLIDAYS_ENGLAND_AND_WALES).flatMap((holidays) => holidays.map((holiday) => holiday.date)),
);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1 January 1970, after checking the string is a real date inside the calendar. */
function toDay(date: string): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) throw new RangeError(`${JSON.stringify(date)} is not a date: expected YYYY-MM-DD, e.g. 2008-12-12.`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${date} is not a real calendar date.`);
  }
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new OutsideCalendarError(`Working days cannot be counted on ${date}: ${SUPPORTED}.`);
  }
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function toDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function isWorkingDayNumber(day: number): boolean {
  const date = new Date(day * MS_PER_DAY);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  // Christmas Day is a common-law holiday, not a bank holiday: excluded whatever the list says.
  if (date.getUTCMonth() === 11 && date.getUTCDate() === 25) return false;
  return !HOLIDAYS.has(toDate(day));
}

/** Whether the council's officers are expected at work that day, which is what the statutory clocks count. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDay(date));
}

/** The date n working days after `from` (from itself not counted; n >= 0; n = 0 → from). */
export function addWorkingDays(from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`The number of working days must be a whole number of at least 0, not ${n}.`);
  }
  let day = toDay(from);
  let left = n;
  while (left > 0) {
    day += 1;
    if (day > LAST_DAY) {
      throw new OutsideCalendarError(
        `${n} working days after ${from} falls after 31 December ${LAST_SUPPORTED_YEAR}: ${SUPPORTED}.`,
      );
    }
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return toDate(day);
}

/** Working days after `from` up to and including `to` (0 when to <= from); negative never. */
export function workingDaysBetween(from: string, to: string): number {
  const first = toDay(from);
  const last = toDay(to);
  let count = 0;
  for (let day = first + 1; day <= last; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return count;
}

/** Where the written statement's deadline stands, ready to show a council without further arithmetic. */
export interface StatutoryClock {
  receivedOn: string;
  dueOn: string;
  asOf: string;
  state: 'running' | 'due_today' | 'late';
  /** 0 when due today or late. */
  workingDaysLeft: number;
  /** Working days after dueOn up to asOf; 0 unless late (and still 0 on a weekend just after a Friday deadline). */
  workingDaysLate: number;
  summary: string;
}

function workingDays(count: number): string {
  return `${count} working ${count === 1 ? 'day' : 'days'}`;
}

/**
 * The 70-working-day clock for the written statement of proposed action, read on `asOf`.
 * Reading it before the report was received is a mistake in the data, so it throws a RangeError
 * rather than report more than 70 days left.
 */
export function statutoryClock(receivedOn: string, asOf: string): StatutoryClock {
  const received = toDay(receivedOn);
  const today = toDay(asOf);
  if (today < received) {
    throw new RangeError(`The clock cannot be read on ${asOf}, before the report was received on ${receivedOn}.`);
  }
  const dueOn = addWorkingDays(receivedOn, STATEMENT_OF_ACTION_WORKING_DAYS);
  const due = toDay(dueOn);
  const dueDate = govukDate(dueOn);
  const clock = { receivedOn, dueOn, asOf };
  if (today < due) {
    const workingDaysLeft = workingDaysBetween(asOf, dueOn);
    return {
      ...clock,
      state: 'running',
      workingDaysLeft,
      workingDaysLate: 0,
      summary: `${workingDays(workingDaysLeft)} left: the written statement is due on ${dueDate}.`,
    };
  }
  if (today === due) {
    return {
      ...clock,
      state: 'due_today',
      workingDaysLeft: 0,
      workingDaysLate: 0,
      summary: `Due today: the written statement is due on ${dueDate}.`,
    };
  }
  const workingDaysLate = workingDaysBetween(dueOn, asOf);
  const lateness = workingDaysLate === 0 ? 'Late' : `${workingDays(workingDaysLate)} late`;
  return {
    ...clock,
    state: 'late',
    workingDaysLeft: 0,
    workingDaysLate,
    summary: `${lateness}: the written statement was due on ${dueDate}.`,
  };
}
