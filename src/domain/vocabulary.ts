/**
 * The fixed words of the domain (DESIGN.md "The domain"). Each list is the single source for
 * the database check constraints, the DTO validators and the pages.
 */

export const ROLES = ['admin', 'clerk', 'owner', 'scrutiny'] as const;
export type Role = (typeof ROLES)[number];

export const PARTNER_KINDS = ['council', 'health', 'police', 'education', 'connexions', 'voluntary', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * JAR, APA, the 2012–13 looked-after-children inspection (LAC), SIF, a review of a Local Safeguarding
 * Children Board published on its own (LSCB; inside a SIF report the board is one of its judgements),
 * ILACS, a focused visit (FOCUSED) or monitoring visit (MONITORING) under the ILACS framework, each
 * published as a letter of its own, or anything else.
 */
export const INSPECTION_KINDS = [
  'JAR',
  'APA',
  'LAC',
  'SIF',
  'LSCB',
  'ILACS',
  'FOCUSED',
  'MONITORING',
  'OTHER',
] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Normalised grades and their level: 4 is best, whatever numbering the framework published. */
export const GRADES = {
  outstanding: 4,
  good: 3,
  adequate: 2,
  requires_improvement: 2,
  inadequate: 1,
} as const;
export type GradeKey = keyof typeof GRADES;
export const GRADE_KEYS = Object.keys(GRADES) as GradeKey[];

export const RECOMMENDATION_KINDS = ['outcome', 'process'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

export const TIMESCALES = ['immediate', 'within_three_months', 'within_six_months', 'longer_term'] as const;
export type Timescale = (typeof TIMESCALES)[number];

export const ECM_OUTCOMES = {
  be_healthy: 'Be healthy',
  stay_safe: 'Stay safe',
  enjoy_and_achieve: 'Enjoy and achieve',
  positive_contribution: 'Make a positive contribution',
  economic_well_being: 'Achieve economic well-being',
} as const;
export type EcmOutcome = keyof typeof ECM_OUTCOMES;
export const ECM_OUTCOME_KEYS = Object.keys(ECM_OUTCOMES) as EcmOutcome[];

export const PLAN_STATUSES = ['draft', 'endorsed', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ACTION_STATUSES = ['not_started', 'in_progress', 'complete', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What an owner may propose, or a clerk may set as an override. */
export const PROGRESS_RAGS = ['red', 'amber', 'green'] as const;
export type ProgressRag = (typeof PROGRESS_RAGS)[number];

export const ACTION_RAGS = ['red', 'amber', 'green', 'not_started', 'complete', 'cancelled'] as const;
export type ActionRag = (typeof ACTION_RAGS)[number];

export const INDICATOR_RAGS = ['red', 'amber', 'green', 'no_data'] as const;
export type IndicatorRag = (typeof INDICATOR_RAGS)[number];

export type Direction = 'improving' | 'worsening' | 'no_change';

export type Change = 'better' | 'worse' | 'same' | 'new' | 'closed' | 'removed';

export const POLARITIES = ['higher_is_better', 'lower_is_better'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['annual', 'academic_year', 'quarterly', 'monthly'] as const;
export type FrequencyKey = (typeof FREQUENCIES)[number];

export const TOLERANCE_KINDS = ['percentage', 'absolute'] as const;
export type ToleranceKind = (typeof TOLERANCE_KINDS)[number];

export const PAPER_STATUSES = ['public', 'exempt'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

export const AUDIT_OPERATIONS = ['insert', 'update', 'delete'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/** Judgement area keys by framework (DESIGN.md); an area no vocabulary knows keeps a slug of its label. */
export const JUDGEMENT_AREAS = {
  JAR: {
    safeguarding: 'Safeguarding',
    looked_after_children: 'Looked after children',
    ldd: 'Children with learning difficulties and/or disabilities',
    service_management: 'Service management',
    capacity_to_improve: 'Capacity to improve',
    health: 'Health',
    youth_support: 'Youth support',
  },
  /** From April 2026 there is no overall effectiveness judgement; care leavers are graded on their own from 2023. */
  ILACS: {
    overall_effectiveness: 'Overall effectiveness',
    help_and_protection: 'The experiences and progress of children who need help and protection',
    children_in_care: 'The experiences and progress of children in care',
    care_leavers: 'The experiences and progress of care leavers',
    leadership: 'The impact of leaders on social work practice with children and families',
  },
  /** The 2012–13 inspection of looked after children services. */
  LAC: {
    overall_effectiveness: 'Overall effectiveness of services for looked after children and young people',
    capacity_to_improve: 'Capacity to improve',
    outcomes: 'Outcomes for looked after children and young people',
    quality_of_provision: 'Quality of provision',
    leadership_and_management: 'Leadership and management',
  },
  /** The single inspection framework (2013–17), with its review of the safeguarding children board. */
  SIF: {
    overall_effectiveness: 'Overall effectiveness',
    help_and_protection: 'Children who need help and protection',
    children_looked_after: 'Children looked after and achieving permanence',
    adoption: 'Adoption performance',
    care_leavers: 'Experiences and progress of care leavers',
    leadership: 'Leadership, management and governance',
    lscb: 'Local Safeguarding Children Board',
  },
  /** A review of the effectiveness of a Local Safeguarding Children Board published on its own (2013–18). */
  LSCB: {
    lscb: 'Local Safeguarding Children Board',
  },
} as const;

const AREA_LABELS: Record<string, string> = Object.assign({}, ...Object.values(JUDGEMENT_AREAS));

/** A judgement area's label from any framework's vocabulary, else its key in words. */
export function areaLabel(key: string): string {
  return AREA_LABELS[key] ?? key.replace(/_/g, ' ');
}

/** SQL `IN (...)` list for a check constraint. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}
