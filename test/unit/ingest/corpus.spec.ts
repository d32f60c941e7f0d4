/**
 * One published report per layout Ofsted has used since 2013, from the public corpus beside the
 * project (`../shared/corpus/ofsted/`), imported as a clerk would upload it. What each must give was
 * read from the PDF by hand (docs/IMPORT-ACCURACY.md lists these reports and more); the whole
 * corpus is checked by `npm run bench import-accuracy`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GradeKey, InspectionKind } from '../../../src/domain/vocabulary';
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection } from '../../../src/inspections/ingest/parse-inspection';

const CORPUS = join(__dirname, '../../../../shared/corpus/ofsted');

interface Expected {
  file: string;
  why: string;
  kind: InspectionKind;
  authority: string;
  layout: string;
  grades: Record<string, GradeKey>;
  /** How many the report lists, counted by hand, and by whom they are to be done. */
  recommendations: number;
  addressees?: Record<string, number>;
  /** The numbers the report prints against its recommendations, in order. */
  references?: string;
  first: string;
  last: string;
  /** Warning codes that must appear, and none of the codes that mean an item or judgement was lost. */
  warnings?: string[];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const REPORTS: Expected[] = [
  {
    file: 'coventry-2014-03-21.pdf',
    why: 'SIF 2014 with the board’s review: "The overall judgement is inadequate", grade cells split around their labels, priority and other items numbered on from the findings',
    kind: 'SIF',
    authority: 'Coventry City Council',
    layout: 'Single inspection framework (2013–18), with the review of the Local Safeguarding Children Board',
    grades: {
      overall_effectiveness: 'inadequate',
      help_and_protection: 'inadequate',
      children_looked_after: 'requires_improvement',
      adoption: 'requires_improvement',
      care_leavers: 'requires_improvement',
      leadership: 'inadequate',
      lscb: 'inadequate',
    },
    recommendations: 27,
    addressees: { 'the local authority': 21, 'the LSCB': 6 },
    references: [...range(23, 43), ...range(120, 125)].join(','),
    first: 'Senior leaders and managers need to ensure that when children and young people are referred',
    last: 'Promote awareness of private fostering to ensure that more privately fostered children and young people are identified and supported.',
  },
  {
    file: 'kingston-upon-hull-2015-02-10.pdf',
    why: 'SIF 2015: 20 items numbered across sub-headings, one opening "Working through …"; the board’s 7 in bullets',
    kind: 'SIF',
    authority: 'Kingston upon Hull',
    layout: 'Single inspection framework (2013–18), with the review of the Local Safeguarding Children Board',
    grades: {
      overall_effectiveness: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_looked_after: 'requires_improvement',
      adoption: 'requires_improvement',
      care_leavers: 'requires_improvement',
      leadership: 'requires_improvement',
      lscb: 'requires_improvement',
    },
    recommendations: 27,
    addressees: { 'the local authority': 20, 'the LSCB': 7 },
    references: range(1, 20).join(','),
    first: 'Ensure that joint visits and S47 enquiries undertaken by the police',
    last: 'Ensure that the experiences and views of children and young people and their families are identified and used to inform the work of the Board and lead to improvements in safeguarding services.',
  },
  {
    file: 'london-corporation-2016-09-20.pdf',
    why: 'SIF 2016: "Children’s services in the City of London are good"; the body names Hackney; adoption not judged',
    kind: 'SIF',
    authority: 'City of London',
    layout: 'Single inspection framework (2013–18), with the review of the Local Safeguarding Children Board',
    grades: {
      overall_effectiveness: 'good',
      help_and_protection: 'good',
      children_looked_after: 'good',
      care_leavers: 'good',
      leadership: 'outstanding',
      lscb: 'outstanding',
    },
    recommendations: 7,
    addressees: { 'the local authority': 6, 'the LSCB': 1 },
    references: [...range(1, 6), '84'].join(','),
    first: 'Further improve the quality and consistency of written plans for children',
    last: 'Take steps to engage with children and families in all diverse communities within the City',
  },
  {
    file: 'leicester-2017-09-04.pdf',
    why: 'SIF 2017 without the board: "require improvement to be good"; the 2015 judgements listed as the last inspection’s',
    kind: 'SIF',
    authority: 'Leicester City Council',
    layout: 'Single inspection framework (2013–18)',
    grades: {
      overall_effectiveness: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_looked_after: 'requires_improvement',
      adoption: 'good',
      care_leavers: 'requires_improvement',
      leadership: 'good',
    },
    recommendations: 11,
    references: range(1, 11).join(','),
    first: 'Improve the quality of social work assessments, so that they are consistently',
    last: 'Develop a commissioning and sufficiency strategy to ensure that services are commissioned',
    warnings: ['earlier_inspection'],
  },
  {
    file: 'liverpool-2018-07-02.pdf',
    why: 'ILACS 2018: "What needs to improve" in private-use bullets',
    kind: 'ILACS',
    authority: 'Liverpool City Council',
    layout: 'ILACS 2018–22',
    grades: {
      overall_effectiveness: 'requires_improvement',
      leadership: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_in_care: 'requires_improvement',
    },
    recommendations: 6,
    first: 'Social work capacity and allocation of caseloads.',
    last: 'Quality and consistency of oversight and challenge by first line managers, child protection conference chairs and independent reviewing officers.',
  },
  {
    file: 'bury-2021-12-17.pdf',
    why: 'ILACS 2021: items marked ◼ (U+25FC), the list that used to close at once',
    kind: 'ILACS',
    authority: 'Bury',
    layout: 'ILACS 2018–22',
    grades: {
      overall_effectiveness: 'inadequate',
      leadership: 'inadequate',
      help_and_protection: 'inadequate',
      children_in_care: 'requires_improvement',
    },
    recommendations: 9,
    first: 'The timely recognition and response to risk at the front door.',
    last: 'The stability of the senior leadership team to support implementation of an appropriately focused plan of improvement.',
  },
  {
    file: 'north-lincolnshire-2022-11-25.pdf',
    why: 'ILACS 2022: what needs to improve written as a paragraph',
    kind: 'ILACS',
    authority: 'North Lincolnshire',
    layout: 'ILACS 2018–22',
    grades: {
      overall_effectiveness: 'outstanding',
      leadership: 'outstanding',
      help_and_protection: 'outstanding',
      children_in_care: 'outstanding',
    },
    recommendations: 1,
    first: 'There are an extremely small number of areas of variability in what is otherwise an exceptional practice.',
    last: 'the relevant plans for addressing the issue of variability in practice across the service.',
    warnings: ['recommendation_from_prose'],
  },
  {
    file: 'east-sussex-2024-02-06.pdf',
    why: 'ILACS 2023–26: care leavers graded on their own; an item with a sub-list',
    kind: 'ILACS',
    authority: 'East Sussex',
    layout: 'ILACS 2023–26',
    grades: {
      overall_effectiveness: 'good',
      leadership: 'good',
      help_and_protection: 'good',
      children_in_care: 'outstanding',
      care_leavers: 'good',
    },
    recommendations: 3,
    first:
      'The quality of plans for children and care leavers so that they are all specific, measurable and timebound.',
    last: 'The oversight, timeliness and rigour of the response to children: experiencing neglect, including children in Public Law Outline pre-proceedings, and in private fostering arrangements.',
  },
  {
    file: 'middlesbrough-2026-07-28.pdf',
    why: 'ILACS from April 2026: four judgements and no overall effectiveness',
    kind: 'ILACS',
    authority: 'Middlesbrough',
    layout: 'ILACS from April 2026',
    grades: {
      leadership: 'requires_improvement',
      help_and_protection: 'requires_improvement',
      children_in_care: 'requires_improvement',
      care_leavers: 'requires_improvement',
    },
    recommendations: 6,
    first: 'The extent to which leaders and the workforce are aspirational and ambitious for children in Middlesbrough',
    last: '(outcome 4, national framework)',
  },
];

/** Codes that mean something the report gives was not read. */
const LOSSES = [
  'missing_judgement',
  'numbering_gap',
  'empty_recommendations_heading',
  'no_recommendations',
  'no_judgements',
  'no_authority',
];

if (!existsSync(CORPUS)) {
  throw new Error(`The public corpus of Ofsted reports is missing: expected it at ${CORPUS}.`);
}

describe.each(REPORTS.map((expected) => [expected.file, expected] as const))(
  'the published report %s',
  (file, expected) => {
    let draft: InspectionDraft;

    beforeAll(async () => {
      const result = await importInspection(readFileSync(join(CORPUS, file)), file);
      if (!result.ok) throw new Error(`${file}: ${result.status} ${result.message}`);
      draft = result.draft;
    });

    it(`is read whole (${expected.why})`, () => {
      expect({ kind: draft.kind, authority: draft.authority.name, layout: draft.layout?.name }).toEqual({
        kind: expected.kind,
        authority: expected.authority,
        layout: expected.layout,
      });
      expect(
        Object.fromEntries(draft.judgements.map((judgement) => [judgement.key, judgement.grade.normalised])),
      ).toEqual(expected.grades);
      const items = draft.recommendations;
      expect(items).toHaveLength(expected.recommendations);
      expect(items[0].text.slice(0, expected.first.length)).toBe(expected.first);
      expect(items[items.length - 1].text).toContain(expected.last);
      if (expected.references) {
        expect(items.flatMap((item) => (item.reference ? [item.reference] : [])).join(',')).toBe(expected.references);
      }
      if (expected.addressees) {
        const counts: Record<string, number> = {};
        for (const item of items) counts[String(item.addressee)] = (counts[String(item.addressee)] ?? 0) + 1;
        expect(counts).toEqual(expected.addressees);
      }
      const codes = new Set(draft.warnings.map((warning) => warning.code));
      expect(LOSSES.filter((code) => codes.has(code as never))).toEqual([]);
      for (const code of expected.warnings ?? []) expect(codes).toContain(code);
    });

    it('traces every recommendation to lines that hold its first and last words', () => {
      const lines = draft.text.split('\n');
      for (const item of draft.recommendations) {
        const source = lines
          .slice(item.lines![0] - 1, item.lines![1])
          .join(' ')
          .replace(/\s+/g, ' ');
        expect(source).toContain(item.text.split(' ').slice(0, 3).join(' '));
        expect(source).toContain(item.text.split(' ').pop()!);
      }
    });
  },
);
