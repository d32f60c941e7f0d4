import {
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  BANK_HOLIDAYS_SOURCE,
  FIRST_SUPPORTED_YEAR,
  LAST_PUBLISHED_YEAR,
  LAST_SUPPORTED_YEAR,
  PROJECTED_YEARS,
} from '../../src/clock/bank-holidays';
import {
  OutsideCalendarError,
  STATEMENT_OF_ACTION_WORKING_DAYS,
  addWorkingDays,
  isWorkingDay,
  statutoryClock,
  workingDaysBetween,
} from '../../src/clock/working-days';

/*
 * Expected dates below were worked out by hand: from a received date D, D + 98 calendar days is
 * the same weekday 14 weeks on, 70 working days later if there are no holidays; each weekday bank
 * holiday in between then pushes the deadline one more working day. Each was recounted by an
 * independent day-by-day script over holidays typed from GOV.UK's and the DTI's lists.
 */

const YEARS = Array.from(
  { length: LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1 },
  (_, index) => FIRST_SUPPORTED_YEAR + index,
);

const utc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const iso = (date: Date): string => date.toISOString().slice(0, 10);
const plusDays = (date: string, days: number): string => iso(new Date(utc(date).getTime() + days * 86_400_000));

/** Easter Sunday by the anonymous Gregorian computus, independent of the data under test. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function nthMonday(year: number, month: number, which: 'first' | 'last'): string {
  const date = which === 'first' ? new Date(Date.UTC(year, month - 1, 1)) : new Date(Date.UTC(year, month, 0));
  while (date.getUTCDay() !== 1) date.setUTCDate(date.getUTCDate() + (which === 'first' ? 1 : -1));
  return iso(date);
}

/** The next weekday on or after `date`, skipping the dates already taken. */
function onOrAfterWeekday(date: string, taken: readonly string[]): string {
  let day = date;
  while ([0, 6].includes(utc(day).getUTCDay()) || taken.includes(day)) day = plusDays(day, 1);
  return day;
}

/** What the statutory rules plus the one-off proclamations give for a year, worked out independently. */
function expectedFromRules(year: number): string[] {
  const easter = easterSunday(year);
  const christmas = onOrAfterWeekday(`${year}-12-25`, []);
  const boxing = onOrAfterWeekday(`${year}-12-26`, [christmas]);
  const oneOff: Record<number, { drop?: string[]; add: string[] }> = {
    2002: { drop: [nthMonday(2002, 5, 'last')], add: ['2002-06-03', '2002-06-04'] },
    2011: { add: ['2011-04-29'] },
    2012: { drop: [nthMonday(2012, 5, 'last')], add: ['2012-06-04', '2012-06-05'] },
    2020: { drop: [nthMonday(2020, 5, 'first')], add: ['2020-05-08'] },
    2022: { drop: [nthMonday(2022, 5, 'last')], add: ['2022-06-02', '2022-06-03', '2022-09-19'] },
    2023: { add: ['2023-05-08'] },
  };
  const change = oneOff[year] ?? { add: [] };
  return [
    onOrAfterWeekday(`${year}-01-01`, []),
    plusDays(easter, -2),
    plusDays(easter, 1),
    nthMonday(year, 5, 'first'),
    nthMonday(year, 5, 'last'),
    nthMonday(year, 8, 'last'),
    christmas,
    boxing,
  ]
    .filter((date) => !(change.drop ?? []).includes(date))
    .concat(change.add)
    .sort();
}

describe('the England and Wales bank-holiday calendar', () => {
  it('holds every year from 2000 to 2030 and no other', () => {
    expect(FIRST_SUPPORTED_YEAR).toBe(2000);
    expect(LAST_SUPPORTED_YEAR).toBe(2030);
    expect(Object.keys(BANK_HOLIDAYS_ENGLAND_AND_WALES).map(Number)).toEqual(YEARS);
  });

  it('says which years are projected rather than published, and where the dates came from', () => {
    expect(LAST_PUBLISHED_YEAR).toBe(2027);
    expect(PROJECTED_YEARS).toEqual([2028, 2029, 2030]);
    expect(BANK_HOLIDAYS_SOURCE).toContain('https://www.gov.uk/bank-holidays');
    expect(BANK_HOLIDAYS_SOURCE).toContain('Banking and Financial Dealings Act 1971');
    expect(BANK_HOLIDAYS_SOURCE).toContain('2028 to 2030');
  });

  it.each(YEARS)('%i: real weekday dates of that year, sorted, each with a title', (year) => {
    const holidays = BANK_HOLIDAYS_ENGLAND_AND_WALES[year];
    const dates = holidays.map((holiday) => holiday.date);
    for (const { date, title } of holidays) {
      expect(date).toMatch(new RegExp(`^${year}-\\d{2}-\\d{2}$`));
      expect(iso(utc(date))).toBe(date);
      expect([0, 6]).not.toContain(utc(date).getUTCDay());
      expect(title.trim()).not.toBe('');
    }
    expect(dates).toEqual([...new Set(dates)].sort());
  });

  it.each(YEARS)('%i: matches the statutory rules and proclamations, worked out independently', (year) => {
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES[year].map((holiday) => holiday.date)).toEqual(expectedFromRules(year));
  });

  it.each([
    [2002, 9],
    [2011, 9],
    [2012, 9],
    [2020, 8],
    [2022, 10],
    [2023, 9],
    ...YEARS.filter((year) => ![2002, 2011, 2012, 2020, 2022, 2023].includes(year)).map((year) => [year, 8]),
  ])('%i has %i bank holidays', (year, count) => {
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES[year]).toHaveLength(count);
  });

  it.each([
    ['2002-06-03', 'Queen’s Golden Jubilee'],
    ['2002-06-04', 'Spring bank holiday'],
    ['2011-04-29', 'Royal wedding'],
    ['2012-06-05', 'Queen’s Diamond Jubilee'],
    ['2020-05-08', 'Early May bank holiday (VE day)'],
    ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2022-12-26', 'Boxing Day'],
  ])('names %s "%s"', (date, title) => {
    expect(BANK_HOLIDAYS_ENGLAND_AND_WALES[Number(date.slice(0, 4))]).toContainEqual({ date, title });
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2008-12-12', true, 'a Friday'],
    ['2008-12-13', false, 'a Saturday'],
    ['2008-12-14', false, 'a Sunday'],
    ['2008-12-15', true, 'a Monday'],
    ['2008-03-21', false, 'Good Friday 2008'],
    ['2008-03-24', false, 'Easter Monday 2008'],
    ['2008-03-25', true, 'the Tuesday after Easter 2008'],
    ['2008-12-25', false, 'Christmas Day 2008'],
    ['2008-12-26', false, 'Boxing Day 2008'],
    ['2008-12-24', true, 'Christmas Eve 2008'],
    ['2010-12-27', false, 'the Christmas Day substitute, 2010'],
    ['2010-12-28', false, 'the Boxing Day substitute, 2010'],
    ['2011-01-03', false, 'the New Year’s Day substitute, 2011'],
    ['2016-12-27', false, 'the Christmas Day substitute, 2016 (Christmas on a Sunday)'],
    ['2012-05-28', true, 'the last Monday of May 2012, moved for the Diamond Jubilee'],
    ['2012-06-04', false, 'the moved spring bank holiday, 2012'],
    ['2012-06-05', false, 'the Diamond Jubilee'],
    ['2002-05-27', true, 'the last Monday of May 2002, moved for the Golden Jubilee'],
    ['2020-05-04', true, 'the first Monday of May 2020, moved to VE day'],
    ['2020-05-08', false, 'VE day 2020'],
    ['2022-05-30', true, 'the last Monday of May 2022, moved for the Platinum Jubilee'],
    ['2022-06-02', false, 'the moved spring bank holiday, 2022'],
    ['2022-06-03', false, 'the Platinum Jubilee'],
    ['2022-09-19', false, 'the state funeral of Queen Elizabeth II'],
    ['2023-05-08', false, 'the coronation of King Charles III'],
    ['2000-02-29', true, 'a leap day'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each(YEARS)('no bank holiday of %i is a working day, and Christmas Day never is', (year) => {
    for (const { date } of BANK_HOLIDAYS_ENGLAND_AND_WALES[year]) expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay(`${year}-12-25`)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // weekends
    ['2008-12-12', 0, '2008-12-12'],
    ['2008-12-13', 0, '2008-12-13'],
    ['2008-12-12', 1, '2008-12-15'],
    ['2008-12-13', 1, '2008-12-15'],
    ['2008-12-14', 1, '2008-12-15'],
    ['2008-12-01', 5, '2008-12-08'],
    // Easter weeks: received the Thursday before Good Friday
    ['2008-03-20', 1, '2008-03-25'],
    ['2008-03-20', 2, '2008-03-26'],
    ['2008-03-19', 2, '2008-03-25'],
    ['2009-04-09', 1, '2009-04-14'],
    ['2009-04-09', 3, '2009-04-16'],
    // Christmas weeks
    ['2008-12-24', 1, '2008-12-29'],
    ['2008-12-25', 1, '2008-12-29'],
    ['2004-12-24', 1, '2004-12-29'],
    ['2010-12-24', 1, '2010-12-29'],
    ['2010-12-31', 1, '2011-01-04'],
    ['2020-12-24', 1, '2020-12-29'],
    ['2021-12-24', 1, '2021-12-29'],
    ['2021-12-31', 1, '2022-01-04'],
    ['2022-12-23', 1, '2022-12-28'],
    ['2022-12-30', 1, '2023-01-03'],
    // jubilees and other one-off days
    ['2002-05-24', 1, '2002-05-27'],
    ['2002-05-31', 1, '2002-06-05'],
    ['2011-04-28', 1, '2011-05-03'],
    ['2012-05-25', 1, '2012-05-28'],
    ['2012-06-01', 1, '2012-06-06'],
    ['2020-05-01', 1, '2020-05-04'],
    ['2020-05-07', 1, '2020-05-11'],
    ['2022-05-27', 1, '2022-05-30'],
    ['2022-06-01', 1, '2022-06-06'],
    ['2022-09-16', 1, '2022-09-20'],
    ['2023-05-05', 1, '2023-05-09'],
    // the edge of the calendar
    ['2030-12-30', 1, '2030-12-31'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p working days', (n) => {
    expect(() => addWorkingDays('2008-12-12', n)).toThrow(RangeError);
  });

  it('refuses to count past the end of the calendar', () => {
    expect(() => addWorkingDays('2030-12-31', 1)).toThrow(OutsideCalendarError);
    expect(() => addWorkingDays('2030-10-01', STATEMENT_OF_ACTION_WORKING_DAYS)).toThrow(/2000 to 2030/);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2008-12-12', '2008-12-12', 0],
    ['2008-12-15', '2008-12-12', 0],
    ['2008-12-12', '2008-12-13', 0],
    ['2008-12-12', '2008-12-15', 1],
    ['2008-12-24', '2008-12-29', 1],
    ['2008-12-24', '2008-12-26', 0],
    ['2008-03-20', '2008-03-25', 1],
    ['2012-06-01', '2012-06-06', 1],
    ['2008-11-11', '2008-12-12', 23],
    ['2008-09-05', '2008-12-12', 70],
    ['2022-07-01', '2022-10-11', 70],
    ['2000-01-01', '2000-01-04', 1],
  ])('from %s to %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
  });

  it.each(['2008-03-20', '2010-12-24', '2012-05-25', '2022-06-01', '2022-12-23', '2029-12-21'])(
    'undoes addWorkingDays from %s',
    (from) => {
      for (const n of [0, 1, 2, 5, 10, 70]) expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    },
  );
});

describe('the 70-working-day clock for the written statement of proposed action', () => {
  it('counts 70 working days', () => {
    expect(STATEMENT_OF_ACTION_WORKING_DAYS).toBe(70);
  });

  it.each([
    ['2008-09-01', '2008-12-08', 'no holidays in between'],
    ['2008-09-05', '2008-12-12', 'no holidays in between'],
    ['2008-03-20', '2008-07-02', 'Good Friday, Easter Monday, early May and spring 2008'],
    ['2009-04-09', '2009-07-22', 'Good Friday, Easter Monday, early May and spring 2009'],
    ['2008-10-01', '2009-01-12', 'Christmas Day, Boxing Day and New Year’s Day'],
    ['2010-10-01', '2011-01-12', 'Christmas and Boxing Day substitutes and the New Year’s Day substitute'],
    ['2012-04-02', '2012-07-16', 'Easter 2012, early May, and the jubilee on 4 and 5 June instead of 28 May'],
    ['2020-04-01', '2020-07-14', 'Easter 2020, VE day on 8 May instead of 4 May, and spring'],
    ['2022-07-01', '2022-10-11', 'the summer bank holiday and the state funeral'],
    ['2022-11-01', '2023-02-10', 'Boxing Day, the Christmas Day substitute and the New Year’s Day substitute'],
    ['2023-03-01', '2023-06-14', 'Easter 2023, early May, the coronation and spring'],
    ['2030-08-01', '2030-11-08', 'the projected summer bank holiday 2030'],
  ])('received on %s: due on %s (%s)', (receivedOn, dueOn) => {
    expect(addWorkingDays(receivedOn, STATEMENT_OF_ACTION_WORKING_DAYS)).toBe(dueOn);
    expect(statutoryClock(receivedOn, receivedOn)).toMatchObject({
      dueOn,
      state: 'running',
      workingDaysLeft: 70,
      workingDaysLate: 0,
    });
  });

  it.each([
    ['2008-09-05', 'running', 70, 0, '70 working days left: the written statement is due on 12 December 2008.'],
    ['2008-11-11', 'running', 23, 0, '23 working days left: the written statement is due on 12 December 2008.'],
    ['2008-12-06', 'running', 5, 0, '5 working days left: the written statement is due on 12 December 2008.'],
    ['2008-12-11', 'running', 1, 0, '1 working day left: the written statement is due on 12 December 2008.'],
    ['2008-12-12', 'due_today', 0, 0, 'Due today: the written statement is due on 12 December 2008.'],
    ['2008-12-13', 'late', 0, 0, 'Late: the written statement was due on 12 December 2008.'],
    ['2008-12-15', 'late', 0, 1, '1 working day late: the written statement was due on 12 December 2008.'],
    ['2008-12-19', 'late', 0, 5, '5 working days late: the written statement was due on 12 December 2008.'],
    ['2008-12-29', 'late', 0, 9, '9 working days late: the written statement was due on 12 December 2008.'],
  ])('received 2008-09-05, read on %s: %s', (asOf, state, workingDaysLeft, workingDaysLate, summary) => {
    expect(statutoryClock('2008-09-05', asOf)).toEqual({
      receivedOn: '2008-09-05',
      dueOn: '2008-12-12',
      asOf,
      state,
      workingDaysLeft,
      workingDaysLate,
      summary,
    });
  });

  it('writes single-digit days without a leading zero', () => {
    expect(statutoryClock('2008-03-20', '2008-07-02').summary).toBe(
      'Due today: the written statement is due on 2 July 2008.',
    );
  });

  it('cannot be read before the report was received', () => {
    expect(() => statutoryClock('2008-09-05', '2008-09-04')).toThrow(RangeError);
  });

  it('refuses a report whose deadline would fall after 2030', () => {
    expect(() => statutoryClock('2030-10-01', '2030-10-01')).toThrow(OutsideCalendarError);
  });
});

describe('dates the calendar cannot count', () => {
  it.each([
    ['1999-12-31', 'isWorkingDay'],
    ['2031-01-01', 'isWorkingDay'],
    ['1066-10-14', 'isWorkingDay'],
  ])('%s is outside 2000–2030', (date) => {
    expect(() => isWorkingDay(date)).toThrow(OutsideCalendarError);
    expect(() => isWorkingDay(date)).toThrow(/2000 to 2030/);
    expect(() => addWorkingDays(date, 0)).toThrow(OutsideCalendarError);
    expect(() => workingDaysBetween('2008-12-12', date)).toThrow(OutsideCalendarError);
    expect(() => statutoryClock(date, '2008-12-12')).toThrow(OutsideCalendarError);
  });

  it('is an Error with its own name', () => {
    const error = new OutsideCalendarError('x');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OutsideCalendarError');
  });

  it.each([
    '2008-02-30',
    '2009-02-29',
    '2100-02-29',
    '2008-13-01',
    '2008-00-10',
    '2008-04-31',
    '2008-12-00',
    '2008-1-1',
    '20081212',
    '12/12/2008',
    '2008-12-12T00:00:00Z',
    ' 2008-12-12',
    '',
    'yesterday',
  ])('%p is not a date: RangeError', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
    expect(() => addWorkingDays(date, 1)).toThrow(RangeError);
    expect(() => workingDaysBetween(date, '2008-12-12')).toThrow(RangeError);
    expect(() => statutoryClock('2008-09-05', date)).toThrow(RangeError);
  });
});
