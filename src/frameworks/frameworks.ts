/**
 * The inspection frameworks English councils' children's services have been inspected under, as data:
 * for each, its judgement areas and their labels, its grade scale, what the council owes afterwards
 * and by when, how often progress is looked at, whether it used Every Child Matters outcomes or the
 * children's social care national framework, and which indicator catalogue fits its era.
 *
 * Pure data and functions, no I/O. Every rule names the documents it rests on (sources.ts); a rule
 * that could not be confirmed against a published document says so (`confirmed: false` and a note),
 * and is listed in the README.
 */
import type { GradeKey } from '../domain/vocabulary';
import type { SourceKey } from './sources';

export const FRAMEWORK_KEYS = [
  'jar',
  'apa',
  'slac_2009',
  'lac_2012',
  'sif',
  'lscb_review',
  'ilacs_2018',
  'ilacs_2026',
  'focused_visit',
  'monitoring_visit',
] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

/** How sure a rule is: confirmed against the cited documents, or taken as the product's best reading. */
export interface Checked {
  readonly confirmed: boolean;
  readonly sources: readonly SourceKey[];
  /** What was and was not seen, in words; required when not confirmed. */
  readonly note?: string;
}

export interface FrameworkArea {
  readonly key: string;
  /** The framework's own words for the area. */
  readonly label: string;
  /** Judged with a grade (true), or a focus without one (monitoring and focused visits, unscored investigations). */
  readonly graded: boolean;
  /** Actions may be filed under it: practice and leadership areas, not overall effectiveness or capacity. */
  readonly theme: boolean;
  /** Labels and slugs as reports and the import write them, read after lower-casing and turning "_" into spaces. */
  readonly matches: RegExp;
  /** The area was judged only in inspections from (inclusive) or until (exclusive) this date. */
  readonly from?: string;
  readonly until?: string;
  /** The area's label in inspections before `labelChangedOn`, when the framework renamed it. */
  readonly earlierLabel?: { readonly label: string; readonly until: string };
}

export interface GradeScale {
  /** Best first, as the framework words them. */
  readonly grades: readonly { readonly key: GradeKey; readonly label: string; readonly number: number | null }[];
  /** 'four_is_best' (JAR, APA), 'one_is_best' (2009–13 inspections), or words only (SIF, ILACS); none for visits. */
  readonly numbering: 'four_is_best' | 'one_is_best' | 'words' | 'none';
  readonly checked: Checked;
}

/** One document the council owes the inspectorate, counted in working days from receiving the report or letter. */
export interface Deadline {
  readonly key: 'draft_action_plan' | 'action_plan';
  /** What is owed, in the framework's words, e.g. "the written statement of proposed action". */
  readonly what: string;
  readonly workingDays: number;
}

export type PlanTrigger = 'every_report' | 'priority_action' | 'never';

export interface PlanRule {
  /** After which reports a plan is owed. */
  readonly trigger: PlanTrigger;
  readonly deadlines: readonly Deadline[];
  /** Why, in words, shown when the clock owes nothing or when it starts. */
  readonly words: string;
  readonly checked: Checked;
}

export interface MonitoringRhythm {
  /** Months from the plan's start within which an action the report gives no timescale for is due. */
  readonly months: number;
  readonly words: string;
  /** A shorter rhythm when an area is judged inadequate and the inspectorate monitors by visits. */
  readonly whenInadequate?: { readonly months: number; readonly words: string };
  readonly checked: Checked;
}

/** Which scheme of outcomes an action may be linked to, beside its judgement area. */
export type OutcomeScheme = 'every_child_matters' | 'national_framework' | null;

/** The indicator catalogue of the framework's era. */
export type IndicatorEra = 'ni_2008' | 'childrens_social_care';

export interface Framework {
  readonly key: FrameworkKey;
  readonly name: string;
  /** Years it was in use, as "2005–2009" or "2018–". */
  readonly years: string;
  readonly areas: readonly FrameworkArea[];
  /** Areas this model does not list still count as the inspection's own (JAR additional investigations). */
  readonly keepsUnlistedAreas: boolean;
  readonly scale: GradeScale;
  readonly plan: PlanRule;
  readonly rhythm: MonitoringRhythm;
  readonly outcomes: { readonly scheme: OutcomeScheme; readonly checked: Checked };
  readonly indicatorEra: IndicatorEra;
  readonly checked: Checked;
}

const FOUR_IS_BEST: GradeScale['grades'] = [
  { key: 'outstanding', label: 'Outstanding', number: 4 },
  { key: 'good', label: 'Good', number: 3 },
  { key: 'adequate', label: 'Adequate', number: 2 },
  { key: 'inadequate', label: 'Inadequate', number: 1 },
];

const ONE_IS_BEST: GradeScale['grades'] = [
  { key: 'outstanding', label: 'Outstanding', number: 1 },
  { key: 'good', label: 'Good', number: 2 },
  { key: 'adequate', label: 'Adequate', number: 3 },
  { key: 'inadequate', label: 'Inadequate', number: 4 },
];

const SIF_SCALE: GradeScale['grades'] = [
  { key: 'outstanding', label: 'Outstanding', number: null },
  { key: 'good', label: 'Good', number: null },
  { key: 'requires_improvement', label: 'Requires improvement', number: null },
  { key: 'inadequate', label: 'Inadequate', number: null },
];

const ILACS_SCALE: GradeScale['grades'] = [
  { key: 'outstanding', label: 'Outstanding', number: null },
  { key: 'good', label: 'Good', number: null },
  { key: 'requires_improvement', label: 'Requires improvement to be good', number: null },
  { key: 'inadequate', label: 'Inadequate', number: null },
];

const OVERALL = /\boverall effectiveness\b/;

/** The written statement of proposed action, due 70 working days after the report is received. */
const WRITTEN_STATEMENT: Deadline = {
  key: 'action_plan',
  what: 'the written statement of proposed action (the action plan)',
  workingDays: 70,
};

const NO_TIMESCALE_YEAR = 12;

/** ILACS areas, shared by the inspections and by the visits between them. */
function ilacsAreas(graded: boolean, withOverall: boolean, careLeaversFrom?: string): FrameworkArea[] {
  const areas: FrameworkArea[] = [
    {
      key: 'leadership',
      label: 'The impact of leaders on social work practice with children and families',
      graded,
      theme: true,
      matches: /\bimpact of leaders\b|\bleadership\b|\bleaders\b/,
    },
    {
      key: 'help_and_protection',
      label: 'The experiences and progress of children who need help and protection',
      graded,
      theme: true,
      matches: /\bhelp and prot|\bneed help\b/,
    },
    {
      key: 'children_in_care',
      label: 'The experiences and progress of children in care',
      graded,
      theme: true,
      matches: /\bchildren in care\b|\blooked after\b/,
      ...(careLeaversFrom
        ? {
            earlierLabel: {
              label: 'The experiences and progress of children in care and care leavers',
              until: careLeaversFrom,
            },
          }
        : {}),
    },
    {
      key: 'care_leavers',
      label: 'The experiences and progress of care leavers',
      graded,
      theme: true,
      matches: /\bcare leavers?\b/,
      ...(careLeaversFrom ? { from: careLeaversFrom } : {}),
    },
  ];
  if (withOverall) {
    areas.push({
      key: 'overall_effectiveness',
      label: 'Overall effectiveness',
      graded,
      theme: false,
      matches: OVERALL,
    });
  }
  return areas;
}

/** The day ILACS began judging care leavers on their own (inspections from January 2023). */
export const ILACS_CARE_LEAVERS_FROM = '2023-01-01';

/** The day the ILACS changes of April 2026 apply from: four judgements and no overall effectiveness. */
export const ILACS_2026_FROM = '2026-04-01';

const ILACS_PLAN: PlanRule = {
  trigger: 'every_report',
  deadlines: [WRITTEN_STATEMENT],
  words:
    'After every standard or short inspection the council prepares a written statement of the action it proposes ' +
    '(section 137 of the Education and Inspections Act 2006) and sends Ofsted its action plan within 70 working days ' +
    'of receiving the report.',
  checked: {
    confirmed: true,
    sources: ['eia2006s137', 'si2007_462', 'haltonIlacsPlan2020', 'ofstedFocusedVisit2018'],
    note:
      'The duty after every report and the 70 working days are confirmed by the Act, by Ofsted ("in line with current ' +
      'legislation … within 70 working days of receiving the letter") and by a council sending Ofsted its plan after a ' +
      'requires-improvement inspection. The paragraph of the ILACS framework that states it could not be read.',
  },
};

const ILACS_RHYTHM: MonitoringRhythm = {
  months: NO_TIMESCALE_YEAR,
  words:
    'the report gives no timescale, so within a year: Ofsted reviews progress with the council each year, at the annual ' +
    'engagement meeting on its self-evaluation',
  whenInadequate: {
    months: 6,
    words:
      'the report gives no timescale and an area is inadequate, so within six months: Ofsted monitors an inadequate ' +
      'authority with visits about every three months',
  },
  checked: {
    confirmed: false,
    sources: ['monitoringHandbook2016', 'ilacsFocusedVisits'],
    note:
      'Quarterly monitoring of inadequate authorities is confirmed (2016 handbook, paragraph 3). The annual engagement ' +
      "meeting is as councils describe it; the ILACS paragraph was not read. Six and twelve months are the product's " +
      "reading of those rhythms, not a rule of Ofsted's.",
  },
};

const NATIONAL_FRAMEWORK_TAGS: Framework['outcomes'] = {
  scheme: 'national_framework',
  checked: {
    confirmed: true,
    sources: ['nationalFramework2023', 'ilacsReportMiddlesbrough2026'],
    note:
      'Linked only where the report itself tags an area for improvement with the national framework, as reports do ' +
      'from 2025 ("(outcome 3, national framework)"); never guessed from the wording.',
  },
};

const NO_OUTCOMES: Framework['outcomes'] = { scheme: null, checked: { confirmed: true, sources: [] } };

export const FRAMEWORKS: Readonly<Record<FrameworkKey, Framework>> = {
  jar: {
    key: 'jar',
    name: "Joint area review of children's services",
    years: '2005–2009',
    areas: [
      { key: 'safeguarding', label: 'Safeguarding', graded: true, theme: true, matches: /\bsafeguard/ },
      {
        key: 'looked_after_children',
        label: 'Looked after children',
        graded: true,
        theme: true,
        matches: /\blooked after\b|\bchildren in care\b|\bcare leavers\b/,
      },
      {
        key: 'ldd',
        label: 'Children with learning difficulties and/or disabilities',
        graded: true,
        theme: true,
        matches: /learning difficult|disabilit|\bldd\b|special educational needs/,
      },
      {
        key: 'service_management',
        label: 'Service management',
        graded: true,
        theme: true,
        matches: /\bservice management\b/,
      },
      {
        key: 'capacity_to_improve',
        label: 'Capacity to improve',
        graded: true,
        theme: false,
        matches: /\bcapacity (?:to|for) improve/,
      },
      { key: 'health', label: 'Health', graded: false, theme: true, matches: /\bhealth\b/ },
      { key: 'youth_support', label: 'Youth support', graded: false, theme: true, matches: /\byouth\b/ },
    ],
    keepsUnlistedAreas: true,
    scale: {
      grades: FOUR_IS_BEST,
      numbering: 'four_is_best',
      checked: { confirmed: true, sources: ['jarHalton2008'] },
    },
    plan: {
      trigger: 'every_report',
      deadlines: [WRITTEN_STATEMENT],
      words:
        'After a joint area review the council publishes a written statement of proposed action within 70 working days ' +
        'of receiving the report.',
      checked: {
        confirmed: false,
        sources: ['jarRegs2005', 'jarRegs2015Note'],
        note:
          "The 2005 Regulations' definition of a working day and their 30-day publication rule were read; the text of " +
          'their regulation 4 was not. Seventy working days is confirmed for the 2015 Regulations that replaced them.',
      },
    },
    rhythm: {
      months: NO_TIMESCALE_YEAR,
      words:
        'the report gives no timescale, so within a year: progress was assessed each year in the annual performance assessment',
      checked: { confirmed: true, sources: ['apaJarBriefing2007'] },
    },
    outcomes: { scheme: 'every_child_matters', checked: { confirmed: true, sources: ['jarHalton2008'] } },
    indicatorEra: 'ni_2008',
    checked: { confirmed: true, sources: ['jarHalton2008'] },
  },
  apa: {
    key: 'apa',
    name: "Annual performance assessment of children's services",
    years: '2005–2008',
    areas: [
      { key: 'be_healthy', label: 'Being healthy', graded: true, theme: true, matches: /\b(?:being|be) healthy\b/ },
      { key: 'stay_safe', label: 'Staying safe', graded: true, theme: true, matches: /\bstay(?:ing)? safe\b/ },
      {
        key: 'enjoy_and_achieve',
        label: 'Enjoying and achieving',
        graded: true,
        theme: true,
        matches: /\benjoy(?:ing)? and achiev/,
      },
      {
        key: 'positive_contribution',
        label: 'Making a positive contribution',
        graded: true,
        theme: true,
        matches: /\bpositive contribution\b/,
      },
      {
        key: 'economic_well_being',
        label: 'Achieving economic well-being',
        graded: true,
        theme: true,
        matches: /\beconomic well ?-?being\b/,
      },
      {
        key: 'service_management',
        label: 'Service management',
        graded: true,
        theme: true,
        matches: /\bservice management\b/,
      },
      {
        key: 'capacity_to_improve',
        label: 'Capacity to improve',
        graded: true,
        theme: false,
        matches: /\bcapacity (?:to|for) improve/,
      },
      { key: 'overall_effectiveness', label: 'Overall effectiveness', graded: true, theme: false, matches: OVERALL },
    ],
    keepsUnlistedAreas: false,
    scale: {
      grades: FOUR_IS_BEST,
      numbering: 'four_is_best',
      checked: { confirmed: true, sources: ['apaJarBriefing2007'] },
    },
    plan: {
      trigger: 'never',
      deadlines: [],
      words: 'An annual performance assessment is reported by letter and asks for no written statement by a deadline.',
      checked: {
        confirmed: false,
        sources: ['apaJarBriefing2007'],
        note: 'No document seen sets a statutory plan after an APA letter; none seen says there was none either.',
      },
    },
    rhythm: {
      months: NO_TIMESCALE_YEAR,
      words: 'the letter gives no timescale, so within a year: the next annual performance assessment',
      checked: { confirmed: true, sources: ['apaJarBriefing2007'] },
    },
    outcomes: {
      scheme: 'every_child_matters',
      checked: {
        confirmed: false,
        sources: ['apaJarBriefing2007'],
        note: "The five outcomes as APA judgements are as councils' papers of the time report them; the APA handbook was not read.",
      },
    },
    indicatorEra: 'ni_2008',
    checked: {
      confirmed: false,
      sources: ['apaJarBriefing2007'],
      note: 'Area labels are the Every Child Matters outcomes as APA letters grade them; the APA handbook was not read.',
    },
  },
  slac_2009: {
    key: 'slac_2009',
    name: 'Inspection of safeguarding and looked after children services',
    years: '2009–2012',
    areas: [
      {
        key: 'safeguarding',
        label: 'Overall effectiveness of safeguarding services',
        graded: true,
        theme: true,
        matches: /\bsafeguard/,
      },
      {
        key: 'looked_after_children',
        label: 'Overall effectiveness of services for looked after children and young people',
        graded: true,
        theme: true,
        matches: /\blooked after\b|\bchildren in care\b|\bcare leavers\b/,
      },
      {
        key: 'capacity_to_improve',
        label: 'Capacity for improvement',
        graded: true,
        theme: false,
        matches: /\bcapacity (?:to|for) improve/,
      },
      {
        key: 'leadership_and_management',
        label: 'Leadership and management',
        graded: true,
        theme: true,
        matches: /\bleadership\b|\bmanagement\b/,
      },
    ],
    keepsUnlistedAreas: true,
    scale: {
      grades: ONE_IS_BEST,
      numbering: 'one_is_best',
      checked: {
        confirmed: false,
        sources: ['lacReportNorfolk2013'],
        note: 'Read from the 2013 looked-after-children report, which numbers 1 = outstanding; 2009–12 reports were not read.',
      },
    },
    plan: {
      trigger: 'every_report',
      deadlines: [WRITTEN_STATEMENT],
      words:
        'After the inspection the council publishes a written statement of proposed action within 70 working days of ' +
        'receiving the report.',
      checked: {
        confirmed: false,
        sources: ['jarRegs2005', 'eia2006s137'],
        note: 'The Act or Regulations these inspections were made under were not confirmed; 70 working days is the rule of both.',
      },
    },
    rhythm: {
      months: 6,
      words:
        'the report gives no timescale, so within six months, the longest timescale these reports give ("immediately", ' +
        '"within three months", "within six months")',
      checked: {
        confirmed: false,
        sources: ['lacReportNorfolk2013'],
        note: 'The three timescales are read from a 2013 report of the successor framework.',
      },
    },
    outcomes: {
      scheme: 'every_child_matters',
      checked: {
        confirmed: false,
        sources: [],
        note: 'These inspections judged outcomes for looked after children under the five outcomes; no framework text was read.',
      },
    },
    indicatorEra: 'ni_2008',
    checked: {
      confirmed: false,
      sources: [],
      note: 'Area labels are as reports of the time word them; the 2009 framework was not read.',
    },
  },
  lac_2012: {
    key: 'lac_2012',
    name: 'Inspection of looked after children services',
    years: '2012–2013',
    areas: [
      {
        key: 'overall_effectiveness',
        label: 'Overall effectiveness of services for looked after children and young people',
        graded: true,
        theme: false,
        matches: OVERALL,
      },
      {
        key: 'capacity_to_improve',
        label: 'Capacity to improve',
        graded: true,
        theme: false,
        matches: /\bcapacity (?:to|for) improve/,
      },
      {
        key: 'outcomes',
        label: 'Outcomes for looked after children and young people',
        graded: true,
        theme: true,
        matches: /^(?:overall )?outcomes\b/,
      },
      {
        key: 'quality_of_provision',
        label: 'Quality of provision',
        graded: true,
        theme: true,
        matches: /\bquality of provision\b/,
      },
      {
        key: 'leadership_and_management',
        label: 'Leadership and management',
        graded: true,
        theme: true,
        matches: /\bleadership\b/,
      },
    ],
    keepsUnlistedAreas: false,
    scale: {
      grades: ONE_IS_BEST,
      numbering: 'one_is_best',
      checked: { confirmed: true, sources: ['lacReportNorfolk2013'] },
    },
    plan: {
      trigger: 'every_report',
      deadlines: [WRITTEN_STATEMENT],
      words:
        'After the inspection the council publishes a written statement of proposed action within 70 working days of ' +
        'receiving the report.',
      checked: {
        confirmed: false,
        sources: ['eia2006s137', 'si2007_462'],
        note: 'Taken to be an inspection under section 136 of the 2006 Act; the framework text saying so was not read.',
      },
    },
    rhythm: {
      months: 6,
      words:
        'the report gives no timescale, so within six months, the longest timescale these reports give ("immediately", ' +
        '"within three months", "within six months")',
      checked: { confirmed: true, sources: ['lacReportNorfolk2013'] },
    },
    outcomes: NO_OUTCOMES,
    indicatorEra: 'ni_2008',
    checked: { confirmed: true, sources: ['lacReportNorfolk2013'] },
  },
  sif: {
    key: 'sif',
    name: 'Inspection of services for children in need of help and protection, children looked after and care leavers',
    years: '2013–2018',
    areas: [
      {
        key: 'help_and_protection',
        label: 'Children who need help and protection',
        graded: true,
        theme: true,
        matches: /\bhelp and prot|\bneed help\b/,
      },
      {
        key: 'children_looked_after',
        label: 'Children looked after and achieving permanence',
        graded: true,
        theme: true,
        matches: /\blooked after\b|\bpermanence\b|\bchildren in care\b/,
      },
      { key: 'adoption', label: 'Adoption performance', graded: true, theme: true, matches: /\badoption\b/ },
      {
        key: 'care_leavers',
        label: 'Experiences and progress of care leavers',
        graded: true,
        theme: true,
        matches: /\bcare leavers?\b/,
      },
      {
        key: 'leadership',
        label: 'Leadership, management and governance',
        graded: true,
        theme: true,
        matches: /\bleadership\b|\bgovernance\b/,
      },
      {
        key: 'lscb',
        label: 'The effectiveness of the Local Safeguarding Children Board',
        graded: true,
        theme: true,
        matches: /\bsafeguarding children board\b|\blscb\b/,
      },
      { key: 'overall_effectiveness', label: 'Overall effectiveness', graded: true, theme: false, matches: OVERALL },
    ],
    keepsUnlistedAreas: false,
    scale: {
      grades: SIF_SCALE,
      numbering: 'words',
      checked: { confirmed: true, sources: ['sifManchester2017', 'sifFramework2014'] },
    },
    plan: {
      trigger: 'every_report',
      deadlines: [WRITTEN_STATEMENT],
      words:
        'After the inspection the council prepares a written statement of proposed action (section 137 of the ' +
        'Education and Inspections Act 2006) and sends its action plan within 70 working days of receiving the report.',
      checked: {
        confirmed: true,
        sources: ['eia2006s137', 'si2007_462', 'sifFramework2014', 'kirkleesPlan2017'],
        note:
          'The framework has an "Action plan" section (contents, page 5) whose text could not be read; the 70 working ' +
          "days agree, to within a day, with a council's submission date under the 2007 Regulations (Kirklees: report " +
          'published 25 November 2016, plan due 9 March 2017, 71 working days later); the text of regulation 3 of ' +
          'those Regulations was not read.',
      },
    },
    rhythm: {
      months: NO_TIMESCALE_YEAR,
      words: 'the report gives no timescale, so within a year',
      whenInadequate: {
        months: 6,
        words:
          'the report gives no timescale and the authority is inadequate, so within six months: Ofsted monitors with ' +
          'quarterly visits until it re-inspects',
      },
      checked: {
        confirmed: false,
        sources: ['monitoringHandbook2016'],
        note: "Quarterly monitoring is confirmed; six and twelve months are the product's reading of the rhythm.",
      },
    },
    outcomes: NO_OUTCOMES,
    indicatorEra: 'childrens_social_care',
    checked: { confirmed: true, sources: ['sifFramework2014', 'sifManchester2017'] },
  },
  lscb_review: {
    key: 'lscb_review',
    name: 'Review of the Local Safeguarding Children Board',
    years: '2013–2018',
    areas: [
      {
        key: 'lscb',
        label: 'The effectiveness of the Local Safeguarding Children Board',
        graded: true,
        theme: true,
        matches: /\bsafeguarding children board\b|\blscb\b/,
      },
    ],
    keepsUnlistedAreas: false,
    scale: { grades: SIF_SCALE, numbering: 'words', checked: { confirmed: true, sources: ['sifFramework2014'] } },
    plan: {
      trigger: 'never',
      deadlines: [],
      words:
        'The review of the safeguarding children board asks the board, not the council, to act, and sets no deadline ' +
        "for a plan; the council's own plan is owed after the inspection the review was published with.",
      checked: {
        confirmed: false,
        sources: ['sifFramework2014'],
        note: 'Section 2 of the framework (the LSCB review) was seen only in its contents.',
      },
    },
    rhythm: {
      months: NO_TIMESCALE_YEAR,
      words: 'the review gives no timescale, so within a year',
      checked: { confirmed: false, sources: [], note: "The product's reading: the board reports each year." },
    },
    outcomes: NO_OUTCOMES,
    indicatorEra: 'childrens_social_care',
    checked: { confirmed: true, sources: ['sifFramework2014'] },
  },
  ilacs_2018: {
    key: 'ilacs_2018',
    name: "Inspection of local authority children's services (ILACS), standard and short",
    years: '2018–2026',
    areas: ilacsAreas(true, true, ILACS_CARE_LEAVERS_FROM),
    keepsUnlistedAreas: false,
    scale: {
      grades: ILACS_SCALE,
      numbering: 'words',
      checked: { confirmed: true, sources: ['ilacsReportHaringey2018', 'ilacsFramework2024'] },
    },
    plan: ILACS_PLAN,
    rhythm: ILACS_RHYTHM,
    outcomes: NATIONAL_FRAMEWORK_TAGS,
    indicatorEra: 'childrens_social_care',
    checked: {
      confirmed: true,
      sources: ['ilacsFramework2024', 'ilacsReportHaringey2018'],
      note: 'Care leavers are judged on their own in inspections from January 2023; before that with children in care.',
    },
  },
  ilacs_2026: {
    key: 'ilacs_2026',
    name: "Inspection of local authority children's services (ILACS), from April 2026",
    years: '2026–',
    areas: ilacsAreas(true, false),
    keepsUnlistedAreas: false,
    scale: {
      grades: ILACS_SCALE,
      numbering: 'words',
      checked: { confirmed: true, sources: ['ilacsReportMiddlesbrough2026'] },
    },
    plan: {
      ...ILACS_PLAN,
      checked: {
        ...ILACS_PLAN.checked,
        confirmed: false,
        note:
          'Carried over from the 2018 framework: the statute is unchanged, but the 2026 framework text was not read, ' +
          'and without an overall judgement it is not confirmed which judgement brings monitoring visits.',
      },
    },
    rhythm: ILACS_RHYTHM,
    outcomes: NATIONAL_FRAMEWORK_TAGS,
    indicatorEra: 'childrens_social_care',
    checked: {
      confirmed: true,
      sources: ['ilacsReportMiddlesbrough2026'],
      note: 'Four judgements and no overall effectiveness, as published reports of inspections from April 2026 show.',
    },
  },
  focused_visit: {
    key: 'focused_visit',
    name: 'Focused visit (ILACS)',
    years: '2018–',
    areas: ilacsAreas(false, false),
    keepsUnlistedAreas: false,
    scale: { grades: [], numbering: 'none', checked: { confirmed: true, sources: ['ilacsFocusedVisits'] } },
    plan: {
      trigger: 'priority_action',
      deadlines: [
        { key: 'draft_action_plan', what: 'an early draft of the action plan', workingDays: 20 },
        { key: 'action_plan', what: 'the final action plan', workingDays: 70 },
      ],
      words:
        'After a focused visit that finds areas for priority action, the council shares a draft action plan within 20 ' +
        'working days and sends the final plan within 70 working days of receiving the letter. A visit without priority ' +
        'actions asks for no plan.',
      checked: { confirmed: true, sources: ['ofstedFocusedVisit2018'] },
    },
    rhythm: {
      months: NO_TIMESCALE_YEAR,
      words:
        'the letter gives no timescale, so within a year, by the next annual engagement meeting; a priority action is ' +
        'for immediate action',
      checked: {
        confirmed: false,
        sources: ['ilacsFocusedVisits'],
        note: "The product's reading of the ILACS rhythm; no rule of Ofsted's dates the letter's areas for improvement.",
      },
    },
    outcomes: NATIONAL_FRAMEWORK_TAGS,
    indicatorEra: 'childrens_social_care',
    checked: { confirmed: true, sources: ['ilacsFocusedVisits', 'ofstedFocusedVisit2018'] },
  },
  monitoring_visit: {
    key: 'monitoring_visit',
    name: 'Monitoring visit to a local authority judged inadequate',
    years: '2014–',
    areas: ilacsAreas(false, false),
    keepsUnlistedAreas: true,
    scale: { grades: [], numbering: 'none', checked: { confirmed: true, sources: ['monitoringHandbook2016'] } },
    plan: {
      trigger: 'never',
      deadlines: [],
      words:
        'A monitoring visit asks for no new plan: progress is judged against the action plan sent after the inspection.',
      checked: { confirmed: true, sources: ['monitoringHandbook2016'] },
    },
    rhythm: {
      months: 3,
      words: 'the letter gives no timescale, so within three months, by the next quarterly monitoring visit',
      checked: { confirmed: true, sources: ['monitoringHandbook2016'] },
    },
    outcomes: NATIONAL_FRAMEWORK_TAGS,
    indicatorEra: 'childrens_social_care',
    checked: { confirmed: true, sources: ['monitoringHandbook2016'] },
  },
};

export function frameworkOf(key: FrameworkKey): Framework {
  return FRAMEWORKS[key];
}

export function isFrameworkKey(value: string): value is FrameworkKey {
  return (FRAMEWORK_KEYS as readonly string[]).includes(value);
}

function inForce(area: FrameworkArea, on: string | null): boolean {
  if (!on) return true;
  return (!area.from || on >= area.from) && (!area.until || on < area.until);
}

/**
 * The areas a framework judged in an inspection on `on` (the first day of fieldwork, else the
 * publication date), with the labels in force then. Without a date, every area with its latest label.
 */
export function areasOf(key: FrameworkKey, on: string | null = null): FrameworkArea[] {
  return FRAMEWORKS[key].areas
    .filter((area) => inForce(area, on))
    .map((area) =>
      area.earlierLabel && on && on < area.earlierLabel.until ? { ...area, label: area.earlierLabel.label } : area,
    );
}

function readable(keyOrLabel: string): string {
  return keyOrLabel
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[_\s]+/g, ' ')
    .replace(/^\s*\d+(?:\.\d+)*\.?\s+/, '')
    .trim();
}

/**
 * The framework's key for a judgement as the import stored it: its own key, or a slug or label the
 * import could not place ("experiences_and_progress_of_care_leavers" → care_leavers). Null when the
 * framework has no such area.
 */
export function frameworkAreaKey(key: FrameworkKey, keyOrLabel: string, on: string | null = null): string | null {
  const areas = areasOf(key, on);
  const exact = areas.find((area) => area.key === keyOrLabel);
  if (exact) return exact.key;
  const text = readable(keyOrLabel);
  // Earlier-listed areas win, so "children in care and care leavers" is the children-in-care area.
  return areas.find((area) => area.matches.test(text))?.key ?? null;
}

/** The label of an area in the framework's own words; an unlisted area keeps its key in words. */
export function frameworkAreaLabel(key: FrameworkKey, areaKey: string, on: string | null = null): string {
  return areasOf(key, on).find((area) => area.key === areaKey)?.label ?? areaKey.replace(/_/g, ' ');
}
