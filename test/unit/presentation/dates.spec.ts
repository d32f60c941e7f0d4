/** The one way dates and times are written, on pages, in papers and in the reasons the rules give. */
import fc from 'fast-check';
import { govukDate, govukDateTime } from '../../../src/presentation/dates';

describe('govukDate', () => {
  it('writes a date-only value as it is, the GOV.UK way', () => {
    expect(govukDate('2008-09-11')).toBe('11 September 2008');
    expect(govukDate('2025-01-01')).toBe('1 January 2025');
    expect(govukDate('2008-02-29')).toBe('29 February 2008');
    expect(govukDate('2009-12-31')).toBe('31 December 2009');
  });

  it('writes an instant as its day in London, in summer and in winter', () => {
    // Just before midnight UTC in summer is already the next day in London; in winter it is not.
    expect(govukDate(new Date('2025-06-30T23:30:00Z'))).toBe('1 July 2025');
    expect(govukDate(new Date('2025-12-31T23:30:00Z'))).toBe('31 December 2025');
  });

  it('gives nothing for nothing, and leaves a string that is not a real date as it is', () => {
    expect(govukDate(null)).toBe('');
    expect(govukDate(undefined)).toBe('');
    expect(govukDate('')).toBe('');
    expect(govukDate(new Date('not a date'))).toBe('');
    expect(govukDate('2009-02-29')).toBe('2009-02-29');
    expect(govukDate('2009-13-01')).toBe('2009-13-01');
    expect(govukDate('next Tuesday')).toBe('next Tuesday');
  });

  it('writes every calendar day from 1990 to 2100 as its day, month name and year', () => {
    const day = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (instant) => {
        const iso = instant.toISOString().slice(0, 10);
        const expected = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
        expect(govukDate(iso)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('govukDateTime', () => {
  it('writes times in London, the GOV.UK way', () => {
    expect(govukDateTime(new Date('2008-09-11T13:05:00Z'))).toBe('11 September 2008 at 2:05pm');
    expect(govukDateTime(new Date('2025-01-15T10:00:00Z'))).toBe('15 January 2025 at 10am');
    expect(govukDateTime(new Date('2025-01-15T12:00:00Z'))).toBe('15 January 2025 at midday');
    expect(govukDateTime(new Date('2025-01-15T00:00:00Z'))).toBe('15 January 2025 at midnight');
    expect(govukDateTime(new Date('2025-01-15T00:30:00Z'))).toBe('15 January 2025 at 12:30am');
    expect(govukDateTime('2025-07-01T08:07:00Z')).toBe('1 July 2025 at 9:07am');
  });

  it('gives nothing for nothing or for a string that is not an instant', () => {
    expect(govukDateTime(undefined)).toBe('');
    expect(govukDateTime(null)).toBe('');
    expect(govukDateTime('soon')).toBe('');
  });
});
