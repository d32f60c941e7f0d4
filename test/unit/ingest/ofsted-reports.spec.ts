/**
 * The three Ofsted reports as published (fixtures/inspections, with what a careful reader takes from
 * them in expected.json): every judgement with its normalised grade, every recommendation verbatim
 * (after whitespace normalisation) with its timescale, and none of the traps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GradeKey, Timescale } from '../../../src/domain/vocabulary';
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection } from '../../../src/inspections/ingest/parse-inspection';

const FIXTURES = join(__dirname, '../../fixtures/inspections');

interface Expected {
  file: string;
  authority: string;
  judgements: { area: string; grade: string }[];
  recommendations: { text: string; timescale: string }[];
}

const EXPECTED: Expected[] = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

/** What the careful reader's areas are called in the vocabulary (a reader's label → our key). */
const AREA_KEYS: Record<string, Record<string, string>> = {
  'norfolk-2013-looked-after-children-inspection.pdf': {
    'Overall effectiveness of services for looked after children and young people': 'overall_effectiveness',
    'Capacity to improve': 'capacity_to_improve',
    'Outcomes for looked after children and young people': 'outcomes',
    'Quality of provision': 'quality_of_provision',
    'Leadership and management': 'leadership_and_management',
  },
  'isle-of-wight-2014-sif-inspection.pdf': {
    "Overall effectiveness (children's services)": 'overall_effectiveness',
    '1. Children who need help and protection': 'help_and_protection',
    '2. Children looked after and achieving permanence': 'children_looked_after',
    '2.1 Adoption performance': 'adoption',
    '2.2 Experiences and progress of care leavers': 'care_leavers',
    '3. Leadership, management and governance': 'leadership',
    'Local Safeguarding Children Board (LSCB)': 'lscb',
  },
  'haringey-2018-ilacs-inspection.pdf': {
    'The impact of leaders on social work practice with children and families': 'leadership',
    'The experiences and progress of children who need help and protection': 'help_and_protection',
    'The experiences and progress of children in care and care leavers': 'children_in_care',
    'Overall effectiveness': 'overall_effectiveness',
  },
};

const KIND: Record<string, string> = {
  'norfolk-2013-looked-after-children-inspection.pdf': 'LAC',
  'isle-of-wight-2014-sif-inspection.pdf': 'SIF',
  'haringey-2018-ilacs-inspection.pdf': 'ILACS',
};

const DATES: Record<string, { inspection: [string, string]; published?: string }> = {
  'norfolk-2013-looked-after-children-inspection.pdf': {
    inspection: ['2013-07-08', '2013-07-12'],
    published: '2013-08-16',
  },
  'isle-of-wight-2014-sif-inspection.pdf': { inspection: ['2014-09-16', '2014-10-08'], published: '2014-11-19' },
  // The publication date of this report is not printed in it.
  'haringey-2018-ilacs-inspection.pdf': { inspection: ['2018-10-29', '2018-11-09'] },
};

/** The reader's timescale headings, in the product's words. */
function timescaleOf(heading: string): Timescale | null {
  const lower = heading.toLowerCase();
  if (lower === 'immediately' || lower === 'priority and immediate action') return 'immediate';
  if (lower === 'within three months') return 'within_three_months';
  if (lower === 'within six months') return 'within_six_months';
  return null;
}

/** The reader writes grades with notes ("Require improvement (summary table) / …"): its first grade word. */
function gradeOf(published: string): GradeKey {
  const lower = published.toLowerCase();
  for (const [pattern, key] of [
    [/\binadequate\b/, 'inadequate'],
    [/\brequires? improvement\b/, 'requires_improvement'],
    [/\boutstanding\b/, 'outstanding'],
    [/\bgood\b/, 'good'],
    [/\badequate\b/, 'adequate'],
  ] as const) {
    if (pattern.test(lower)) return key;
  }
  throw new Error(`no grade in ${published}`);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What differs between the reader's list and the draft's, in words a failure message can show. */
function recommendationDifferences(expected: Expected, draft: InspectionDraft) {
  const wanted = expected.recommendations.map((item) => ({
    text: squash(item.text),
    timescale: timescaleOf(item.timescale),
  }));
  const found = draft.recommendations.map((item) => ({
    text: squash(item.text),
    timescale: item.timescale,
    lines: item.lines,
  }));
  const foundTexts = new Set(found.map((item) => item.text));
  const wantedTexts = new Set(wanted.map((item) => item.text));
  return {
    missing: wanted.filter((item) => !foundTexts.has(item.text)).map((item) => item.text),
    unexpected: found
      .filter((item) => !wantedTexts.has(item.text))
      .map((item) => `${JSON.stringify(item.lines)} ${item.text}`),
    wrongTimescale: wanted.flatMap((item) => {
      const match = found.find((candidate) => candidate.text === item.text);
      return match && match.timescale !== item.timescale
        ? [`${item.text.slice(0, 60)}…: expected ${item.timescale}, got ${match.timescale}`]
        : [];
    }),
    outOfOrder:
      found.map((item) => item.text).join('\n') === wanted.map((item) => item.text).join('\n') ||
      found.length !== wanted.length
        ? []
        : ['the recommendations are all there but not in the published order'],
  };
}

describe.each(EXPECTED.map((expected) => [expected.file, expected] as const))(
  'importInspection(%s)',
  (file, expected) => {
    let draft: InspectionDraft;

    beforeAll(async () => {
      const result = await importInspection(readFileSync(join(FIXTURES, file)), file);
      if (!result.ok) throw new Error(`${file}: ${result.status} ${result.message}`);
      expect(result.format).toBe('pdf');
      draft = result.draft;
    });

    it('finds the authority, the kind and the dates', () => {
      expect(draft.authority.name).not.toBeNull();
      expect(expected.authority).toContain(draft.authority.name);
      expect(draft.kind).toBe(KIND[file]);
      const dates = DATES[file];
      expect(draft.dates.inspection).toMatchObject({ from: dates.inspection[0], to: dates.inspection[1] });
      expect(draft.dates.published?.date).toBe(dates.published);
    });

    it('reads every judgement with its normalised grade, and nothing else (no trap taken)', () => {
      const wanted = Object.fromEntries(
        expected.judgements.map((judgement) => [AREA_KEYS[file][judgement.area], gradeOf(judgement.grade)]),
      );
      const found = Object.fromEntries(
        draft.judgements.map((judgement) => [judgement.key, judgement.grade.normalised]),
      );
      expect(found).toEqual(wanted);
      for (const judgement of draft.judgements) {
        expect(judgement.scored).toBe(true);
        expect(judgement.lines).not.toBeNull();
      }
    });

    it('reads every recommendation verbatim with its timescale, in order', () => {
      expect(recommendationDifferences(expected, draft)).toEqual({
        missing: [],
        unexpected: [],
        wrongTimescale: [],
        outOfOrder: [],
      });
    });

    it('traces each recommendation to lines of the extracted text that hold its words', () => {
      const lines = draft.text.split('\n');
      for (const recommendation of draft.recommendations) {
        const [from, to] = recommendation.lines!;
        const source = squash(lines.slice(from - 1, to).join(' '));
        const firstWords = recommendation.text.split(' ').slice(0, 4).join(' ');
        const lastWord = recommendation.text.split(' ').pop()!;
        expect(source).toContain(firstWords);
        expect(source).toContain(lastWord);
      }
    });

    it('has dropped the page furniture (running footers, page numbers) but kept footnote markers', () => {
      const lines = draft.text.split('\n');
      expect(draft.text).not.toContain('\f');
      const pageNumbers = lines.filter((line, i) => /^\s*\d{1,3}\s*$/.test(line) && !(lines[i + 1] ?? '').trim());
      expect(pageNumbers).toEqual([]);
      expect(lines.filter((line) => /Inspection of looked after children services\s+\d+\s*$/.test(line))).toEqual([]);
    });
  },
);

describe('the traps in the reports', () => {
  it('Norfolk: the reversed scale and the 2011 grades become warnings, not judgements', async () => {
    const result = await importInspection(
      readFileSync(join(FIXTURES, 'norfolk-2013-looked-after-children-inspection.pdf')),
    );
    if (!result.ok) throw new Error(result.message);
    const codes = result.draft.warnings.map((warning) => warning.code);
    expect(codes.filter((code) => code === 'grade_scale')).toHaveLength(4);
    const earlier = result.draft.warnings.filter((warning) => warning.code === 'earlier_inspection');
    expect(earlier.map((warning) => warning.text).join(' ')).toContain('2011');
    // The record of main findings repeats the five grades as words: the same judgements, seen again.
    expect(result.draft.judgements.every((judgement) => judgement.alsoAt!.length >= 1)).toBe(true);
    expect(result.draft.judgements.map((judgement) => judgement.grade.published)).toEqual(
      Array(5).fill('Grade 4 (inadequate)'),
    );
  });

  it('Isle of Wight: earlier inspections are warnings; the council and the LSCB are each addressed', async () => {
    const result = await importInspection(readFileSync(join(FIXTURES, 'isle-of-wight-2014-sif-inspection.pdf')));
    if (!result.ok) throw new Error(result.message);
    const earlier = result.draft.warnings
      .filter((warning) => warning.code === 'earlier_inspection')
      .map((warning) => warning.text);
    expect(earlier).toEqual(expect.arrayContaining(['The local authority was judged to be inadequate.']));
    const addressees = result.draft.recommendations.map((recommendation) => recommendation.addressee);
    expect(addressees.filter((who) => who === 'the local authority')).toHaveLength(21);
    expect(addressees.filter((who) => who === 'the LSCB')).toHaveLength(12);
    expect(result.draft.recommendations[0].theme).toBe('Capacity');
    expect(result.draft.recommendations[0].reference).toBe('1');
  });

  it('Haringey: the grade cells wrapped over two lines are read whole', async () => {
    const result = await importInspection(readFileSync(join(FIXTURES, 'haringey-2018-ilacs-inspection.pdf')));
    if (!result.ok) throw new Error(result.message);
    expect(result.draft.judgements.map((judgement) => judgement.grade.published)).toEqual(
      Array(4).fill('Requires improvement to be good'),
    );
    expect(result.draft.judgements.find((judgement) => judgement.key === 'overall_effectiveness')?.label).toBe(
      'Overall effectiveness',
    );
  });
});
