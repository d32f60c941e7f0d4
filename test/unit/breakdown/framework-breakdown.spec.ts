/**
 * The breakdown follows the inspection's own framework: its judgement areas in its own words, Every
 * Child Matters outcomes only where the framework used them, indicators only of its era, and due
 * dates from the report's timescale or the framework's rhythm, each with its reason. One case per
 * framework, each from sentences published reports use.
 */
import { type FrameworkKey, FRAMEWORKS, areasOf } from '../../../src/frameworks/frameworks';
import { CHILDRENS_SOCIAL_CARE_MEASURES } from '../../../src/indicators/catalogue/childrens-social-care-measures';
import { eraOfCode } from '../../../src/indicators/catalogue/eras';
import { NATIONAL_INDICATORS_2008 } from '../../../src/indicators/catalogue/national-indicators-2008';
import {
  type BreakdownInput,
  type BreakdownRecommendation,
  type ProposedAction,
  breakDown,
} from '../../../src/plans/breakdown/breakdown';
import type { GradeKey, Timescale } from '../../../src/domain/vocabulary';

const NATIONAL = [...NATIONAL_INDICATORS_2008, ...CHILDRENS_SOCIAL_CARE_MEASURES].map(({ code, title }) => ({
  code,
  title,
  local: false,
}));

function recommendations(texts: readonly (string | [string, Timescale | null, string?])[]): BreakdownRecommendation[] {
  return texts.map((entry, index) => {
    const [text, timescale, heading] = typeof entry === 'string' ? [entry, null, undefined] : entry;
    return { id: `R${index + 1}`, position: index + 1, text, kind: null, timescale, judgementAreaKey: null, heading };
  });
}

function input(
  framework: FrameworkKey,
  judgements: Record<string, GradeKey | null>,
  texts: readonly (string | [string, Timescale | null, string?])[],
  overrides: Partial<BreakdownInput> = {},
): BreakdownInput {
  return {
    planStart: '2024-04-01',
    framework,
    judgementAreas: Object.keys(judgements),
    judgementGrades: judgements,
    recommendations: recommendations(texts),
    catalogue: NATIONAL,
    themeLeads: [],
    ...overrides,
  };
}

function areaKeysOf(framework: FrameworkKey, on?: string): string[] {
  return areasOf(framework, on ?? null).map((area) => area.key);
}

/** What the issue asks of every framework's proposal, whatever its recommendations. */
function expectFollowsFramework(actions: ProposedAction[], framework: FrameworkKey, on?: string) {
  const own = areaKeysOf(framework, on);
  const era = FRAMEWORKS[framework].indicatorEra;
  for (const action of actions) {
    if (action.judgementAreaKey) {
      expect(own).toContain(action.judgementAreaKey);
      expect(action.judgementAreaLabel).toBe(
        areasOf(framework, on ?? null).find((area) => area.key === action.judgementAreaKey)?.label,
      );
    }
    if (FRAMEWORKS[framework].outcomes.scheme !== 'every_child_matters') expect(action.ecmOutcome).toBeNull();
    for (const indicator of action.indicators) expect(eraOfCode(indicator.code)).toBe(era);
    const about = action.reasons.map((reason) => reason.about);
    for (const topic of ['kind', 'judgement_area', 'ecm_outcome', 'owner', 'dates'] as const)
      expect(about).toContain(topic);
    if (action.indicators.length) expect(about).toContain('indicator');
  }
}

const byRecommendation = (actions: ProposedAction[], id: string) =>
  actions.filter((action) => action.recommendationId === id);
const codesOf = (actions: ProposedAction[]) =>
  actions.flatMap((action) => action.indicators.map((indicator) => indicator.code));

// Swindon, inspected July 2023 and judged inadequate: its seven areas for improvement.
const SWINDON = [
  'The consistency and appropriateness with which thresholds for intervention and the provision of support are understood and applied for children in need or at risk of harm.',
  'How accurately assessments identify children’s needs and risks and support the framing of timely and clear plans that match children’s circumstances.',
  'The regularity and effectiveness of management oversight.',
  'The opportunities for children to build a relationship of trust with a single consistent social worker, rather than experiencing multiple changes of worker.',
  'The number and range of foster homes and children’s homes and other placements the local authority has available, to help ensure that children live in stable homes that are well matched to their needs.',
  'How quickly children are matched to permanent carers.',
  'The reliability and effectiveness of systems to record data and records about children and how well these are used to understand and support improvements in practice and services.',
] as const;

describe('ILACS 2018–26: a standard inspection judged inadequate', () => {
  const judgements = {
    leadership: 'inadequate',
    help_and_protection: 'inadequate',
    children_in_care: 'inadequate',
    experiences_and_progress_of_care_leavers: 'requires_improvement',
    overall_effectiveness: 'inadequate',
  } as const;
  const sut = breakDown(input('ilacs_2018', judgements, SWINDON, { inspectedOn: '2023-07-03' }));

  it('files every action under an ILACS area, in ILACS words, with no Every Child Matters outcome', () => {
    expectFollowsFramework(sut.actions, 'ilacs_2018', '2023-07-03');
    expect(sut.framework).toMatchObject({ key: 'ilacs_2018', indicatorEra: 'childrens_social_care' });
    const labels = sut.actions.map((action) => action.judgementAreaLabel);
    expect(labels).not.toContain('Leadership, management and governance');
    expect(byRecommendation(sut.actions, 'R3')[0]).toMatchObject({
      judgementAreaKey: 'leadership',
      judgementAreaLabel: 'The impact of leaders on social work practice with children and families',
    });
    expect(byRecommendation(sut.actions, 'R1')[0].judgementAreaKey).toBe('help_and_protection');
    expect(byRecommendation(sut.actions, 'R6')[0].judgementAreaKey).toBe('children_in_care');
    expect(sut.actions[0].reasons.find((reason) => reason.about === 'ecm_outcome')?.text).toMatch(
      /^No Every Child Matters outcome: the Inspection of local authority children's services .* does not use them/,
    );
  });

  it("suggests today's measures by topic, with the reason", () => {
    expect(codesOf(byRecommendation(sut.actions, 'R4'))).toEqual(['CSWW 1', 'CSWW 3', 'CSWW 2']);
    expect(codesOf(byRecommendation(sut.actions, 'R5'))).toEqual(['CLA P1']);
    const reason = byRecommendation(sut.actions, 'R4')[0].reasons.find((item) => item.about === 'indicator');
    expect(reason?.text).toBe(
      "\"single consistent social worker\" → CSWW 1 Turnover rate of children and family social workers, from today's national children's social care measures, the catalogue of this inspection's era.",
    );
  });

  it('dates actions with no timescale by the rhythm of monitoring an inadequate authority: six months', () => {
    for (const action of sut.actions) {
      expect(action.dueDate).toBe('2024-09-30');
      expect(action.reasons.find((reason) => reason.about === 'dates')?.text).toMatch(
        /^Due 30 September 2024: 6 months from the plan's start \(the report gives no timescale and an area is inadequate, so within six months: Ofsted monitors/,
      );
    }
  });
});

describe('ILACS 2018–26: a good authority, inspected before care leavers were judged apart', () => {
  const judgements = {
    leadership: 'good',
    help_and_protection: 'good',
    children_in_care: 'good',
    overall_effectiveness: 'good',
  } as const;
  const sut = breakDown(
    input(
      'ilacs_2018',
      judgements,
      [
        'The quality of information provided to care leavers about their rights and entitlements, including how to access their health histories.',
        'The number of return interviews that are successfully completed with children who have been missing from care.',
        'Assessments of children who are missing or who are at risk from child sexual exploitation.',
      ],
      { inspectedOn: '2018-06-18', planStart: '2018-10-01' },
    ),
  );

  it('files care leavers under the area that then covered them, and dates by the annual engagement meeting', () => {
    expectFollowsFramework(sut.actions, 'ilacs_2018', '2018-06-18');
    expect(sut.actions[0]).toMatchObject({
      judgementAreaKey: 'children_in_care',
      judgementAreaLabel: 'The experiences and progress of children in care and care leavers',
    });
    expect(sut.actions.every((action) => action.dueDate === '2019-09-30')).toBe(true);
    expect(sut.actions[0].reasons.find((reason) => reason.about === 'dates')?.text).toMatch(
      /annual engagement meeting/,
    );
  });

  it("proposes a local measure where today's catalogue has none, never a 2008 indicator", () => {
    const missing = byRecommendation(sut.actions, 'R2')[0];
    expect(missing.indicators).toEqual([]);
    expect(missing.localIndicator?.title).toMatch(/run away/);
  });
});

describe('ILACS from April 2026: four judgements, areas for improvement tagged with the national framework', () => {
  const judgements = {
    leadership: 'requires_improvement',
    help_and_protection: 'requires_improvement',
    children_in_care: 'requires_improvement',
    experiences_and_progress_of_care_leavers: 'requires_improvement',
  } as const;
  const sut = breakDown(
    input(
      'ilacs_2026',
      judgements,
      [
        'The quality of written records for children, young people and families. (enabler: the workforce is equipped and effective, national framework)',
        'The identification and quality of support to young carers. (outcome 1, national framework)',
        'The impact of challenge and escalation from independent reviewing officers, including the timeliness of children receiving permanence and life-story work. (outcome 4, national framework)',
        'The quality and consistency of support and pathway planning for care leavers. (outcome 4, national framework)',
      ],
      { inspectedOn: '2026-06-08', planStart: '2026-09-01' },
    ),
  );

  it('links each action to the outcome or enabler the report names, and to an area of the four', () => {
    expectFollowsFramework(sut.actions, 'ilacs_2026');
    expect(sut.actions.map((action) => action.nationalFramework?.key)).toEqual([
      'national_framework_enabler_1',
      'national_framework_outcome_1',
      'national_framework_outcome_4',
      'national_framework_outcome_4',
    ]);
    expect(sut.actions[1].judgementAreaKey).toBe('help_and_protection');
    expect(sut.actions[3]).toMatchObject({
      judgementAreaKey: 'care_leavers',
      judgementAreaLabel: 'The experiences and progress of care leavers',
    });
    expect(sut.actions[3].reasons.find((reason) => reason.about === 'national_framework')?.text).toBe(
      'Outcome 4 of the national framework: Children in care and care leavers have stable, loving homes: the report tags the recommendation with it.',
    );
    expect(sut.actions.every((action) => action.judgementAreaKey !== 'overall_effectiveness')).toBe(true);
  });

  it('finds the owner from the theme lead of the area', () => {
    const led = breakDown(
      input(
        'ilacs_2026',
        judgements,
        ['The quality and consistency of support and pathway planning for care leavers.'],
        {
          themeLeads: [{ theme: 'care_leavers', userId: 'u-leaving-care', leadName: 'Ada Lovelace', partnerId: null }],
        },
      ),
    );
    expect(led.actions[0]).toMatchObject({ ownerId: 'u-leaving-care', flags: [] });
    expect(led.actions[0].reasons.find((reason) => reason.about === 'owner')?.text).toBe(
      'Owner Ada Lovelace: theme lead for The experiences and progress of care leavers.',
    );
  });
});

describe('SIF 2013–18, with the review of the safeguarding children board', () => {
  const judgements = {
    help_and_protection: 'inadequate',
    children_looked_after: 'inadequate',
    adoption: 'requires_improvement',
    care_leavers: 'requires_improvement',
    leadership: 'inadequate',
    lscb: 'requires_improvement',
  } as const;
  const sut = breakDown(
    input('sif', judgements, [
      [
        'Ensure that staff are provided with regular, high-quality supervision to support and challenge their practice.',
        null,
        'Recommendations',
      ],
      'Review the use of child protection plans that have lasted two years or more, and reduce repeat child protection plans.',
      'Ensure that the identification and assessment of children living in private fostering arrangements is timely.',
      'Reduce the proportion of children placed more than 20 miles from home.',
      ['Ensure that all children who go missing are offered a return home interview.', 'immediate'],
    ]),
  );

  it("uses the SIF areas and words, and today's measures", () => {
    expectFollowsFramework(sut.actions, 'sif');
    expect(byRecommendation(sut.actions, 'R1')[0].judgementAreaLabel).toBe('Leadership, management and governance');
    expect(codesOf(byRecommendation(sut.actions, 'R2'))).toEqual(['CIN D7', 'CIN D3']);
    expect(byRecommendation(sut.actions, 'R2').map((action) => action.reference)).toEqual(['P2.1', 'P2.2']);
    expect(codesOf(byRecommendation(sut.actions, 'R4'))).toEqual(['CLA P1']);
  });

  it('does not take private fostering for placement stability', () => {
    const fostering = byRecommendation(sut.actions, 'R3');
    expect(codesOf(fostering)).not.toEqual(expect.arrayContaining(['CLA S1']));
    expect(fostering[0].judgementAreaKey).toBe('help_and_protection');
  });

  it('dates an action by the timescale the report gives', () => {
    const missing = byRecommendation(sut.actions, 'R5')[0];
    expect(missing.dueDate).toBe('2024-06-30');
    expect(missing.reasons.find((reason) => reason.about === 'dates')?.text).toBe(
      "Due 30 June 2024: 3 months from the plan's start (for immediate action, as the report asks), with a milestone at each quarter end.",
    );
  });
});

describe('the LSCB review on its own', () => {
  it('files recommendations to the board under the board', () => {
    const sut = breakDown(
      input('lscb_review', { lscb: 'requires_improvement' }, [
        'The LSCB should evaluate the impact of its multi-agency training.',
      ]),
    );
    expectFollowsFramework(sut.actions, 'lscb_review');
    expect(sut.actions[0].judgementAreaKey).toBe('lscb');
  });
});

describe('the 2012–13 inspection of looked after children services', () => {
  const sut = breakDown(
    input(
      'lac_2012',
      {
        overall_effectiveness: 'inadequate',
        outcomes: 'inadequate',
        quality_of_provision: 'inadequate',
        leadership_and_management: 'inadequate',
      },
      [
        ['Ensure that all children looked after have an up-to-date personal education plan.', 'within_three_months'],
        'Improve placement stability for children looked after.',
      ],
      { planStart: '2013-09-01' },
    ),
  );

  it("uses its areas, its era's indicators and its longest timescale when none is given", () => {
    expectFollowsFramework(sut.actions, 'lac_2012');
    expect(sut.actions[0]).toMatchObject({ judgementAreaKey: 'outcomes', dueDate: '2013-11-30' });
    expect(sut.actions[1]).toMatchObject({ judgementAreaKey: 'outcomes', dueDate: '2014-02-28' });
    expect(codesOf([sut.actions[1]])).toEqual(['NI 62', 'NI 63']);
    expect(sut.actions.every((action) => action.ecmOutcome === null)).toBe(true);
  });
});

describe('the 2009–12 inspection of safeguarding and looked after children services', () => {
  it('links Every Child Matters outcomes, as those inspections did', () => {
    const sut = breakDown(
      input(
        'slac_2009',
        { safeguarding: 'adequate', looked_after_children: 'good' },
        ['Improve placement stability for children looked after.'],
        {
          planStart: '2010-06-01',
        },
      ),
    );
    expectFollowsFramework(sut.actions, 'slac_2009');
    expect(sut.actions[0]).toMatchObject({
      judgementAreaKey: 'looked_after_children',
      ecmOutcome: 'stay_safe',
      dueDate: '2010-11-30',
    });
  });
});

describe('JAR 2005–09', () => {
  it('keeps Every Child Matters outcomes and the 2008 indicators, due within the year of the annual assessment', () => {
    const sut = breakDown(
      input(
        'jar',
        { safeguarding: 'good', looked_after_children: 'good', youth_support: 'adequate' },
        ['Reduce the number of young people not in education, employment or training.'],
        { planStart: '2008-10-01' },
      ),
    );
    expectFollowsFramework(sut.actions, 'jar');
    expect(sut.actions[0]).toMatchObject({
      judgementAreaKey: 'youth_support',
      ecmOutcome: 'economic_well_being',
      dueDate: '2009-09-30',
    });
    expect(codesOf(sut.actions)).toEqual(['NI 117']);
  });
});

describe('APA', () => {
  it('files actions under the outcome the letter judged', () => {
    const sut = breakDown(
      input(
        'apa',
        { stay_safe: 'adequate', be_healthy: 'good', service_management: 'good' },
        ['Reduce the rate of teenage conceptions.', 'Improve the timeliness of initial assessments.'],
        { planStart: '2007-04-01' },
      ),
    );
    expectFollowsFramework(sut.actions, 'apa');
    expect(sut.actions.map((action) => [action.judgementAreaKey, action.judgementAreaLabel])).toEqual([
      ['be_healthy', 'Being healthy'],
      ['stay_safe', 'Staying safe'],
    ]);
    expect(codesOf(sut.actions)).toEqual(['NI 112', 'NI 59', 'NI 60']);
  });
});

describe('focused visits', () => {
  const sut = breakDown(
    input('focused_visit', {}, [
      ['The response to children at risk of exploitation.', null, 'Areas for priority action'],
      ['The quality of supervision and management oversight.', null, 'What needs to improve'],
    ]),
  );

  it('treats a priority action as immediate, and the rest by the yearly rhythm, under ILACS areas', () => {
    expectFollowsFramework(sut.actions, 'focused_visit');
    expect(sut.actions.map((action) => action.dueDate)).toEqual(['2024-06-30', '2025-03-31']);
    expect(sut.actions[0].reasons.find((reason) => reason.about === 'dates')?.text).toMatch(
      /\(for immediate action, listed under "Areas for priority action"\)/,
    );
    expect(sut.actions.map((action) => action.judgementAreaKey)).toEqual(['help_and_protection', 'leadership']);
  });
});

describe('monitoring visits', () => {
  it('dates actions by the next quarterly visit', () => {
    const sut = breakDown(input('monitoring_visit', {}, ['The timeliness of assessments for children in need.']));
    expectFollowsFramework(sut.actions, 'monitoring_visit');
    expect(sut.actions[0]).toMatchObject({ dueDate: '2024-06-30', judgementAreaKey: 'help_and_protection' });
    expect(codesOf(sut.actions)).toEqual(['CIN C2']);
  });
});

describe('topic words', () => {
  it('match whole words only', () => {
    const sut = breakDown(
      input('ilacs_2018', { children_in_care: 'good' }, [
        'Reduce accidental injuries to children in care.',
        'Improve the oversight of fostering households.',
      ]),
    );
    expect(sut.actions[0].localIndicator?.title ?? '').not.toMatch(/dentist/);
    expect(codesOf([sut.actions[1]])).toEqual(['CLA S1', 'CLA S2']);
  });
});

describe('speed', () => {
  it('breaks down a 10-recommendation report in under 50 ms', () => {
    const ten = input('ilacs_2018', { leadership: 'good', help_and_protection: 'good', children_in_care: 'good' }, [
      ...SWINDON,
      'Reduce the proportion of children placed more than 20 miles from home.',
      'Review the use of child protection plans that have lasted two years or more, and reduce repeat child protection plans.',
      'The quality and consistency of support and pathway planning for care leavers.',
    ]);
    expect(ten.recommendations).toHaveLength(10);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      breakDown(ten);
      times.push(performance.now() - started);
    }
    expect(Math.min(...times)).toBeLessThan(50);
  });
});
