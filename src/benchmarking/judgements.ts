/**
 * The five judgements of an inspection of local authority children's services (ILACS) as the
 * national outcomes file gives them, and the values a judgement can take there: one of the four
 * grades, or a word saying why there is no grade. Pure: no I/O.
 *
 * - `not_reported_post_reform`: the inspection was made after 1 April 2026, when Ofsted stopped
 *   judging overall effectiveness.
 * - `inspection_pre_dates_judgement`: the inspection came before the judgement existed (care leavers
 *   were judged on their own from January 2023).
 * - `data_unreadable`: the report was published but the grade could not be read from it (most
 *   reports from before 2018, made under earlier frameworks).
 * - `not_recorded`: the cell is empty.
 */
import { GRADES } from '../domain/vocabulary';

/** In the order the reports and the outcomes file give them. */
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

/** Words for each value, for pages, papers and workbooks. */
export const JUDGEMENT_VALUE_WORDS: Readonly<Record<JudgementValue, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
  not_reported_post_reform: 'Not judged (no overall judgement from April 2026)',
  inspection_pre_dates_judgement: 'Not judged (before this judgement existed)',
  data_unreadable: 'Not known (grade not readable in the report)',
  not_recorded: 'Not recorded',
};

export function isGrade(value: JudgementValue): value is IlacsGrade {
  return (ILACS_GRADES as readonly string[]).includes(value);
}

/** 4 for outstanding down to 1 for inadequate, as everywhere else in the product. */
export function gradeLevel(grade: IlacsGrade): 1 | 2 | 3 | 4 {
  return GRADES[grade];
}

/**
 * A cell of the outcomes file, or null when it is not a word the file uses. "Requires
 * improvement to be good" is the grade's full name; "to requires improvement" is how the source
 * tool has read that name when a report set it over two lines (Southend-on-Sea's report of August
 * 2019, whose help and protection judgement the report gives as "requires improvement to be good").
 */
export function readJudgementCell(cell: string): JudgementValue | null {
  const text = cell.trim().replace(/\s+/g, ' ').toLowerCase();
  switch (text) {
    case '':
      return 'not_recorded';
    case 'outstanding':
    case 'good':
    case 'inadequate':
    case 'not_reported_post_reform':
    case 'inspection_pre_dates_judgement':
    case 'data_unreadable':
      return text;
    case 'requires improvement':
    case 'requires improvement to be good':
    case 'to requires improvement':
      return 'requires_improvement';
    default:
      return null;
  }
}

/** The words the outcomes file may use for a judgement, for a refusal that tells the reader what would do. */
export const KNOWN_JUDGEMENT_WORDS =
  'outstanding, good, requires improvement, inadequate, not_reported_post_reform, inspection_pre_dates_judgement, ' +
  'data_unreadable, or an empty cell';
