/**
 * The five judgements of an inspection of local authority children's services (ILACS) as the
 * national outcomes file gives them, and the values a judgement can take there: one of the four
 * grades, or a word saying why there is no grade.
 *
 * - `not_reported_post_reform`: the inspection was made after 1 April 2026, when Ofsted stopped
 *   judging overall effectiveness.
 * - `inspection_pre_dates_judgement`: the inspection came before the judgement existed (care leavers
 *   were judged on their own from January 2023).
 * - `data_unreadable`: the report was published but the grade could not be read from it (most
 *   reports from before 2018, made under earlier frameworks).
 * - `not_recorded`: the cell is empty.
 */
import { GRADES } from './vocabulary';

/** In the order the reports and the outcomes file give them, with the outcomes file's column for each. */
export const BENCHMARK_JUDGEMENTS = [
  { key: 'overall_effectiveness', column: 'overall_effectiveness_grade', label: 'Overall effectiveness' },
  { key: 'leadership', column: 'impact_of_leaders_grade', label: 'Impact of leaders' },
  { key: 'help_and_protection', column: 'help_and_protection_grade', label: 'Help and protection' },
  { key: 'children_in_care', column: 'in_care_grade', label: 'Children in care' },
  { key: 'care_leavers', column: 'care_leavers_grade', label: 'Care leavers' },
] as const;

/** `overall_effectiveness`, `leadership`, `help_and_protection` and `children_in_care` are the ILACS area keys of DESIGN.md. */
export type JudgementKey = (typeof BENCHMARK_JUDGEMENTS)[number]['key'];
export const JUDGEMENT_KEYS: readonly JudgementKey[] = BENCHMARK_JUDGEMENTS.map((judgement) => judgement.key);

/** Best first. */
export const ILACS_GRADES = ['outstanding', 'good', 'requires_improvement', 'inadequate'] as const;
export type IlacsGrade = (typeof ILACS_GRADES)[number];

export const NO_GRADE_REASONS = [
  'not_reported_post_reform',
  'inspection_pre_dates_judgement',
  'data_unreadable',
  'not_recorded',
] as const;
export type NoGradeReason = (typeof NO_GRADE_REASONS)[number];

export type JudgementValue = IlacsGrade | NoGradeReason;
export type Judgements = Readonly<Record<JudgementKey, JudgementValue>>;

export function isGrade(value: JudgementValue): value is IlacsGrade {
  return (ILACS_GRADES as readonly string[]).includes(value);
}

/** 4 for outstanding down to 1 for inadequate, as everywhere else in the product. */
export function gradeLevel(grade: IlacsGrade): 1 | 2 | 3 | 4 {
  return GRADES[grade];
}
