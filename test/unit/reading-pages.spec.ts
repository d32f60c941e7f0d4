/** The pure parts of the reading pages: the plan's filters and sorting, the as-at date, indicator periods. */
import { measurementPeriodFor, parsePeriod } from '../../src/domain/periods';
import { areaLabel } from '../../src/domain/vocabulary';
import type { ActionStatusLine } from '../../src/rag/plan-status';
import { filterActions, filterChoices, filtersFrom, sortActions, sortFrom } from '../../src/web/action-table';
import { asAtFrom } from '../../src/web/as-at-date';
import { createViewEnvironment } from '../../src/web/views';

function line(overrides: Partial<ActionStatusLine>): ActionStatusLine {
  return {
    id: overrides.reference ?? 'x',
    planId: 'p',
    reference: 'O1',
    title: 'An action',
    kind: 'outcome',
    startDate: '2008-10-01',
    rag: 'green',
    reason: 'On track.',
    overridden: false,
    updateOverdue: false,
    owner: null,
    leadPartner: null,
    recommendation: { id: 'r1', position: 1, text: 'Do better' },
    judgementAreaKey: null,
    ecmOutcome: null,
    dueDate: '2010-03-31',
    percentComplete: 50,
    latestUpdate: null,
    ...overrides,
    judgementAreaLabel:
      overrides.judgementAreaLabel ?? (overrides.judgementAreaKey ? areaLabel(overrides.judgementAreaKey) : null),
  };
}

const helen = { id: 'u1', name: 'Helen Ashworth' };
const lines = [
  line({ reference: 'O10', rag: 'amber', owner: helen, dueDate: '2009-06-30', judgementAreaKey: 'safeguarding' }),
  line({
    reference: 'O2',
    rag: 'red',
    title: 'Cut obesity',
    recommendation: { id: 'r2', position: 2, text: 'Health' },
  }),
  line({ reference: 'P1', kind: 'process', rag: 'complete', owner: helen, percentComplete: 100 }),
];

describe('the plan’s actions table', () => {
  it('keeps only the rows every chosen filter matches, and ignores unknown or empty ones', () => {
    const sut = filtersFrom({ owner: 'u1', kind: 'outcome', rag: '', colour: 'red' });
    expect(sut).toEqual({ owner: 'u1', kind: 'outcome' });
    expect(filterActions(lines, sut).map((row) => row.reference)).toEqual(['O10']);
    expect(filterActions(lines, { owner: 'none' }).map((row) => row.reference)).toEqual(['O2']);
    expect(filterActions(lines, { area: 'safeguarding' }).map((row) => row.reference)).toEqual(['O10']);
    expect(filterActions(lines, { recommendation: '2' }).map((row) => row.reference)).toEqual(['O2']);
  });

  it('sorts by a column either way, references in their natural order, ties by reference', () => {
    expect(sortFrom({ sort: 'nonsense', order: 'sideways' })).toEqual({ sort: 'reference', order: 'ascending' });
    const references = (sort: Parameters<typeof sortActions>[1], order: 'ascending' | 'descending') =>
      sortActions(lines, sort, order).map((row) => row.reference);
    expect(references('reference', 'ascending')).toEqual(['O2', 'O10', 'P1']);
    expect(references('reference', 'descending')).toEqual(['P1', 'O10', 'O2']);
    expect(references('rag', 'ascending')).toEqual(['O2', 'O10', 'P1']);
    expect(references('due', 'ascending')).toEqual(['O10', 'O2', 'P1']);
    expect(references('owner', 'ascending')).toEqual(['O10', 'P1', 'O2']);
    expect(references('complete', 'descending')).toEqual(['P1', 'O2', 'O10']);
  });

  it('offers each filter’s values in words, worst colour first and "none" last', () => {
    const sut = filterChoices(lines);
    expect(sut.rag).toEqual([
      { value: 'red', text: 'Red' },
      { value: 'amber', text: 'Amber' },
      { value: 'complete', text: 'Complete' },
    ]);
    expect(sut.owner).toEqual([
      { value: 'u1', text: 'Helen Ashworth' },
      { value: 'none', text: 'No owner' },
    ]);
    expect(sut.area).toEqual([
      { value: 'safeguarding', text: 'Safeguarding' },
      { value: 'none', text: 'No judgement area' },
    ]);
    expect(sut.kind.map((choice) => choice.text)).toEqual(['Outcome', 'Process']);
  });
});

describe('the dashboard’s as-at date', () => {
  const today = '2026-12-02';

  it('is today when nothing is given', () => {
    expect(asAtFrom({}, today)).toEqual({ asOf: today, error: null, fields: { day: '2', month: '12', year: '2026' } });
  });

  it('reads the day, month and year of the date input, or a YYYY-MM-DD date', () => {
    expect(asAtFrom({ 'asOf-day': '20', 'asOf-month': '10', 'asOf-year': '2009' }, today).asOf).toBe('2009-10-20');
    expect(asAtFrom({ asOf: '2009-03-31' }, today)).toEqual({
      asOf: '2009-03-31',
      error: null,
      fields: { day: '31', month: '3', year: '2009' },
    });
  });

  it.each([
    [{ 'asOf-day': '20', 'asOf-month': '', 'asOf-year': '2009' }, 'Enter a day, month and year'],
    [{ 'asOf-day': 'x', 'asOf-month': '1', 'asOf-year': '2009' }, 'Enter the date as numbers, for example 31 3 2009'],
    [{ 'asOf-day': '31', 'asOf-month': '2', 'asOf-year': '2009' }, 'Enter a real date, for example 31 3 2009'],
    [{ 'asOf-day': '1', 'asOf-month': '1', 'asOf-year': '2027' }, 'The date must be today or in the past'],
    [{ asOf: 'yesterday' }, 'Enter a real date, for example 31 3 2009'],
  ])('refuses %j with a sentence, falling back to today', (query, error) => {
    expect(asAtFrom(query, today)).toMatchObject({ asOf: today, error });
  });
});

describe('the period an update’s indicator value is for', () => {
  const q3 = (
    parsePeriod('2008-09 Q3', 'quarterly') as { ok: true; period: { label: string; start: string; end: string } }
  ).period;

  it.each([
    ['quarterly', '2008-09 Q3'],
    ['annual', '2008-09 Q3'],
    ['academic_year', '2008/09'],
    ['monthly', '2008-12'],
  ] as const)('for an indicator measured %s, is %s', (frequency, label) => {
    expect(measurementPeriodFor(q3, frequency).label).toBe(label);
  });

  it('takes the academic year the quarter ends in', () => {
    const summer = (parsePeriod('2009-10 Q2', 'quarterly') as { ok: true; period: typeof q3 }).period;
    expect(measurementPeriodFor(summer, 'academic_year')).toEqual({
      label: '2009/10',
      start: '2009-09-01',
      end: '2010-08-31',
    });
  });
});

describe('RAG as a word and a colour', () => {
  it('prints a tag with its word, and a direction of travel with an arrow hidden from screen readers', () => {
    const sut = createViewEnvironment();
    const html = sut.renderString(
      `{% from "partials/tags.njk" import actionRagTag, directionOfTravel %}{{ actionRagTag('not_started') }}{{ actionRagTag(null) }}{{ directionOfTravel('worsening') }}{{ directionOfTravel(null) }}`,
      {},
    );
    expect(html).toMatch(/<strong class="govuk-tag app-rag--not_started">\s*Not started\s*<\/strong>/);
    expect(html).toMatch(/<strong class="govuk-tag app-rag--not_rated">\s*Not rated\s*<\/strong>/);
    expect(html).toContain('<span aria-hidden="true">↓</span> Worsening');
    expect(html).toContain('Not enough values');
  });
});
