/**
 * What recommendations are about. Each topic is a measurable object (NEET, breastfeeding, SEN
 * statements, re-referrals) or a theme of work (safeguarding, financial planning), with the words that
 * name it, the Every Child Matters outcome and judgement areas it belongs to, and the measures that
 * evidence it in each era's catalogue: catalogue codes first, else a local measure for the clerk to
 * define.
 *
 * Topics with a measure are what a compound recommendation is split on; themes without one only
 * place an action (area, outcome, owner). Order matters: the first topic that names an area wins.
 *
 * Words match whole words only (every pattern starts and ends on a word boundary), and a topic whose
 * words are part of another's phrase says so: "private fostering" is a safeguarding duty, not a
 * placement, so the placements topic does not see the word "fostering" after "private".
 */
import type { IndicatorEra } from '../../frameworks/frameworks';
import type { EcmOutcome, Polarity, FrequencyKey } from '../../domain/vocabulary';

export interface LocalMeasure {
  title: string;
  unit: string;
  polarity: Polarity;
  frequency: FrequencyKey;
}

export interface Topic {
  key: string;
  /** Words that name the topic in a recommendation; the first match's text is quoted in reasons. */
  words: RegExp;
  /** Title for an action split out for this topic. */
  actionTitle: string;
  ecmOutcome: EcmOutcome | null;
  /** Judgement area keys across frameworks, most specific first. */
  areas: readonly string[];
  /** Catalogue codes that evidence it in each era, tried in order; all that exist are suggested. */
  indicators: Readonly<Record<IndicatorEra, readonly string[]>>;
  /** The measure to define locally when the catalogue holds none of `indicators`. */
  localMeasure?: LocalMeasure;
}

const LAC_AREAS = ['looked_after_children', 'children_in_care', 'children_looked_after', 'outcomes'] as const;
const LEAVER_AREAS = ['care_leavers', 'looked_after_children', 'children_in_care', 'children_looked_after'] as const;
const PROTECTION_AREAS = ['safeguarding', 'help_and_protection'] as const;
const LEADERSHIP_AREAS = ['service_management', 'leadership', 'leadership_and_management'] as const;

/** Codes for the 2008 era and for today's children's social care catalogue. */
function codes(ni2008: readonly string[], today: readonly string[] = []): Topic['indicators'] {
  return { ni_2008: ni2008, childrens_social_care: today };
}

export const TOPICS: readonly Topic[] = [
  {
    key: 'care_leavers_eet',
    words: /\bcare leavers?\b[^.;]{0,80}?\b(?:education|employment|training|EET)\b/i,
    actionTitle: 'Increase the number of care leavers in education, employment or training',
    ecmOutcome: 'economic_well_being',
    areas: LEAVER_AREAS,
    indicators: codes(['NI 148'], ['CLA L2']),
    localMeasure: {
      title: 'Care leavers in education, employment or training',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'care_leavers_accommodation',
    words: /\b(?:permanent|suitable|settled|stable)\s+accommodation\b/i,
    actionTitle: 'Increase the number of care leavers in suitable accommodation',
    ecmOutcome: 'economic_well_being',
    areas: LEAVER_AREAS,
    indicators: codes(['NI 147'], ['CLA L1']),
    localMeasure: {
      title: 'Care leavers in suitable accommodation',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'neet',
    words: /\bnot in (?:education|employment|training)\b|\bNEET\b/i,
    actionTitle: 'Reduce the number of young people not in education, employment or training',
    ecmOutcome: 'economic_well_being',
    areas: ['youth_support', 'care_leavers'],
    indicators: codes(['NI 117']),
    localMeasure: {
      title: '16 to 18 year olds not in education, employment or training (NEET)',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'obesity',
    words: /\bobes(?:e|ity)\b|\bhealthy weight\b/i,
    actionTitle: 'Reduce childhood obesity',
    ecmOutcome: 'be_healthy',
    areas: ['health'],
    indicators: codes(['NI 55', 'NI 56']),
    localMeasure: {
      title: 'Obesity among primary school age children',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'academic_year',
    },
  },
  {
    key: 'breastfeeding',
    words: /\bbreast-?\s?feeding\b/i,
    actionTitle: 'Increase breastfeeding at 6–8 weeks',
    ecmOutcome: 'be_healthy',
    areas: ['health'],
    indicators: codes(['NI 53']),
    localMeasure: {
      title: 'Prevalence of breastfeeding at 6–8 weeks from birth',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'infant_mortality',
    words: /\binfant mortality\b/i,
    actionTitle: 'Reduce infant mortality',
    ecmOutcome: 'be_healthy',
    areas: ['health'],
    indicators: codes([]),
    localMeasure: {
      title: 'Infant mortality rate (deaths under one year per 1,000 live births)',
      unit: 'rate per 1,000',
      polarity: 'lower_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'teenage_conceptions',
    words: /\b(?:teenage|under[- ]18) (?:conceptions?|pregnanc(?:y|ies))\b/i,
    actionTitle: 'Reduce under-18 conceptions',
    ecmOutcome: 'be_healthy',
    areas: ['health'],
    indicators: codes(['NI 112']),
    localMeasure: {
      title: 'Under-18 conception rate',
      unit: 'rate per 1,000',
      polarity: 'lower_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'dental_health',
    words: /\b(?:dentists?|dental)\b/i,
    actionTitle: 'Make sure every child looked after is registered with a dentist',
    ecmOutcome: 'be_healthy',
    areas: LAC_AREAS,
    indicators: codes([]),
    localMeasure: {
      title: 'Children looked after registered with a dentist',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'health_assessments',
    words: /\bhealth assessments?\b/i,
    actionTitle: 'Complete health assessments for children looked after on time',
    ecmOutcome: 'be_healthy',
    areas: LAC_AREAS,
    indicators: codes([]),
    localMeasure: {
      title: 'Children looked after with an up-to-date health assessment',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'sen_assessment',
    words: /\bSEN process(?:es)?\b|\bstatutory assessments?\b|\bstatements? (?:of SEN|issued)\b/i,
    actionTitle: 'Speed up statutory assessment of special educational needs',
    ecmOutcome: 'enjoy_and_achieve',
    areas: ['ldd'],
    indicators: codes(['NI 103a', 'NI 103']),
    localMeasure: {
      title: 'Statements of special educational needs issued within 26 weeks',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'sen_reviews',
    words: /\bSEN reviews?\b|\bannual reviews? of statements?\b/i,
    actionTitle: 'Hold annual reviews of statements on time',
    ecmOutcome: 'enjoy_and_achieve',
    areas: ['ldd'],
    indicators: codes([]),
    localMeasure: {
      title: 'Annual reviews of statements of SEN completed on time',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'lac_attainment',
    words: /\b(?:school attendance|educational outcomes|personal education plans?|PEPs?)\b/i,
    actionTitle: 'Improve the attendance and attainment of children looked after',
    ecmOutcome: 'enjoy_and_achieve',
    areas: LAC_AREAS,
    indicators: codes(['NI 99', 'NI 101']),
    localMeasure: {
      title: 'Attainment of children looked after',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'academic_year',
    },
  },
  {
    key: 'private_fostering',
    words: /\bprivate(?:ly)?\s+foste(?:ring|red)\b/i,
    actionTitle: 'Identify and assess private fostering arrangements',
    ecmOutcome: 'stay_safe',
    areas: [...PROTECTION_AREAS, 'lscb'],
    indicators: codes([]),
  },
  {
    key: 'placement_distance',
    words:
      /\bplaced\b[^.;]{0,30}?\b(?:out of (?:area|borough|county)|outside (?:the )?(?:local )?(?:authority|area|borough)|far from home|(?:more than )?20 miles)\b|\b(?:sufficiency|number and range)\b[^.;]{0,40}?\b(?:placements?|homes|carers)\b/i,
    actionTitle: 'Place children in care close to home, with enough homes to choose from',
    ecmOutcome: 'stay_safe',
    areas: LAC_AREAS,
    indicators: codes([], ['CLA P1']),
    localMeasure: {
      title: 'Children looked after placed more than 20 miles from home',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'placements',
    words:
      /\bplacements?\b|(?<!\bprivate(?:ly)?\s)\bfoster(?:ing|\s+(?:carers?|homes?|care|placements?))\b|\bstable homes\b|\bplacement stability\b/i,
    actionTitle: 'Widen placement choice and stability for children in care',
    ecmOutcome: 'stay_safe',
    areas: LAC_AREAS,
    indicators: codes(['NI 62', 'NI 63'], ['CLA S1', 'CLA S2']),
    localMeasure: {
      title: 'Children looked after with three or more placements in the year',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'adoption',
    words: /\badopt(?:ion|ers?|ive)\b|\bpermanence\b|\bpermanency\b|\bpermanent (?:carers?|homes?|families)\b/i,
    actionTitle: 'Improve the timeliness of permanence and adoption',
    ecmOutcome: 'stay_safe',
    areas: ['adoption', ...LAC_AREAS],
    indicators: codes(['NI 61']),
    localMeasure: {
      title: 'Children adopted within 12 months of the decision that adoption is in their best interests',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'missing',
    words: /\bmissing\b|\breturn (?:home )?interviews?\b/i,
    actionTitle: 'Respond to children who go missing',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes(['NI 71']),
    localMeasure: {
      title: 'Children who have run away from home or care overnight',
      unit: 'number',
      polarity: 'lower_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 're_referrals',
    words: /\bre-?referrals?\b|\brepeat(?:ed)? referrals?\b/i,
    actionTitle: "Reduce re-referrals to children's social care",
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes([], ['CIN C1']),
    localMeasure: {
      title: 'Re-referrals within 12 months of a previous referral',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'repeat_protection_plans',
    words:
      /\b(?:repeat(?:ed)?|second or subsequent|subsequent)\b[^.;]{0,20}?\bchild protection plans?\b|\bchild protection plans?\b[^.;]{0,20}?\bsecond or subsequent\b/i,
    actionTitle: 'Reduce repeat child protection plans',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes(['NI 65'], ['CIN D3']),
    localMeasure: {
      title: 'Children becoming the subject of a child protection plan for a second or subsequent time',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'long_protection_plans',
    words:
      /\bchild protection plans?\b[^.;]{0,40}?\b(?:(?:two|2) years or (?:more|longer)|long(?:er)?[- ]standing|drift|too long|length|duration)\b/i,
    actionTitle: 'End child protection plans that have lasted too long',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes(['NI 64'], ['CIN D7']),
    localMeasure: {
      title: 'Child protection plans ending that had lasted 2 years or more',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'child_protection',
    words:
      /\bchild protection\b|\bsignificant harm\b|\bexploit(?:ed|ation)\b|\bthresholds?\b|\bearly help\b|\bneglect\b|\bfront door\b|\bchildren in need\b|\byoung carers?\b|\bdomestic abuse\b|\bstrategy (?:meetings?|discussions?)\b|\bsupervision orders?\b/i,
    actionTitle: 'Strengthen child protection practice',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes([]),
  },
  {
    key: 'assessment_timeliness',
    words:
      /\b(?:initial|core) assessments?\b|\btimel(?:y|iness)\b[^.;]{0,30}?\bassessments?\b|\bassessments?\b[^.;]{0,40}?\b(?:timel(?:y|iness)|on time|within 45 (?:working )?days)\b/i,
    actionTitle: 'Complete assessments on time',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: codes(['NI 59', 'NI 60'], ['CIN C2']),
    localMeasure: {
      title: 'Assessments completed within timescale',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'safeguarding',
    words: /\bsafeguard(?:ing)?\b|\bLSCB\b|\bsafer recruitment\b|\be-safety\b/i,
    actionTitle: 'Embed safeguarding across the partnership',
    ecmOutcome: 'stay_safe',
    areas: ['lscb', ...PROTECTION_AREAS],
    indicators: codes([]),
  },
  {
    key: 'care_leavers',
    words: /\bcare leavers?\b|\bpathway plan(?:s|ning)?\b|\bleaving care\b|\bcare[- ]experienced\b/i,
    actionTitle: 'Improve support for care leavers',
    ecmOutcome: 'economic_well_being',
    areas: LEAVER_AREAS,
    indicators: codes([]),
  },
  {
    key: 'looked_after',
    words:
      /\blooked after\b|\bchildren in care\b|\bcare plans?\b|\bcorporate parent(?:ing|s)?\b|\bIROs?\b|\bindependent reviewing\b|\bcare leavers?\b|\bpathway plans?\b|\blife[- ]story\b|\bkinship (?:carers?|care)\b|\bspecial guardian(?:s|ship)?\b/i,
    actionTitle: 'Improve services for children in care',
    ecmOutcome: 'stay_safe',
    areas: LAC_AREAS,
    indicators: codes([]),
  },
  {
    key: 'transition',
    words: /\btransition\b/i,
    actionTitle: 'Improve transition planning',
    ecmOutcome: 'economic_well_being',
    areas: ['ldd'],
    indicators: codes([]),
  },
  {
    key: 'ldd',
    words:
      /\bLDD\b|\blearning difficult(?:y|ies)\b|\bdisabled children\b|\bdisabilit(?:y|ies)\b|\bSEN\b|\bspecial educational needs\b/i,
    actionTitle: 'Improve support for children with learning difficulties and disabilities',
    ecmOutcome: 'enjoy_and_achieve',
    areas: ['ldd'],
    indicators: codes([]),
  },
  {
    key: 'youth',
    words: /\byouth (?:support|work|service)s?\b|\byoung people's (?:involvement|participation)\b/i,
    actionTitle: 'Strengthen integrated youth support',
    ecmOutcome: 'positive_contribution',
    areas: ['youth_support'],
    indicators: codes([]),
  },
  {
    key: 'participation',
    words: /\b(?:views|wishes|voice|consultation|engagement|advocacy|complaints)\b/i,
    actionTitle: 'Involve children and young people in shaping services',
    ecmOutcome: 'positive_contribution',
    areas: [],
    indicators: codes([]),
  },
  {
    key: 'caseloads',
    words: /\bcase ?loads?\b|\bsocial work capacity\b/i,
    actionTitle: "Bring social workers' caseloads down to a manageable level",
    ecmOutcome: null,
    areas: LEADERSHIP_AREAS,
    indicators: codes([], ['CSWW 4']),
    localMeasure: {
      title: 'Average caseload of case-holding social workers',
      unit: 'number',
      polarity: 'lower_is_better',
      frequency: 'monthly',
    },
  },
  {
    key: 'workforce_stability',
    words:
      /\b(?:multiple )?changes? of (?:social )?workers?\b|\bsingle consistent social worker\b|\b(?:staff|workforce|social worker) (?:turnover|stability|retention)\b|\bturnover\b|\bretention\b|\brecruit(?:ment|ing)? and retention\b|\bvacanc(?:y|ies)\b|\bagency (?:staff|social workers?|workers?)\b|\bpermanent (?:social )?workers?\b|\bstable workforce\b/i,
    actionTitle: 'Build a stable, permanent social work workforce',
    ecmOutcome: null,
    areas: LEADERSHIP_AREAS,
    indicators: codes([], ['CSWW 1', 'CSWW 3', 'CSWW 2']),
    localMeasure: {
      title: 'Turnover of social workers',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'leadership',
    words:
      /\bfinancial planning\b|\bbudgets?\b|\bdata\b|\bintelligence\b|\bperformance\b|\baccountability\b|\bgovernance\b|\bequality\b|\bdiversity\b|\belected members\b|\bsupervision\b|\bcapacity\b|\bworkforce\b|\bsocial workers\b|\bmanagers?\b|\baudits?\b|\brecording\b|\bICS\b|\bstrateg(?:y|ic)\b|\bpartnership\b|\bChildren's Trust\b|\boversight\b|\bquality assurance\b/i,
    actionTitle: 'Strengthen leadership and management',
    ecmOutcome: null,
    areas: LEADERSHIP_AREAS,
    indicators: codes([]),
  },
];
