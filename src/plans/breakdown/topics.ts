/**
 * What recommendations are about. Each topic is a measurable object (NEET, breastfeeding, SEN
 * statements) or a theme of work (safeguarding, financial planning), with the words that name it,
 * the Every Child Matters outcome and judgement areas it belongs to, and the measures that evidence
 * it: catalogue codes first, else a local measure for the clerk to define.
 *
 * Topics with a measure are what a compound recommendation is split on; themes without one only
 * place an action (area, outcome, owner). Order matters: the first topic that names an area wins.
 */
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
  /** Catalogue codes that evidence it, tried in order; all that exist are suggested. */
  indicators: readonly string[];
  /** The measure to define locally when the catalogue holds none of `indicators`. */
  localMeasure?: LocalMeasure;
}

const LAC_AREAS = ['looked_after_children', 'children_in_care', 'children_looked_after', 'outcomes'] as const;
const LEAVER_AREAS = ['care_leavers', 'looked_after_children', 'children_in_care', 'children_looked_after'] as const;
const PROTECTION_AREAS = ['safeguarding', 'help_and_protection'] as const;
const LEADERSHIP_AREAS = ['service_management', 'leadership', 'leadership_and_management'] as const;

export const TOPICS: readonly Topic[] = [
  {
    key: 'care_leavers_eet',
    words: /\bcare leavers?\b[^.;]{0,80}?\b(?:education|employment|training|EET)\b/i,
    actionTitle: 'Increase the number of care leavers in education, employment or training',
    ecmOutcome: 'economic_well_being',
    areas: LEAVER_AREAS,
    indicators: ['NI 148'],
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
    indicators: ['NI 147'],
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
    indicators: ['NI 117'],
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
    indicators: ['NI 55', 'NI 56'],
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
    indicators: ['NI 53'],
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
    indicators: [],
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
    indicators: ['NI 112'],
    localMeasure: {
      title: 'Under-18 conception rate',
      unit: 'rate per 1,000',
      polarity: 'lower_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'dental_health',
    words: /\bdentist|dental\b/i,
    actionTitle: 'Make sure every child looked after is registered with a dentist',
    ecmOutcome: 'be_healthy',
    areas: LAC_AREAS,
    indicators: [],
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
    indicators: [],
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
    indicators: ['NI 103a', 'NI 103'],
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
    indicators: [],
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
    indicators: ['NI 99', 'NI 101'],
    localMeasure: {
      title: 'Attainment of children looked after',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'academic_year',
    },
  },
  {
    key: 'placements',
    words: /\bplacements?\b|\bfoster(?:ing|\s+carers?)\b/i,
    actionTitle: 'Widen placement choice and stability for children in care',
    ecmOutcome: 'stay_safe',
    areas: LAC_AREAS,
    indicators: ['NI 62', 'NI 63'],
    localMeasure: {
      title: 'Children looked after with three or more placements in the year',
      unit: 'percentage',
      polarity: 'lower_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'adoption',
    words: /\badopt(?:ion|ers?|ive)\b|\bpermanence\b|\bpermanency\b/i,
    actionTitle: 'Improve the timeliness of permanence and adoption',
    ecmOutcome: 'stay_safe',
    areas: ['adoption', ...LAC_AREAS],
    indicators: ['NI 61'],
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
    indicators: ['NI 71'],
    localMeasure: {
      title: 'Children who have run away from home or care overnight',
      unit: 'number',
      polarity: 'lower_is_better',
      frequency: 'annual',
    },
  },
  {
    key: 'child_protection',
    words: /\bchild protection\b|\bsignificant harm\b|\bexploit(?:ed|ation)\b/i,
    actionTitle: 'Strengthen child protection practice',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: [],
  },
  {
    key: 'assessment_timeliness',
    words: /\b(?:initial|core) assessments?\b/i,
    actionTitle: 'Complete assessments on time',
    ecmOutcome: 'stay_safe',
    areas: PROTECTION_AREAS,
    indicators: ['NI 59', 'NI 60'],
    localMeasure: {
      title: 'Assessments completed within timescale',
      unit: 'percentage',
      polarity: 'higher_is_better',
      frequency: 'quarterly',
    },
  },
  {
    key: 'safeguarding',
    words: /\bsafeguard(?:ing)?\b|\bLSCB\b|\bprivate(?:ly)? fostering|fostered\b|\bsafer recruitment\b|\be-safety\b/i,
    actionTitle: 'Embed safeguarding across the partnership',
    ecmOutcome: 'stay_safe',
    areas: ['lscb', ...PROTECTION_AREAS],
    indicators: [],
  },
  {
    key: 'looked_after',
    words:
      /\blooked after\b|\bchildren in care\b|\bcare plans?\b|\bcorporate parent(?:ing|s)?\b|\bIROs?\b|\bindependent reviewing\b|\bcare leavers?\b|\bpathway plans?\b|\blife story\b/i,
    actionTitle: 'Improve services for children in care',
    ecmOutcome: 'stay_safe',
    areas: LAC_AREAS,
    indicators: [],
  },
  {
    key: 'transition',
    words: /\btransition\b/i,
    actionTitle: 'Improve transition planning',
    ecmOutcome: 'economic_well_being',
    areas: ['ldd'],
    indicators: [],
  },
  {
    key: 'ldd',
    words:
      /\bLDD\b|\blearning difficult(?:y|ies)\b|\bdisabled children\b|\bdisabilit(?:y|ies)\b|\bSEN\b|\bspecial educational needs\b/i,
    actionTitle: 'Improve support for children with learning difficulties and disabilities',
    ecmOutcome: 'enjoy_and_achieve',
    areas: ['ldd'],
    indicators: [],
  },
  {
    key: 'youth',
    words: /\byouth (?:support|work|service)s?\b|\byoung people's (?:involvement|participation)\b/i,
    actionTitle: 'Strengthen integrated youth support',
    ecmOutcome: 'positive_contribution',
    areas: ['youth_support'],
    indicators: [],
  },
  {
    key: 'participation',
    words: /\b(?:views|wishes|voice|consultation|engagement|advocacy|complaints)\b/i,
    actionTitle: 'Involve children and young people in shaping services',
    ecmOutcome: 'positive_contribution',
    areas: [],
    indicators: [],
  },
  {
    key: 'leadership',
    words:
      /\bfinancial planning\b|\bbudgets?\b|\bdata\b|\bintelligence\b|\bperformance\b|\baccountability\b|\bgovernance\b|\bequality\b|\bdiversity\b|\belected members\b|\bsupervision\b|\bcapacity\b|\bworkforce\b|\bsocial workers\b|\bmanagers?\b|\baudits?\b|\brecording\b|\bICS\b|\bstrateg(?:y|ic)\b|\bpartnership\b|\bChildren's Trust\b/i,
    actionTitle: 'Strengthen leadership and management',
    ecmOutcome: null,
    areas: LEADERSHIP_AREAS,
    indicators: [],
  },
];
