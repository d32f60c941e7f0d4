/**
 * The England and Wales bank-holiday calendar, 2000 to 2030, as literal data: the statutory
 * clocks count working days, and a deadline must not move because someone changed a rule in code.
 *
 * Where it came from:
 * - 2012 to 2027: GOV.UK's published list (https://www.gov.uk/bank-holidays.json, division
 *   "england-and-wales"). Dates and titles are GOV.UK's; a GOV.UK "Substitute day" note is carried
 *   in the title as "(substitute day)".
 * - 2000 to 2011 (before GOV.UK's JSON begins): the Banking and Financial Dealings Act 1971,
 *   Schedule 1 (Easter Monday, last Monday in May, last Monday in August, 26 December or the
 *   substitute), New Year's Day and the early May holiday by annual royal proclamation, Good Friday
 *   and Christmas Day by common law, and the one-off proclamations: 3 June 2002 (Golden Jubilee,
 *   with the spring holiday moved to 4 June) and 29 April 2011 (royal wedding), as the DTI and
 *   Directgov listed them at the time.
 * - 2028 to 2030: not yet published. Projected from the same rules (New Year's Day or the Monday
 *   after; Good Friday; Easter Monday; first and last Mondays of May; last Monday of August;
 *   Christmas Day and Boxing Day with substitutes on the next weekdays), so a royal proclamation
 *   can still move or add days in those years: see PROJECTED_YEARS.
 *
 * Checked date by date (every weekday holiday, both ways unless noted) against copies of those
 * lists kept in public repositories and pages:
 * - 2012–2027: four snapshots of GOV.UK's bank-holidays.json (covering 2012–2016, 2012–2020,
 *   2017–2023 and 2019–2027); all agree with this file. The 2017–2023 snapshot predates the
 *   coronation holiday (8 May 2023), which is why projected years are flagged.
 * - January 2000 to November 2003: the weekdays the London Stock Exchange was shut
 *   (exchange_calendars' XLON answer file), which are exactly the bank holidays, including 3 and 4
 *   June 2002; all of 2003 against a public-holidays.us listing.
 * - 2004–2010: the DTI list as transcribed in CPAN Date::Holidays::UK::EnglandAndWales 0.01, which
 *   omits the 28 December 2009 substitute (GOV.UK's convention and python-holidays both have it).
 * - 2004–2007: QuantLib's testUKSettlement list; 2005–2008: XOOPS piCal's UK holiday list.
 * - 2000–2025: every substitute and one-off day in python-holidays' UK tests (vacanza/holidays),
 *   one way: each of theirs is here.
 * - 2002, 2011, 2012, 2020, 2022–2024: umulmrum/holiday's GB test data, which puts the 2002 Golden
 *   Jubilee on Sunday 2 June; every other source, and the LSE closures, give Monday 3 June.
 * Not used: CPAN Date::Holidays::UK::EnglandAndWales 0.04 beyond 2010, which projects 2011–2024
 * from the rules and so misses the one-off days of 2011, 2012, 2020, 2022 and 2023, the 2020
 * Boxing Day substitute, and has Good Friday 2014 on 15 April instead of 18 April.
 */

/** One day off: the date (YYYY-MM-DD) and what GOV.UK calls it. */
export interface BankHoliday {
  readonly date: string;
  readonly title: string;
}

/** Said wherever a deadline is shown, so a reader can see which calendar it was counted on. */
export const BANK_HOLIDAYS_SOURCE =
  'Working days exclude weekends and the England and Wales bank holidays, with Christmas Day and Good Friday. ' +
  'Bank holidays for 2012 to 2027 are those published by GOV.UK (https://www.gov.uk/bank-holidays); ' +
  'those for 2000 to 2011 follow the Banking and Financial Dealings Act 1971 and the royal proclamations of those years, ' +
  'including 3 June 2002 (Golden Jubilee) and 29 April 2011 (royal wedding). ' +
  'Bank holidays for 2028 to 2030 have not been announced yet and are projected from the usual rules, ' +
  'so a deadline falling in those years could still move if a holiday is added or changed.';

/** Working days cannot be counted before this year: no bank holidays are held for it. */
export const FIRST_SUPPORTED_YEAR = 2000;

/** Working days cannot be counted after this year: no bank holidays are held for it. */
export const LAST_SUPPORTED_YEAR = 2030;

/** The last year whose bank holidays have been officially announced; later years are projected. */
export const LAST_PUBLISHED_YEAR = 2027;

/** Years whose dates come from the rules alone, so a deadline in them may need a second look. */
export const PROJECTED_YEARS: readonly number[] = [2028, 2029, 2030];

/** Bank holidays by year, sorted; substitute days replace the weekend dates they stand in for. */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: Readonly<Record<number, readonly BankHoliday[]>> = {
  2000: [
    { date: '2000-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2000-04-21', title: 'Good Friday' },
    { date: '2000-04-24', title: 'Easter Monday' },
    { date: '2000-05-01', title: 'Early May bank holiday' },
    { date: '2000-05-29', title: 'Spring bank holiday' },
    { date: '2000-08-28', title: 'Summer bank holiday' },
    { date: '2000-12-25', title: 'Christmas Day' },
    { date: '2000-12-26', title: 'Boxing Day' },
  ],
  2001: [
    { date: '2001-01-01', title: 'New Year’s Day' },
    { date: '2001-04-13', title: 'Good Friday' },
    { date: '2001-04-16', title: 'Easter Monday' },
    { date: '2001-05-07', title: 'Early May bank holiday' },
    { date: '2001-05-28', title: 'Spring bank holiday' },
    { date: '2001-08-27', title: 'Summer bank holiday' },
    { date: '2001-12-25', title: 'Christmas Day' },
    { date: '2001-12-26', title: 'Boxing Day' },
  ],
  2002: [
    { date: '2002-01-01', title: 'New Year’s Day' },
    { date: '2002-03-29', title: 'Good Friday' },
    { date: '2002-04-01', title: 'Easter Monday' },
    { date: '2002-05-06', title: 'Early May bank holiday' },
    { date: '2002-06-03', title: 'Queen’s Golden Jubilee' },
    { date: '2002-06-04', title: 'Spring bank holiday' },
    { date: '2002-08-26', title: 'Summer bank holiday' },
    { date: '2002-12-25', title: 'Christmas Day' },
    { date: '2002-12-26', title: 'Boxing Day' },
  ],
  2003: [
    { date: '2003-01-01', title: 'New Year’s Day' },
    { date: '2003-04-18', title: 'Good Friday' },
    { date: '2003-04-21', title: 'Easter Monday' },
    { date: '2003-05-05', title: 'Early May bank holiday' },
    { date: '2003-05-26', title: 'Spring bank holiday' },
    { date: '2003-08-25', title: 'Summer bank holiday' },
    { date: '2003-12-25', title: 'Christmas Day' },
    { date: '2003-12-26', title: 'Boxing Day' },
  ],
  2004: [
    { date: '2004-01-01', title: 'New Year’s Day' },
    { date: '2004-04-09', title: 'Good Friday' },
    { date: '2004-04-12', title: 'Easter Monday' },
    { date: '2004-05-03', title: 'Early May bank holiday' },
    { date: '2004-05-31', title: 'Spring bank holiday' },
    { date: '2004-08-30', title: 'Summer bank holiday' },
    { date: '2004-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2004-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2005: [
    { date: '2005-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2005-03-25', title: 'Good Friday' },
    { date: '2005-03-28', title: 'Easter Monday' },
    { date: '2005-05-02', title: 'Early May bank holiday' },
    { date: '2005-05-30', title: 'Spring bank holiday' },
    { date: '2005-08-29', title: 'Summer bank holiday' },
    { date: '2005-12-26', title: 'Boxing Day' },
    { date: '2005-12-27', title: 'Christmas Day (substitute day)' },
  ],
  2006: [
    { date: '2006-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2006-04-14', title: 'Good Friday' },
    { date: '2006-04-17', title: 'Easter Monday' },
    { date: '2006-05-01', title: 'Early May bank holiday' },
    { date: '2006-05-29', title: 'Spring bank holiday' },
    { date: '2006-08-28', title: 'Summer bank holiday' },
    { date: '2006-12-25', title: 'Christmas Day' },
    { date: '2006-12-26', title: 'Boxing Day' },
  ],
  2007: [
    { date: '2007-01-01', title: 'New Year’s Day' },
    { date: '2007-04-06', title: 'Good Friday' },
    { date: '2007-04-09', title: 'Easter Monday' },
    { date: '2007-05-07', title: 'Early May bank holiday' },
    { date: '2007-05-28', title: 'Spring bank holiday' },
    { date: '2007-08-27', title: 'Summer bank holiday' },
    { date: '2007-12-25', title: 'Christmas Day' },
    { date: '2007-12-26', title: 'Boxing Day' },
  ],
  2008: [
    { date: '2008-01-01', title: 'New Year’s Day' },
    { date: '2008-03-21', title: 'Good Friday' },
    { date: '2008-03-24', title: 'Easter Monday' },
    { date: '2008-05-05', title: 'Early May bank holiday' },
    { date: '2008-05-26', title: 'Spring bank holiday' },
    { date: '2008-08-25', title: 'Summer bank holiday' },
    { date: '2008-12-25', title: 'Christmas Day' },
    { date: '2008-12-26', title: 'Boxing Day' },
  ],
  2009: [
    { date: '2009-01-01', title: 'New Year’s Day' },
    { date: '2009-04-10', title: 'Good Friday' },
    { date: '2009-04-13', title: 'Easter Monday' },
    { date: '2009-05-04', title: 'Early May bank holiday' },
    { date: '2009-05-25', title: 'Spring bank holiday' },
    { date: '2009-08-31', title: 'Summer bank holiday' },
    { date: '2009-12-25', title: 'Christmas Day' },
    { date: '2009-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2010: [
    { date: '2010-01-01', title: 'New Year’s Day' },
    { date: '2010-04-02', title: 'Good Friday' },
    { date: '2010-04-05', title: 'Easter Monday' },
    { date: '2010-05-03', title: 'Early May bank holiday' },
    { date: '2010-05-31', title: 'Spring bank holiday' },
    { date: '2010-08-30', title: 'Summer bank holiday' },
    { date: '2010-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2010-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2011: [
    { date: '2011-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2011-04-22', title: 'Good Friday' },
    { date: '2011-04-25', title: 'Easter Monday' },
    { date: '2011-04-29', title: 'Royal wedding' },
    { date: '2011-05-02', title: 'Early May bank holiday' },
    { date: '2011-05-30', title: 'Spring bank holiday' },
    { date: '2011-08-29', title: 'Summer bank holiday' },
    { date: '2011-12-26', title: 'Boxing Day' },
    { date: '2011-12-27', title: 'Christmas Day (substitute day)' },
  ],
  2012: [
    { date: '2012-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2012-04-06', title: 'Good Friday' },
    { date: '2012-04-09', title: 'Easter Monday' },
    { date: '2012-05-07', title: 'Early May bank holiday' },
    { date: '2012-06-04', title: 'Spring bank holiday' },
    { date: '2012-06-05', title: 'Queen’s Diamond Jubilee' },
    { date: '2012-08-27', title: 'Summer bank holiday' },
    { date: '2012-12-25', title: 'Christmas Day' },
    { date: '2012-12-26', title: 'Boxing Day' },
  ],
  2013: [
    { date: '2013-01-01', title: 'New Year’s Day' },
    { date: '2013-03-29', title: 'Good Friday' },
    { date: '2013-04-01', title: 'Easter Monday' },
    { date: '2013-05-06', title: 'Early May bank holiday' },
    { date: '2013-05-27', title: 'Spring bank holiday' },
    { date: '2013-08-26', title: 'Summer bank holiday' },
    { date: '2013-12-25', title: 'Christmas Day' },
    { date: '2013-12-26', title: 'Boxing Day' },
  ],
  2014: [
    { date: '2014-01-01', title: 'New Year’s Day' },
    { date: '2014-04-18', title: 'Good Friday' },
    { date: '2014-04-21', title: 'Easter Monday' },
    { date: '2014-05-05', title: 'Early May bank holiday' },
    { date: '2014-05-26', title: 'Spring bank holiday' },
    { date: '2014-08-25', title: 'Summer bank holiday' },
    { date: '2014-12-25', title: 'Christmas Day' },
    { date: '2014-12-26', title: 'Boxing Day' },
  ],
  2015: [
    { date: '2015-01-01', title: 'New Year’s Day' },
    { date: '2015-04-03', title: 'Good Friday' },
    { date: '2015-04-06', title: 'Easter Monday' },
    { date: '2015-05-04', title: 'Early May bank holiday' },
    { date: '2015-05-25', title: 'Spring bank holiday' },
    { date: '2015-08-31', title: 'Summer bank holiday' },
    { date: '2015-12-25', title: 'Christmas Day' },
    { date: '2015-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2016: [
    { date: '2016-01-01', title: 'New Year’s Day' },
    { date: '2016-03-25', title: 'Good Friday' },
    { date: '2016-03-28', title: 'Easter Monday' },
    { date: '2016-05-02', title: 'Early May bank holiday' },
    { date: '2016-05-30', title: 'Spring bank holiday' },
    { date: '2016-08-29', title: 'Summer bank holiday' },
    { date: '2016-12-26', title: 'Boxing Day' },
    { date: '2016-12-27', title: 'Christmas Day (substitute day)' },
  ],
  2017: [
    { date: '2017-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2017-04-14', title: 'Good Friday' },
    { date: '2017-04-17', title: 'Easter Monday' },
    { date: '2017-05-01', title: 'Early May bank holiday' },
    { date: '2017-05-29', title: 'Spring bank holiday' },
    { date: '2017-08-28', title: 'Summer bank holiday' },
    { date: '2017-12-25', title: 'Christmas Day' },
    { date: '2017-12-26', title: 'Boxing Day' },
  ],
  2018: [
    { date: '2018-01-01', title: 'New Year’s Day' },
    { date: '2018-03-30', title: 'Good Friday' },
    { date: '2018-04-02', title: 'Easter Monday' },
    { date: '2018-05-07', title: 'Early May bank holiday' },
    { date: '2018-05-28', title: 'Spring bank holiday' },
    { date: '2018-08-27', title: 'Summer bank holiday' },
    { date: '2018-12-25', title: 'Christmas Day' },
    { date: '2018-12-26', title: 'Boxing Day' },
  ],
  2019: [
    { date: '2019-01-01', title: 'New Year’s Day' },
    { date: '2019-04-19', title: 'Good Friday' },
    { date: '2019-04-22', title: 'Easter Monday' },
    { date: '2019-05-06', title: 'Early May bank holiday' },
    { date: '2019-05-27', title: 'Spring bank holiday' },
    { date: '2019-08-26', title: 'Summer bank holiday' },
    { date: '2019-12-25', title: 'Christmas Day' },
    { date: '2019-12-26', title: 'Boxing Day' },
  ],
  2020: [
    { date: '2020-01-01', title: 'New Year’s Day' },
    { date: '2020-04-10', title: 'Good Friday' },
    { date: '2020-04-13', title: 'Easter Monday' },
    { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
    { date: '2020-05-25', title: 'Spring bank holiday' },
    { date: '2020-08-31', title: 'Summer bank holiday' },
    { date: '2020-12-25', title: 'Christmas Day' },
    { date: '2020-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2021: [
    { date: '2021-01-01', title: 'New Year’s Day' },
    { date: '2021-04-02', title: 'Good Friday' },
    { date: '2021-04-05', title: 'Easter Monday' },
    { date: '2021-05-03', title: 'Early May bank holiday' },
    { date: '2021-05-31', title: 'Spring bank holiday' },
    { date: '2021-08-30', title: 'Summer bank holiday' },
    { date: '2021-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2021-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2022: [
    { date: '2022-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2022-04-15', title: 'Good Friday' },
    { date: '2022-04-18', title: 'Easter Monday' },
    { date: '2022-05-02', title: 'Early May bank holiday' },
    { date: '2022-06-02', title: 'Spring bank holiday' },
    { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
    { date: '2022-08-29', title: 'Summer bank holiday' },
    { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    { date: '2022-12-26', title: 'Boxing Day' },
    { date: '2022-12-27', title: 'Christmas Day (substitute day)' },
  ],
  2023: [
    { date: '2023-01-02', title: 'New Year’s Day (substitute day)' },
    { date: '2023-04-07', title: 'Good Friday' },
    { date: '2023-04-10', title: 'Easter Monday' },
    { date: '2023-05-01', title: 'Early May bank holiday' },
    { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' },
    { date: '2023-05-29', title: 'Spring bank holiday' },
    { date: '2023-08-28', title: 'Summer bank holiday' },
    { date: '2023-12-25', title: 'Christmas Day' },
    { date: '2023-12-26', title: 'Boxing Day' },
  ],
  2024: [
    { date: '2024-01-01', title: 'New Year’s Day' },
    { date: '2024-03-29', title: 'Good Friday' },
    { date: '2024-04-01', title: 'Easter Monday' },
    { date: '2024-05-06', title: 'Early May bank holiday' },
    { date: '2024-05-27', title: 'Spring bank holiday' },
    { date: '2024-08-26', title: 'Summer bank holiday' },
    { date: '2024-12-25', title: 'Christmas Day' },
    { date: '2024-12-26', title: 'Boxing Day' },
  ],
  2025: [
    { date: '2025-01-01', title: 'New Year’s Day' },
    { date: '2025-04-18', title: 'Good Friday' },
    { date: '2025-04-21', title: 'Easter Monday' },
    { date: '2025-05-05', title: 'Early May bank holiday' },
    { date: '2025-05-26', title: 'Spring bank holiday' },
    { date: '2025-08-25', title: 'Summer bank holiday' },
    { date: '2025-12-25', title: 'Christmas Day' },
    { date: '2025-12-26', title: 'Boxing Day' },
  ],
  2026: [
    { date: '2026-01-01', title: 'New Year’s Day' },
    { date: '2026-04-03', title: 'Good Friday' },
    { date: '2026-04-06', title: 'Easter Monday' },
    { date: '2026-05-04', title: 'Early May bank holiday' },
    { date: '2026-05-25', title: 'Spring bank holiday' },
    { date: '2026-08-31', title: 'Summer bank holiday' },
    { date: '2026-12-25', title: 'Christmas Day' },
    { date: '2026-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2027: [
    { date: '2027-01-01', title: 'New Year’s Day' },
    { date: '2027-03-26', title: 'Good Friday' },
    { date: '2027-03-29', title: 'Easter Monday' },
    { date: '2027-05-03', title: 'Early May bank holiday' },
    { date: '2027-05-31', title: 'Spring bank holiday' },
    { date: '2027-08-30', title: 'Summer bank holiday' },
    { date: '2027-12-27', title: 'Christmas Day (substitute day)' },
    { date: '2027-12-28', title: 'Boxing Day (substitute day)' },
  ],
  2028: [
    { date: '2028-01-03', title: 'New Year’s Day (substitute day)' },
    { date: '2028-04-14', title: 'Good Friday' },
    { date: '2028-04-17', title: 'Easter Monday' },
    { date: '2028-05-01', title: 'Early May bank holiday' },
    { date: '2028-05-29', title: 'Spring bank holiday' },
    { date: '2028-08-28', title: 'Summer bank holiday' },
    { date: '2028-12-25', title: 'Christmas Day' },
    { date: '2028-12-26', title: 'Boxing Day' },
  ],
  2029: [
    { date: '2029-01-01', title: 'New Year’s Day' },
    { date: '2029-03-30', title: 'Good Friday' },
    { date: '2029-04-02', title: 'Easter Monday' },
    { date: '2029-05-07', title: 'Early May bank holiday' },
    { date: '2029-05-28', title: 'Spring bank holiday' },
    { date: '2029-08-27', title: 'Summer bank holiday' },
    { date: '2029-12-25', title: 'Christmas Day' },
    { date: '2029-12-26', title: 'Boxing Day' },
  ],
  2030: [
    { date: '2030-01-01', title: 'New Year’s Day' },
    { date: '2030-04-19', title: 'Good Friday' },
    { date: '2030-04-22', title: 'Easter Monday' },
    { date: '2030-05-06', title: 'Early May bank holiday' },
    { date: '2030-05-27', title: 'Spring bank holiday' },
    { date: '2030-08-26', title: 'Summer bank holiday' },
    { date: '2030-12-25', title: 'Christmas Day' },
    { date: '2030-12-26', title: 'Boxing Day' },
  ],
};
