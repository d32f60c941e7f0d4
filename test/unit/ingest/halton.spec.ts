/**
 * The golden input: Halton's Executive Board paper on its Joint Area Review (seeds/). Exactly seven
 * judgements, thirteen recommendations verbatim, and nothing else taken.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';

const HALTON = readFileSync(join(__dirname, '../../fixtures/halton-jar-executive-board-2008.txt'), 'utf8');

describe('parseInspectionText on the Halton JAR paper', () => {
  const sut = parseInspectionText(HALTON);

  it('finds the authority, the kind and the paper date, each with its line', () => {
    expect(sut.authority).toEqual({ name: 'Halton', lines: [11, 11] });
    expect(sut.kind).toBe('JAR');
    expect(sut.kindLines).toEqual([7, 7]);
    expect(sut.dates).toEqual({ paper: { date: '2008-09-11', lines: [3, 3] } });
  });

  it('reads exactly the seven graded judgements of the table, scored and judged-not-scored', () => {
    expect(
      sut.judgements.map(({ key, label, grade, scored, lines }) => ({ key, label, grade, scored, lines })),
    ).toEqual([
      {
        key: 'safeguarding',
        label: 'Safeguarding',
        grade: { published: 'Outstanding', normalised: 'outstanding', level: 4 },
        scored: true,
        lines: [34, 34],
      },
      {
        key: 'looked_after_children',
        label: 'Children in Care',
        grade: { published: 'Good', normalised: 'good', level: 3 },
        scored: true,
        lines: [35, 35],
      },
      {
        key: 'ldd',
        label: 'Learning Difficulties and Disabilities',
        grade: { published: 'Good', normalised: 'good', level: 3 },
        scored: true,
        lines: [36, 36],
      },
      {
        key: 'service_management',
        label: 'Service Management',
        grade: { published: 'Good', normalised: 'good', level: 3 },
        scored: true,
        lines: [37, 37],
      },
      {
        key: 'capacity_to_improve',
        label: 'Capacity to Improve',
        grade: { published: 'Outstanding', normalised: 'outstanding', level: 4 },
        scored: true,
        lines: [38, 38],
      },
      {
        key: 'health',
        label: 'Health',
        grade: { published: 'Adequate', normalised: 'adequate', level: 2 },
        scored: false,
        lines: [39, 39],
      },
      {
        key: 'youth_support',
        label: 'Youth Support',
        grade: { published: 'Good', normalised: 'good', level: 3 },
        scored: false,
        lines: [40, 40],
      },
    ]);
  });

  it('notes where the findings repeat a grade ("Safeguarding is outstanding.")', () => {
    const byKey = Object.fromEntries(sut.judgements.map((judgement) => [judgement.key, judgement.alsoAt]));
    expect(byKey.safeguarding).toEqual([[44, 44]]);
    expect(byKey.looked_after_children).toEqual([[45, 45]]);
    expect(byKey.service_management).toEqual([[49, 49]]);
    expect(byKey.capacity_to_improve).toEqual([[49, 49]]);
  });

  it('reads the thirteen recommendations verbatim: four outcome, nine process', () => {
    expect(
      sut.recommendations.map(({ text, kind, timescale, addressee, lines }) => ({
        text,
        kind,
        timescale,
        addressee,
        lines,
      })),
    ).toEqual([
      {
        text: 'Improve attendance, attainment, and achievement of young people not in education, employment or training',
        kind: 'outcome',
        timescale: null,
        addressee: null,
        lines: [61, 61],
      },
      {
        text: 'Improve health outcomes for childhood obesity, breastfeeding and reduce infant mortality.',
        kind: 'outcome',
        timescale: null,
        addressee: null,
        lines: [62, 62],
      },
      {
        text: 'Improve numbers and attainment of Care Leavers in Education, Employment or Training',
        kind: 'outcome',
        timescale: null,
        addressee: null,
        lines: [63, 63],
      },
      {
        text: 'Increase numbers of young people in Permanent Accommodation',
        kind: 'outcome',
        timescale: null,
        addressee: null,
        lines: [64, 64],
      },
      {
        text: 'Approach to Equality and Diversity to be more robust and address the needs of all communities in Halton',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [68, 68],
      },
      {
        text: 'Further embed safeguarding principles in the Borough',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [69, 69],
      },
      {
        text: 'Improve placement options for children in care to ensure their wishes and needs are comprehensively addressed.',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [70, 70],
      },
      {
        text: 'Improve Support, Education and Transition Arrangements for Children and Young People with LDD.',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [71, 71],
      },
      {
        text: 'Improve SEN process and SEN Reviews',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [72, 72],
      },
      {
        text: 'Improve Transition Planning and Reviews as a means of promoting better outcomes for children and young people with LDD',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [73, 73],
      },
      {
        text: 'Improve Medium and Long Term Financial Planning',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [74, 74],
      },
      {
        text: 'Improve Data Collection and Intelligence Systems',
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [75, 75],
      },
      {
        text: "Improve Accountability Arrangements in Children's Trust",
        kind: 'process',
        timescale: null,
        addressee: null,
        lines: [76, 76],
      },
    ]);
  });

  it('keeps the line numbers of the file: each span holds the text it claims', () => {
    const lines = HALTON.split('\n');
    expect(sut.text.split('\n').slice(0, lines.length)).toEqual(lines);
    for (const recommendation of sut.recommendations) {
      expect(lines[recommendation.lines![0] - 1]).toContain(recommendation.text);
    }
    expect(lines[33]).toBe('Safeguarding\tOutstanding');
    expect(lines[39]).toBe('Youth Support\tGood');
  });

  it("warns about the committee's own recommendations instead of taking them", () => {
    expect(sut.warnings.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 15, code: 'committee_recommendation' },
      { line: 17, code: 'committee_recommendation' },
    ]);
  });
});
