/**
 * The words pages, papers and workbooks print for the domain's values (RAG words are in rag.ts,
 * beside their colours). Each value is looked up here, by value, and nowhere else.
 */
import type { ChangeDirection } from '../domain/council-comparison';
import { isGrade, type JudgementValue } from '../domain/ilacs';
import type { Change, Direction, GradeKey, RecommendationKind, Role } from '../domain/vocabulary';

/** Normalised grades in words, whatever the framework published. */
export const GRADE_WORDS: Readonly<Record<GradeKey, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  requires_improvement: 'Requires improvement',
  inadequate: 'Inadequate',
};

/** An indicator's direction of travel: the arrow is for the eye, the word carries the meaning. */
export const DIRECTION_WORDS: Readonly<Record<Direction, { word: string; arrow: string }>> = {
  improving: { word: 'Improving', arrow: '↑' },
  no_change: { word: 'No change', arrow: '→' },
  worsening: { word: 'Worsening', arrow: '↓' },
};

/** Said where an indicator has fewer than two values, so has no direction yet. */
export const NO_DIRECTION = 'Not enough values';

/** How an action's RAG moved since the previous board paper. */
export const CHANGE_WORDS: Readonly<Record<Change, string>> = {
  better: 'Improved',
  worse: 'Worsened',
  same: 'No change',
  new: 'New',
  closed: 'Closed',
  removed: 'Removed',
};

export const KIND_WORDS: Readonly<Record<RecommendationKind, string>> = { outcome: 'Outcome', process: 'Process' };

export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  clerk: 'Committee clerk',
  owner: 'Plan owner',
  scrutiny: 'Scrutiny member',
};

/** Part 1 of Schedule 12A to the Local Government Act 1972 (England), as amended in 2006. */
export const EXEMPT_PARAGRAPHS: Readonly<Record<number, string>> = {
  1: 'information relating to any individual',
  2: 'information likely to reveal the identity of an individual',
  3: 'information relating to the financial or business affairs of any particular person, including the authority',
  4: 'information relating to consultations or negotiations on a labour relations matter',
  5: 'information in respect of which a claim to legal professional privilege could be maintained',
  6: 'information revealing that the authority proposes to give a notice imposing requirements, or to make an order or direction',
  7: 'information relating to action in connection with the prevention, investigation or prosecution of crime',
};

/** Looks `value` up in `words`; a value the table does not know is shown as it is, and none as ''. */
function lookUp(words: Readonly<Record<string, string>>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return words[value] ?? value;
}

export function gradeWord(grade: string | null | undefined): string {
  return lookUp(GRADE_WORDS, grade);
}

export function directionWord(direction: string | null | undefined): string {
  if (!direction) return NO_DIRECTION;
  return DIRECTION_WORDS[direction as Direction]?.word ?? direction;
}

export function changeWord(change: string | null | undefined): string {
  return lookUp(CHANGE_WORDS, change);
}

export function kindWord(kind: string | null | undefined): string {
  return lookUp(KIND_WORDS, kind);
}

export function roleWord(role: string | null | undefined): string {
  return lookUp(ROLE_WORDS, role);
}

export function exemptDescription(paragraph: number | string | null | undefined): string {
  return paragraph === null || paragraph === undefined ? '' : (EXEMPT_PARAGRAPHS[Number(paragraph)] ?? '');
}

/** How a council's grades moved from one inspection to the next (national outcomes). */
export const INSPECTION_CHANGE_WORDS: Readonly<Record<ChangeDirection | 'no_previous', string>> = {
  improved: 'Improved',
  declined: 'Declined',
  unchanged: 'No change',
  mixed: 'Mixed: some grades rose, some fell',
  not_comparable: 'Not comparable: no judgement graded in both',
  no_previous: 'No earlier graded inspection',
};

export function inspectionChangeWord(direction: string | null | undefined): string {
  return lookUp(INSPECTION_CHANGE_WORDS, direction ?? 'no_previous');
}

/** Words for each value a judgement of the national outcomes can take. */
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

/** A judgement of the national outcomes: a grade in the product's words, or why it has none. */
export function judgementWord(value: string | null | undefined): string {
  if (!value) return '';
  return isGrade(value as JudgementValue) ? gradeWord(value) : lookUp(JUDGEMENT_VALUE_WORDS, value);
}

/** "2 years and 3 months", "11 months", "3 weeks": the time between two inspections. */
export function intervalWords(interval: { months: number; days: number } | null | undefined): string {
  if (!interval) return '';
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (interval.months < 1) return plural(Math.max(1, Math.round(interval.days / 7)), 'week');
  const years = Math.floor(interval.months / 12);
  const months = interval.months % 12;
  if (!years) return plural(months, 'month');
  return months ? `${plural(years, 'year')} and ${plural(months, 'month')}` : plural(years, 'year');
}
