/**
 * Which value is an indicator's current position on the date a plan is read, and the target it is
 * judged against on the date a value measures: a profile from baseline to target, not the end target
 * in every quarter.
 */
import {
  type DatedValue,
  type ProfiledIndicatorTarget,
  indicatorPosition,
  profiledIndicatorRag,
  profiledTargetAt,
} from '../../../src/rag/rules';

const annual = (period: string, periodEnd: string, value: number): DatedValue => ({ period, periodEnd, value });

describe('indicatorPosition', () => {
  const values = [
    annual('2008-09', '2009-03-31', 71),
    annual('2009-10', '2010-03-31', 74),
    annual('2007-08', '2008-03-31', 69),
  ];

  it('shows a 2009 value in a 2027 plan as history, not as the latest', () => {
    const sut = indicatorPosition(values, 'annual', '2027-06-01');
    expect(sut.latest).toBeNull();
    expect(sut.history.map((value) => value.period)).toEqual(['2009-10', '2008-09', '2007-08']);
    expect(sut.reason).toBe(
      'No current value: the last, for 2009-10 (to 31 March 2010), is more than a year old on 1 June 2027 for a measure taken once a financial year, so it is shown as history.',
    );
  });

  it('keeps an annual value as the latest for one year after its period ends', () => {
    const sut = indicatorPosition(values, 'annual', '2011-03-31');
    expect(sut.latest?.period).toBe('2009-10');
    expect(sut.history.map((value) => value.period)).toEqual(['2008-09', '2007-08']);
    expect(sut.reason).toBe(
      'Latest: 2009-10 (to 31 March 2010), current until 31 March 2011 for a measure taken once a financial year.',
    );
    expect(indicatorPosition(values, 'annual', '2011-04-01').latest).toBeNull();
  });

  it('keeps a quarterly value for three months, a monthly one for a month', () => {
    const quarter = [annual('2026-27 Q3', '2026-12-31', 12)];
    expect(indicatorPosition(quarter, 'quarterly', '2027-03-31').latest?.value).toBe(12);
    expect(indicatorPosition(quarter, 'quarterly', '2027-04-01').latest).toBeNull();
    const month = [annual('2027-01', '2027-01-31', 3)];
    expect(indicatorPosition(month, 'monthly', '2027-02-28').latest?.value).toBe(3);
    expect(indicatorPosition(month, 'monthly', '2027-03-01').latest).toBeNull();
  });

  it('leaves out values for periods not yet ended on the as-of date, so a past paper shows what was known then', () => {
    const sut = indicatorPosition(values, 'annual', '2009-12-01');
    expect(sut.latest?.period).toBe('2008-09');
    expect(sut.history.map((value) => value.period)).toEqual(['2007-08']);
  });

  it('says when nothing is recorded', () => {
    expect(indicatorPosition([], 'annual', '2027-06-01')).toEqual({
      latest: null,
      history: [],
      reason: 'No value recorded yet.',
    });
  });
});

describe('profiledTargetAt', () => {
  const line = { baseline: { value: 40, date: '2026-03-31' }, target: { value: 60, date: '2028-03-31' } };

  it('draws a straight line from the baseline to the target', () => {
    expect(profiledTargetAt(line, '2027-03-31')).toEqual({
      value: 50,
      basis: 'straight_line',
      reason:
        'the profiled target of 50 for 31 March 2027, on the straight line from 40 at 31 March 2026 to 60 by 31 March 2028',
    });
    expect(profiledTargetAt(line, '2026-09-30').value).toBe(45);
    expect(profiledTargetAt(line, '2026-04-15').value).toBe(40.42);
    expect(profiledTargetAt(line, '2026-01-31')).toMatchObject({ value: 40, basis: 'baseline' });
    expect(profiledTargetAt(line, '2028-06-30')).toMatchObject({ value: 60, basis: 'end_target' });
  });

  it('follows the quarterly milestones the clerk sets instead of the line', () => {
    const stepped = {
      ...line,
      milestones: [
        { date: '2026-09-30', value: 41 },
        { date: '2026-06-30', value: 40 },
        { date: '2026-12-31', value: 46 },
      ],
    };
    expect(profiledTargetAt(stepped, '2026-11-30')).toEqual({
      value: 41,
      basis: 'milestone',
      reason: 'the milestone of 41 set for 30 September 2026',
    });
    expect(profiledTargetAt(stepped, '2027-03-31').value).toBe(46);
    expect(profiledTargetAt(stepped, '2026-04-30')).toMatchObject({ value: 40, basis: 'baseline' });
  });

  it('judges against the end target when no baseline or date allows a profile', () => {
    expect(profiledTargetAt({ baseline: null, target: { value: 60, date: null } }, '2027-03-31')).toEqual({
      value: 60,
      basis: 'end_target',
      reason: 'the end target of 60',
    });
  });
});

describe('profiledIndicatorRag', () => {
  const target: ProfiledIndicatorTarget = {
    polarity: 'higher_is_better',
    toleranceKind: 'percentage',
    toleranceValue: 5,
    profile: { baseline: { value: 40, date: '2026-03-31' }, target: { value: 60, date: '2028-03-31' } },
  };

  it('is green for a value on track for the end target that the end target alone would call red', () => {
    expect(profiledIndicatorRag(target, { value: 50, date: '2027-03-31' })).toEqual({
      rag: 'green',
      reason:
        'Against the profiled target of 50 for 31 March 2027, on the straight line from 40 at 31 March 2026 to 60 by 31 March 2028: 50 is at or above the target of 50.',
    });
  });

  it('applies the tolerance to the profiled target', () => {
    expect(profiledIndicatorRag(target, { value: 48, date: '2027-03-31' }).rag).toBe('amber');
    expect(profiledIndicatorRag(target, { value: 45, date: '2027-03-31' }).rag).toBe('red');
  });

  it('is polarity-aware on the profile too', () => {
    const fewer: ProfiledIndicatorTarget = {
      ...target,
      polarity: 'lower_is_better',
      profile: { baseline: { value: 24, date: '2026-03-31' }, target: { value: 16, date: '2027-03-31' } },
    };
    expect(profiledIndicatorRag(fewer, { value: 20, date: '2026-09-30' }).rag).toBe('green');
    expect(profiledIndicatorRag(fewer, { value: 23, date: '2026-09-30' }).rag).toBe('red');
  });

  it('has no data without a current value or a target', () => {
    expect(profiledIndicatorRag(target, null)).toEqual({ rag: 'no_data', reason: 'No current value.' });
    expect(profiledIndicatorRag({ ...target, profile: null }, { value: 1, date: '2027-03-31' }).rag).toBe('no_data');
  });
});
