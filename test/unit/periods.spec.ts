/** Reporting periods as council papers name them, and the date arithmetic plans rely on. */
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  endOfMonthsFrom,
  isIsoDate,
  financialQuarterOf,
  londonToday,
  parseMeasurementPeriod,
  parsePeriod,
  quarterEndsWithin,
} from '../../src/domain/periods';

describe('periods', () => {
  it.each([
    ['2008-09 Q1', 'quarterly', '2008-04-01', '2008-06-30'],
    ['2008-09 Q3', 'quarterly', '2008-10-01', '2008-12-31'],
    ['2008-09 Q4', 'quarterly', '2009-01-01', '2009-03-31'],
    ['2008-09', 'annual', '2008-04-01', '2009-03-31'],
    ['1999-00', 'annual', '1999-04-01', '2000-03-31'],
    ['2008/09', 'academic_year', '2008-09-01', '2009-08-31'],
    ['2009-02', 'monthly', '2009-02-01', '2009-02-28'],
  ] as const)('%s read as %s runs %s to %s', (label, frequency, start, end) => {
    expect(parsePeriod(label, frequency)).toEqual({ ok: true, period: { label, start, end } });
  });

  it.each([
    ['2008-09', 'quarterly', '2008-09 Q3'],
    ['2008-09 Q5', 'quarterly', '2008-09 Q3'],
    ['2008-10 Q1', 'quarterly', '2008-09 Q3'],
    ['2008/09', 'annual', '2008-09'],
    ['2008-09', 'academic_year', '2008/09'],
    ['2009-13', 'monthly', '2008-10'],
    ['Q3', 'quarterly', '2008-09 Q3'],
  ] as const)('refuses %s as %s, showing the right form', (label, frequency, example) => {
    const result = parsePeriod(label, frequency);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(`"${example}"`);
  });

  it('takes in-year values for an annual indicator, but only academic years for an academic-year one', () => {
    expect(parseMeasurementPeriod('2008-09 Q3', 'annual')).toMatchObject({ ok: true, period: { end: '2008-12-31' } });
    expect(parseMeasurementPeriod('2008-09', 'annual')).toMatchObject({ ok: true, period: { end: '2009-03-31' } });
    const refused = parseMeasurementPeriod('2008-09 Q3', 'academic_year');
    expect(refused).toEqual({ ok: false, message: '"2008-09 Q3" is not an academic year: write it like "2008/09".' });
    expect(parseMeasurementPeriod('Q3', 'annual')).toEqual({
      ok: false,
      message:
        '"Q3" is not a financial year or a shorter period within one: write it like "2008-09" or "2008-09 Q3" or "2008-10".',
    });
  });

  it('names the UK financial-year quarter of a date', () => {
    expect(financialQuarterOf('2009-03-31').label).toBe('2008-09 Q4');
    expect(financialQuarterOf('2009-04-01').label).toBe('2009-10 Q1');
  });

  it('ends a span of months on the day before the same date, clamping short months', () => {
    expect(endOfMonthsFrom('2008-10-01', 12)).toBe('2009-09-30');
    expect(endOfMonthsFrom('2008-10-01', 3)).toBe('2008-12-31');
    expect(endOfMonthsFrom('2009-01-31', 1)).toBe('2009-02-27');
  });

  it('lists the quarter ends inside a span', () => {
    expect(quarterEndsWithin('2008-10-15', '2009-07-01')).toEqual(['2008-12-31', '2009-03-31', '2009-06-30']);
    expect(quarterEndsWithin('2008-10-15', '2008-11-30')).toEqual([]);
  });

  it("takes today in London, not the server's zone", () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('agrees with the calendar on adding and counting days, over two centuries', () => {
    const day = fc.integer({ min: Date.UTC(1901, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 });
    const iso = (days: number) => new Date(days * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (start, offset) => {
        expect(addDays(iso(start), offset)).toBe(iso(start + offset));
        expect(daysBetween(iso(start), iso(start + offset))).toBe(offset);
      }),
    );
  });

  it('refuses dates that are not on the calendar', () => {
    expect(isIsoDate('2009-02-29')).toBe(false);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2009-13-01')).toBe(false);
    expect(isIsoDate('2009-1-01')).toBe(false);
  });
});
