/**
 * The goal on real reports: for every ILACS report in the shared corpus (../shared/corpus/ofsted,
 * the rows of grades.csv with an ILACS framework), today's import reads the PDF, the framework is
 * found from what it read, and the breakdown proposes actions using only that inspection's own
 * judgement areas, in its framework's words, with no Every Child Matters outcome and only indicators
 * of today's catalogue, each with its reason.
 *
 * The import finds few recommendations in reports after 2021, so each report is also broken down
 * with sentences copied from its "What needs to improve" list; the test grows stronger as the
 * import finds more of them itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORKS, type FrameworkKey, areasOf, frameworkAreaKey } from '../../../src/frameworks/frameworks';
import { frameworkForInspection } from '../../../src/frameworks/inspection-framework';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from '../../../src/indicators/catalogue/childrens-social-care-measures';
import { eraOfCode } from '../../../src/indicators/catalogue/eras';
import { NATIONAL_INDICATORS_2008 } from '../../../src/indicators/catalogue/national-indicators-2008';
import type { InspectionDraft } from '../../../src/inspections/ingest/inspection-draft';
import { importInspection } from '../../../src/inspections/ingest/parse-inspection';
import { type PlanProposal, breakDown } from '../../../src/plans/breakdown/breakdown';

const CORPUS = join(__dirname, '../../../../shared/corpus/ofsted');

interface Row {
  file: string;
  published: string;
  framework: string;
}

const ROWS: Row[] = readFileSync(join(CORPUS, 'grades.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([file, , published, framework]) => ({ file, published, framework }))
  .filter((row) => row.framework !== '');

/** Sentences copied from each report's "What needs to improve" list, with what a careful reader files them under. */
const WHAT_NEEDS_TO_IMPROVE: Record<string, [text: string, area: string | null, codes?: string[]][]> = {
  'swindon-2023-09-11.pdf': [
    [
      'The opportunities for children to build a relationship of trust with a single consistent social worker, rather than experiencing multiple changes of worker.',
      'leadership',
      ['CSWW 1', 'CSWW 3', 'CSWW 2'],
    ],
    ['How quickly children are matched to permanent carers.', 'children_in_care'],
    [
      'The consistency and appropriateness with which thresholds for intervention and the provision of support are understood and applied for children in need or at risk of harm.',
      'help_and_protection',
    ],
  ],
  'bury-2021-12-17.pdf': [
    ['The timely recognition and response to risk at the front door.', 'help_and_protection'],
    ['Manageable caseloads for social workers.', 'leadership', ['CSWW 4']],
    [
      'The recruitment and retention of social workers, to stabilise the workforce and reduce multiple changes in social worker for children.',
      'leadership',
      ['CSWW 1', 'CSWW 3', 'CSWW 2'],
    ],
  ],
  'halton-2020-04-15.pdf': [
    ['The sufficiency of high-quality placements to meet children’s needs.', 'children_in_care', ['CLA P1']],
    [
      'Management oversight, challenge and supervision, to support consistent, good-quality social work practice.',
      'leadership',
    ],
  ],
  'newham-2019-03-25.pdf': [
    [
      'The quality and timeliness of social work assessments, so that they consistently inform plans.',
      'help_and_protection',
      ['CIN C2'],
    ],
    [
      'Permanence planning for children to ensure that permanence is achieved for all children without delay.',
      'children_in_care',
    ],
    [
      'Care leavers’ experience of leaving care services and access to outreach workers who know and understand their needs.',
      'children_in_care',
    ],
  ],
  'sefton-2022-05-09.pdf': [
    [
      'The response to vulnerable children including for children at risk of exploitation, those who go missing from home and care, disabled children, children living in private fostering arrangements, and homeless 16 to 17-year-olds.',
      'help_and_protection',
    ],
    [
      'The educational attainment and attendance of children in care, and the education, employment and training of care leavers.',
      'children_in_care',
    ],
  ],
  'peterborough-2024-01-30.pdf': [
    [
      'The quality of support, advice, and guidance for care leavers, including those with additional vulnerabilities, to ensure that this is timely, consistent, and responsive to levels of need.',
      'care_leavers',
    ],
    [
      'The sufficiency of suitable placements that can meet children and young people’s assessed needs.',
      'children_in_care',
      ['CLA P1'],
    ],
  ],
  'luton-2026-03-10.pdf': [
    [
      'The quality and consistency of support and pathway planning for care leavers. (outcome 4, national framework)',
      'care_leavers',
    ],
    [
      'Consistency in the timely approval and support of kinship carers. (outcome 2, national framework)',
      'children_in_care',
    ],
  ],
  'middlesbrough-2026-07-28.pdf': [
    [
      'The identification and quality of support to young carers. (outcome 1, national framework)',
      'help_and_protection',
    ],
    [
      'The impact of challenge and escalation from independent reviewing officers, including the timeliness of children receiving permanence and life-story work. (outcome 4, national framework)',
      'children_in_care',
    ],
    [
      'The quality of written records for children, young people and families. (enabler: the workforce is equipped and effective, national framework)',
      'leadership',
    ],
  ],
};

const CATALOGUE = [...NATIONAL_INDICATORS_2008, ...CHILDRENS_SOCIAL_CARE_MEASURES].map(({ code, title }) => ({
  code,
  title,
  local: false,
}));

interface Reading {
  row: Row;
  draft: InspectionDraft;
  framework: FrameworkKey;
  inspectedOn: string;
  proposal: PlanProposal;
  fixtures: number;
}

async function read(row: Row): Promise<Reading> {
  const result = await importInspection(readFileSync(join(CORPUS, row.file)), row.file);
  if (!result.ok) throw new Error(`${row.file}: ${result.message}`);
  const draft = result.draft;
  const inspectedOn = draft.dates.inspection?.from ?? row.published;
  const judgementKeys = draft.judgements.map((judgement) => judgement.key);
  const choice = frameworkForInspection({
    kind: draft.kind,
    inspectedFrom: draft.dates.inspection?.from ?? null,
    publishedOn: row.published,
    judgementKeys,
  });
  if (!choice.framework) throw new Error(`${row.file}: ${choice.reason}`);
  const fixtures = WHAT_NEEDS_TO_IMPROVE[row.file] ?? [];
  const texts = [
    ...draft.recommendations.map((recommendation) => recommendation.text),
    ...fixtures.map(([text]) => text),
  ];
  const proposal = breakDown({
    planStart: row.published,
    framework: choice.framework,
    inspectedOn,
    judgementAreas: judgementKeys,
    judgementGrades: Object.fromEntries(
      draft.judgements.map((judgement) => [judgement.key, judgement.grade.normalised]),
    ),
    recommendations: texts.map((text, index) => ({
      id: `R${index + 1}`,
      position: index + 1,
      text,
      kind: null,
      timescale: draft.recommendations[index]?.timescale ?? null,
      judgementAreaKey: null,
      heading: draft.recommendations[index]?.heading ?? null,
    })),
    catalogue: CATALOGUE,
    themeLeads: [],
  });
  return { row, draft, framework: choice.framework, inspectedOn, proposal, fixtures: fixtures.length };
}

/** Two at a time: the machine has two cores, and each import runs pdftotext. */
async function readAll(rows: Row[]): Promise<Map<string, Reading>> {
  const readings = new Map<string, Reading>();
  const queue = [...rows];
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) readings.set(row.file, await read(row));
  };
  await Promise.all([worker(), worker()]);
  return readings;
}

describe('breaking down the ILACS reports of the corpus', () => {
  let readings: Map<string, Reading>;

  beforeAll(async () => {
    readings = await readAll(ROWS);
  }, 120_000);

  it('covers every ILACS report in the corpus', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(35);
    expect([...readings.keys()].sort()).toEqual(ROWS.map((row) => row.file).sort());
  });

  it('finds the ILACS framework of each, with no overall effectiveness after April 2026', () => {
    for (const reading of readings.values()) {
      expect([reading.row.file, reading.framework]).toEqual([
        reading.row.file,
        reading.inspectedOn >= '2026-04-01' && !reading.draft.judgements.some((j) => j.key === 'overall_effectiveness')
          ? 'ilacs_2026'
          : 'ilacs_2018',
      ]);
    }
    expect(readings.get('middlesbrough-2026-07-28.pdf')?.framework).toBe('ilacs_2026');
    expect(readings.get('swindon-2023-09-11.pdf')?.framework).toBe('ilacs_2018');
  });

  it("uses only the inspection's own judgement areas, in its framework's words, and only today's indicators", () => {
    let actions = 0;
    let recommendations = 0;
    for (const { row, draft, framework, inspectedOn, proposal, fixtures } of readings.values()) {
      recommendations += draft.recommendations.length + fixtures;
      const own = new Set(
        draft.judgements
          .map((judgement) => frameworkAreaKey(framework, judgement.key, inspectedOn))
          .filter((key): key is string => Boolean(key)),
      );
      const labels = new Map(areasOf(framework, inspectedOn).map((area) => [area.key, area.label]));
      expect(proposal.framework).toMatchObject({ key: framework, indicatorEra: 'childrens_social_care' });
      for (const action of proposal.actions) {
        actions += 1;
        const where = `${row.file} ${action.reference}`;
        if (action.judgementAreaKey) {
          expect([where, own.has(action.judgementAreaKey)]).toEqual([where, true]);
          expect([where, action.judgementAreaLabel]).toEqual([where, labels.get(action.judgementAreaKey)]);
        }
        expect([where, action.ecmOutcome]).toEqual([where, null]);
        for (const indicator of action.indicators) {
          expect([where, eraOfCode(indicator.code)]).toEqual([where, 'childrens_social_care']);
        }
        const about = new Set(action.reasons.map((reason) => reason.about));
        for (const topic of ['kind', 'judgement_area', 'ecm_outcome', 'owner', 'dates'] as const) {
          expect([where, about.has(topic)]).toEqual([where, true]);
        }
        if (action.indicators.length || action.localIndicator)
          expect([where, about.has('indicator')]).toEqual([where, true]);
      }
    }
    expect(recommendations).toBeGreaterThanOrEqual(35);
    expect(actions).toBeGreaterThanOrEqual(recommendations);
  });

  it('files the sentences of each report where a careful reader would, with the measures that fit', () => {
    for (const [file, sentences] of Object.entries(WHAT_NEEDS_TO_IMPROVE)) {
      const reading = readings.get(file)!;
      const fromImport = reading.draft.recommendations.length;
      sentences.forEach(([, area, codes], index) => {
        const id = `R${fromImport + index + 1}`;
        const actions = reading.proposal.actions.filter((action) => action.recommendationId === id);
        expect([file, id, actions[0]?.judgementAreaKey]).toEqual([file, id, area]);
        if (codes) {
          expect([file, id, actions.flatMap((action) => action.indicators.map((indicator) => indicator.code))]).toEqual(
            [file, id, codes],
          );
        }
      });
    }
  });

  it('links national framework tags only in reports that use them', () => {
    const tagged = readings
      .get('middlesbrough-2026-07-28.pdf')!
      .proposal.actions.filter((action) => action.nationalFramework);
    expect(tagged.map((action) => action.nationalFramework?.key)).toEqual(
      expect.arrayContaining([
        'national_framework_outcome_1',
        'national_framework_outcome_4',
        'national_framework_enabler_1',
      ]),
    );
    const untagged = readings.get('bury-2021-12-17.pdf')!.proposal.actions;
    expect(untagged.every((action) => !action.nationalFramework)).toBe(true);
  });

  it('dates actions by the framework rhythm: six months after an inadequate judgement, a year otherwise', () => {
    const due = (file: string) => {
      const { row, proposal } = readings.get(file)!;
      return proposal.actions.map((action) => [row.published, action.dueDate]);
    };
    expect(new Set(due('bury-2021-12-17.pdf').map(([, date]) => date))).toEqual(new Set(['2022-06-16']));
    expect(new Set(due('halton-2020-04-15.pdf').map(([, date]) => date))).toEqual(new Set(['2021-04-14']));
    expect(FRAMEWORKS.ilacs_2018.rhythm.whenInadequate?.months).toBe(6);
  });
});
