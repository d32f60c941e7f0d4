/**
 * The breakdown on the model case: Halton's 13 published recommendations, as the import reads the
 * council's Executive Board paper, become the actions a clerk would expect, each with its reasons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HALTON_EXAMPLE } from '../../../src/example/halton.example';
import { NATIONAL_INDICATORS_2008 } from '../../../src/indicators/catalogue/national-indicators-2008';
import { parseInspectionText } from '../../../src/inspections/ingest/parse-inspection';
import { type BreakdownInput, breakDown } from '../../../src/plans/breakdown/breakdown';

const paper = readFileSync(join(__dirname, '../../../src/example/halton-jar-executive-board-2008.txt'), 'utf8');
const draft = parseInspectionText(paper);

/** The catalogue as Halton has it: the national entries plus the council's own. */
const haltonCatalogue = [
  ...NATIONAL_INDICATORS_2008.map((entry) => ({ code: entry.code, title: entry.title, local: false })),
  ...HALTON_EXAMPLE.indicators
    .filter((indicator) => !NATIONAL_INDICATORS_2008.some((entry) => entry.code === indicator.code))
    .map((indicator) => ({ code: indicator.code, title: indicator.title, local: true })),
];

function input(overrides: Partial<BreakdownInput> = {}): BreakdownInput {
  return {
    planStart: '2008-10-01',
    judgementAreas: draft.judgements.map((judgement) => judgement.key),
    recommendations: draft.recommendations.map((recommendation, index) => ({
      id: `R${index + 1}`,
      position: index + 1,
      text: recommendation.text,
      kind: recommendation.kind,
      timescale: recommendation.timescale,
      judgementAreaKey: null,
    })),
    catalogue: haltonCatalogue,
    themeLeads: HALTON_EXAMPLE.themeLeads.map((lead) => ({
      theme: lead.theme,
      userId: lead.userEmail,
      leadName: lead.leadName,
      partnerId: lead.partnerKey,
    })),
    ...overrides,
  };
}

// reference, recommendation, kind, judgement area, ECM outcome, owner, indicators (or the local one proposed)
const EXPECTED: [string, string, string, string, string | null, string, string][] = [
  ['O1', 'R1', 'outcome', 'youth_support', 'economic_well_being', 'martin.coyle', 'NI 117'],
  ['O2.1', 'R2', 'outcome', 'health', 'be_healthy', 'joanne.whitfield', 'NI 55, NI 56'],
  ['O2.2', 'R2', 'outcome', 'health', 'be_healthy', 'joanne.whitfield', 'NI 53'],
  ['O2.3', 'R2', 'outcome', 'health', 'be_healthy', 'joanne.whitfield', 'HBC L01'],
  ['O3', 'R3', 'outcome', 'looked_after_children', 'economic_well_being', 'owner', 'NI 148'],
  ['O4', 'R4', 'outcome', 'looked_after_children', 'economic_well_being', 'owner', 'NI 147'],
  ['P1', 'R5', 'process', 'service_management', null, 'stephen.halliwell', ''],
  ['P2', 'R6', 'process', 'safeguarding', 'stay_safe', 'owner', ''],
  ['P3', 'R7', 'process', 'looked_after_children', 'stay_safe', 'owner', 'NI 62, NI 63'],
  ['P4', 'R8', 'process', 'ldd', 'economic_well_being', 'catherine.rowley', ''],
  ['P5.1', 'R9', 'process', 'ldd', 'enjoy_and_achieve', 'catherine.rowley', 'NI 103'],
  ['P5.2', 'R9', 'process', 'ldd', 'enjoy_and_achieve', 'catherine.rowley', 'HBC L02'],
  ['P6', 'R10', 'process', 'ldd', 'economic_well_being', 'catherine.rowley', ''],
  ['P7', 'R11', 'process', 'service_management', null, 'stephen.halliwell', ''],
  ['P8', 'R12', 'process', 'service_management', null, 'stephen.halliwell', ''],
  ['P9', 'R13', 'process', 'service_management', null, 'stephen.halliwell', ''],
];

describe("breaking down Halton's recommendations", () => {
  const proposal = breakDown(input());

  it('reads 13 recommendations from the paper, four outcome and nine process', () => {
    expect(draft.recommendations).toHaveLength(13);
    expect(draft.recommendations.filter((item) => item.kind === 'outcome')).toHaveLength(4);
  });

  it('proposes the 16 expected actions, splitting the two compound recommendations', () => {
    const rows = proposal.actions.map((action) => [
      action.reference,
      action.recommendationId,
      action.kind,
      action.judgementAreaKey,
      action.ecmOutcome,
      action.ownerId?.replace('@halton.example', ''),
      action.indicators.map((indicator) => indicator.code).join(', '),
    ]);
    expect(rows).toEqual(EXPECTED);
    expect(proposal.actions.filter((action) => action.recommendationId === 'R2').map((action) => action.title)).toEqual(
      ['Reduce childhood obesity', 'Increase breastfeeding at 6–8 weeks', 'Reduce infant mortality'],
    );
  });

  it('keeps a recommendation whole when its parts share one measure', () => {
    const neet = proposal.actions.filter((action) => action.recommendationId === 'R1');
    expect(neet).toHaveLength(1);
    expect(neet[0].title).toBe(draft.recommendations[0].text);
  });

  it('gives every outcome action at least one indicator, every action an owner from the theme leads', () => {
    for (const action of proposal.actions) {
      if (action.kind === 'outcome') expect(action.indicators.length).toBeGreaterThan(0);
      expect(action.ownerId).toMatch(/@halton\.example$/);
      expect(action.flags).toEqual([]);
    }
  });

  it('dates every action from the plan start: 12 months with no timescale, a milestone at each quarter end', () => {
    for (const action of proposal.actions) {
      expect(action.startDate).toBe('2008-10-01');
      expect(action.dueDate).toBe('2009-09-30');
      expect(action.milestones.map((milestone) => milestone.dueDate)).toEqual([
        '2008-12-31',
        '2009-03-31',
        '2009-06-30',
        '2009-09-30',
      ]);
    }
  });

  it('says why, for every suggestion', () => {
    for (const action of proposal.actions) {
      const about = new Set(action.reasons.map((reason) => reason.about));
      for (const topic of ['kind', 'judgement_area', 'ecm_outcome', 'owner', 'dates'] as const) {
        expect(about).toContain(topic);
      }
    }
    const breastfeeding = proposal.actions.find((action) => action.reference === 'O2.2');
    expect(breastfeeding?.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining([
        'Kept as outcome: the source lists it as such.',
        expect.stringMatching(/^Split from a compound recommendation: "breastfeeding"/),
        expect.stringMatching(/^"breastfeeding" → NI 53 /),
        'Owner Joanne Whitfield: theme lead for Health.',
      ]),
    );
  });

  it('gives the same output for the same input', () => {
    expect(breakDown(input())).toEqual(proposal);
  });

  it('proposes local indicators, flagged, where the catalogue has none', () => {
    const national = input({ catalogue: haltonCatalogue.filter((entry) => !entry.local) });
    const actions = breakDown(national).actions;
    const mortality = actions.find((action) => action.reference === 'O2.3');
    expect(mortality?.indicators).toEqual([]);
    expect(mortality?.localIndicator).toMatchObject({ code: null, title: expect.stringMatching(/^Infant mortality/) });
    expect(mortality?.flags).toContain('indicator_to_define');
  });

  it('leaves an action unassigned, and flags it, when no theme lead fits', () => {
    const actions = breakDown(input({ themeLeads: [] })).actions;
    expect(actions.every((action) => action.ownerId === null && action.flags.includes('owner_unassigned'))).toBe(true);
    expect(actions[0].reasons.find((reason) => reason.about === 'owner')?.text).toBe(
      'Owner unassigned: no theme lead is recorded for Youth support or Achieve economic well-being.',
    );
  });

  it('dates by timescale: immediate 3 months, six months 6, longer term 18', () => {
    const [first] = input().recommendations;
    const dated = breakDown(
      input({
        recommendations: (['immediate', 'within_six_months', 'longer_term'] as const).map((timescale, index) => ({
          ...first,
          id: `T${index}`,
          position: index + 1,
          timescale,
        })),
      }),
    ).actions.map((action) => action.dueDate);
    expect(dated).toEqual(['2008-12-31', '2009-03-31', '2010-03-31']);
  });
});
