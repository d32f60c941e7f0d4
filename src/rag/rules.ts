/**
 * The RAG rules (DESIGN.md, "Rules"): one pure module, no I/O, no clock. Every answer carries its
 * reason in words, because the reason is shown to owners and printed in papers.
 *
 * Action RAG as of a date, first rule that applies:
 * 1. complete → Complete; cancelled → Cancelled (left out of counts);
 * 2. starts after the date → Not started;
 * 3. a manual override → that colour, marked overridden, with its reason;
 * 4. due before the date and not complete → Red (overdue by N days);
 * 5. the owner's latest proposed RAG is red, or a milestone is overdue by more than the slip limit → Red;
 * 6. the owner proposes amber, or any milestone is overdue, or % complete lags time elapsed by more
 *    than the lag limit → Amber;
 * 7. otherwise Green.
 * Separately: *update overdue* (a flag, not a colour) when a reporting period has ended and the
 * owner's latest update is for an earlier one: on 20 October the update for July–September is due.
 */
import {
  type Period,
  FREQUENCY_WORDS,
  addDays,
  daysBetween,
  endOfMonthsFrom,
  financialQuarterOf,
  reportingPeriodOf,
} from '../domain/periods';
import {
  ACTION_RAGS,
  type ActionRag,
  type ActionStatus,
  type Direction,
  type FrequencyKey,
  type IndicatorRag,
  type Polarity,
  type ProgressRag,
  type ToleranceKind,
} from '../domain/vocabulary';
import { govukDate } from '../presentation/dates';

export interface Thresholds {
  /** Days a milestone may be overdue before its action is red. */
  milestoneSlipLimitDays: number;
  /** Points % complete may trail the share of time elapsed before the action is amber. */
  progressLagLimitPoints: number;
  /** The indicator tolerance used when a target has none of its own, as a percentage of target. */
  amberTolerancePercent: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  milestoneSlipLimitDays: 30,
  progressLagLimitPoints: 25,
  amberTolerancePercent: 5,
};

/** What the rules need to know about an action, as it stood on the as-of date. */
export interface ActionFacts {
  status: ActionStatus;
  startDate: string;
  dueDate: string;
  percentComplete: number;
  override: { rag: ProgressRag; reason: string; byName: string | null } | null;
  milestones: readonly { title: string; dueDate: string; completedOn: string | null }[];
  latestUpdate: { period: string; proposedRag: ProgressRag | null } | null;
}

export interface ActionRagResult {
  rag: ActionRag;
  reason: string;
  overridden: boolean;
  updateOverdue: boolean;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Share of the time between start and due that has passed by the as-of date, 0–100. */
export function timeElapsedPercent(startDate: string, dueDate: string, asOf: string): number {
  const span = daysBetween(startDate, dueDate);
  if (span <= 0) return asOf >= dueDate ? 100 : 0;
  return Math.max(0, Math.min(100, Math.round((daysBetween(startDate, asOf) / span) * 100)));
}

/** The reporting period an update is due for on a date: the last one to have ended. */
export function periodDueOn(asOf: string, frequency: 'quarterly' | 'monthly'): Period {
  const current = reportingPeriodOf(asOf, frequency);
  return reportingPeriodOf(addDays(current.start, -1), frequency);
}

function updateOverdue(facts: ActionFacts, asOf: string, frequency: 'quarterly' | 'monthly'): boolean {
  if (facts.status === 'complete' || facts.status === 'cancelled' || facts.startDate > asOf) return false;
  const due = periodDueOn(asOf, frequency);
  if (facts.startDate > due.end) return false;
  // Labels of one frequency sort as text: "2008-09 Q4" < "2009-10 Q1", "2008-10" < "2008-11".
  return !facts.latestUpdate || facts.latestUpdate.period < due.label;
}

export function actionRag(
  facts: ActionFacts,
  asOf: string,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  frequency: 'quarterly' | 'monthly' = 'quarterly',
): ActionRagResult {
  const flag = updateOverdue(facts, asOf, frequency);
  const result = (rag: ActionRag, reason: string, overridden = false): ActionRagResult => ({
    rag,
    reason,
    overridden,
    updateOverdue: flag,
  });

  if (facts.status === 'complete') return result('complete', 'Complete.');
  if (facts.status === 'cancelled') return result('cancelled', 'Cancelled: left out of the counts.');
  if (facts.startDate > asOf) return result('not_started', `Not started: starts on ${govukDate(facts.startDate)}.`);
  if (facts.override) {
    const by = facts.override.byName ? ` by ${facts.override.byName}` : '';
    return result(facts.override.rag, `Overridden${by}: ${facts.override.reason}`, true);
  }
  if (facts.dueDate < asOf) {
    return result(
      'red',
      `Overdue by ${plural(daysBetween(facts.dueDate, asOf), 'day')}: due ${govukDate(facts.dueDate)}.`,
    );
  }

  const overdue = facts.milestones
    .filter((milestone) => !milestone.completedOn && milestone.dueDate < asOf)
    .map((milestone) => ({ title: milestone.title, days: daysBetween(milestone.dueDate, asOf) }))
    .sort((a, b) => b.days - a.days);
  const proposed = facts.latestUpdate?.proposedRag ?? null;

  if (proposed === 'red') return result('red', 'The owner reports red.');
  if (overdue.length && overdue[0].days > thresholds.milestoneSlipLimitDays) {
    return result(
      'red',
      `Milestone "${overdue[0].title}" is overdue by ${plural(overdue[0].days, 'day')}, beyond the ${thresholds.milestoneSlipLimitDays}-day slip limit.`,
    );
  }
  if (proposed === 'amber') return result('amber', 'The owner reports amber.');
  if (overdue.length) {
    return result('amber', `Milestone "${overdue[0].title}" is overdue by ${plural(overdue[0].days, 'day')}.`);
  }
  const elapsed = timeElapsedPercent(facts.startDate, facts.dueDate, asOf);
  if (elapsed - facts.percentComplete > thresholds.progressLagLimitPoints) {
    return result('amber', `${facts.percentComplete} % complete against ${elapsed} % of time elapsed.`);
  }
  return result('green', `On track: ${facts.percentComplete} % complete against ${elapsed} % of time elapsed.`);
}

export interface IndicatorTarget {
  polarity: Polarity;
  targetValue: number | null;
  toleranceKind: ToleranceKind;
  toleranceValue: number;
}

export interface IndicatorRagResult {
  rag: IndicatorRag;
  reason: string;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** The latest value against the target, polarity-aware, with its tolerance. */
export function indicatorRag(target: IndicatorTarget, latest: number | null): IndicatorRagResult {
  if (latest === null) return { rag: 'no_data', reason: 'No value recorded yet.' };
  if (target.targetValue === null) return { rag: 'no_data', reason: 'No target set.' };
  const goal = target.targetValue;
  const shortfall = target.polarity === 'higher_is_better' ? goal - latest : latest - goal;
  const better = target.polarity === 'higher_is_better' ? 'at or above' : 'at or below';
  if (shortfall <= 0)
    return { rag: 'green', reason: `${formatNumber(latest)} is ${better} the target of ${formatNumber(goal)}.` };
  const tolerance =
    target.toleranceKind === 'absolute' ? target.toleranceValue : (Math.abs(goal) * target.toleranceValue) / 100;
  const toleranceWords =
    target.toleranceKind === 'absolute'
      ? `the tolerance of ${formatNumber(target.toleranceValue)}`
      : `the ${formatNumber(target.toleranceValue)} % tolerance`;
  const missBy = `${formatNumber(latest)} misses the target of ${formatNumber(goal)} by ${formatNumber(shortfall)}`;
  // A hair's breadth of floating-point error must not turn an exact tolerance red.
  if (shortfall <= tolerance + 1e-9) return { rag: 'amber', reason: `${missBy}, within ${toleranceWords}.` };
  return { rag: 'red', reason: `${missBy}, beyond ${toleranceWords}.` };
}

/** A recorded value with the last day of the period it measures. */
export interface DatedValue {
  /** The period as papers write it: "2025-26", "2026-27 Q3". */
  period: string;
  periodEnd: string;
  value: number;
}

export interface IndicatorPosition<T extends DatedValue> {
  /** The current position: the newest value, only while it is within one period of its frequency. */
  latest: T | null;
  /** Every other value up to the as-of date, newest first: shown as history, never as the position. */
  history: T[];
  reason: string;
}

/** One period of each frequency: how long a value stays the current position after its period ends. */
const CURRENCY_MONTHS: Record<FrequencyKey, number> = { annual: 12, academic_year: 12, quarterly: 3, monthly: 1 };
const CURRENCY_WORDS: Record<FrequencyKey, string> = {
  annual: 'a year',
  academic_year: 'a year',
  quarterly: 'three months',
  monthly: 'a month',
};

/**
 * Which value is the indicator's current position on `asOf`, and which are history. A value is the
 * latest only until one period of the indicator's own frequency has passed after the period it
 * measures: an annual figure for 2025-26 (to 31 March 2026) is current until 31 March 2027; a value
 * of 2009 read in 2027 is history, and the indicator has no current value. Values for periods not
 * yet ended on `asOf` are left out, so a plan read as at a past date shows what was known then.
 */
export function indicatorPosition<T extends DatedValue>(
  values: readonly T[],
  frequency: FrequencyKey,
  asOf: string,
): IndicatorPosition<T> {
  const known = values
    .filter((value) => value.periodEnd <= asOf)
    .sort((a, b) => (a.periodEnd === b.periodEnd ? 0 : a.periodEnd < b.periodEnd ? 1 : -1));
  if (!known.length) {
    return {
      latest: null,
      history: [],
      reason: values.length ? `No value for a period ended by ${govukDate(asOf)}.` : 'No value recorded yet.',
    };
  }
  const [newest, ...older] = known;
  const currentUntil = endOfMonthsFrom(addDays(newest.periodEnd, 1), CURRENCY_MONTHS[frequency]);
  const measured = `${newest.period} (to ${govukDate(newest.periodEnd)})`;
  if (asOf <= currentUntil) {
    return {
      latest: newest,
      history: older,
      reason: `Latest: ${measured}, current until ${govukDate(currentUntil)} for a measure taken ${FREQUENCY_WORDS[frequency]}.`,
    };
  }
  return {
    latest: null,
    history: known,
    reason: `No current value: the last, for ${measured}, is more than ${CURRENCY_WORDS[frequency]} old on ${govukDate(asOf)} for a measure taken ${FREQUENCY_WORDS[frequency]}, so it is shown as history.`,
  };
}

/** Where an indicator should be by a date: its baseline, its end target, and any milestones the clerk set. */
export interface TargetProfile {
  /** The baseline value and the last day of its period. */
  baseline: { value: number; date: string } | null;
  /** The end target and the day it is due by (null: no date set). */
  target: { value: number; date: string | null };
  /** The value to reach by each date, usually each quarter end; when set, they replace the straight line. */
  milestones?: readonly { date: string; value: number }[];
}

export interface ProfiledTarget {
  value: number;
  basis: 'end_target' | 'straight_line' | 'milestone' | 'baseline';
  reason: string;
}

function twoPlaces(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Months from one date to another, a part month counted by its share of days, so quarter ends fall
 * on whole months: 31 March to 30 September is 6, whatever the lengths of the months between.
 */
function monthsBetween(from: string, to: string): number {
  const position = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return year * 12 + month + day / days;
  };
  return position(to) - position(from);
}

/**
 * The target in force on `date`. With milestones, the last one due on or before the date (before
 * the first, the baseline, else the first milestone; after the target date, the end target). With a
 * baseline and a target date, the straight line between them, held at the baseline before it starts
 * and at the end target after it is due. Otherwise the end target, as it always was.
 */
export function profiledTargetAt(profile: TargetProfile, date: string): ProfiledTarget {
  const { baseline, target } = profile;
  const milestones = [...(profile.milestones ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const end = formatNumber(target.value);
  if (target.date && date >= target.date) {
    return {
      value: target.value,
      basis: 'end_target',
      reason: `the end target of ${end}, due by ${govukDate(target.date)}`,
    };
  }
  if (milestones.length) {
    const due = milestones.filter((milestone) => milestone.date <= date).pop();
    if (due) {
      return {
        value: due.value,
        basis: 'milestone',
        reason: `the milestone of ${formatNumber(due.value)} set for ${govukDate(due.date)}`,
      };
    }
    if (baseline) {
      return {
        value: baseline.value,
        basis: 'baseline',
        reason: `the baseline of ${formatNumber(baseline.value)}, since no milestone falls due before ${govukDate(milestones[0].date)}`,
      };
    }
    const [first] = milestones;
    return {
      value: first.value,
      basis: 'milestone',
      reason: `the first milestone of ${formatNumber(first.value)}, set for ${govukDate(first.date)}`,
    };
  }
  if (baseline && target.date && baseline.date < target.date) {
    const from = `${formatNumber(baseline.value)} at ${govukDate(baseline.date)}`;
    if (date <= baseline.date) {
      return {
        value: baseline.value,
        basis: 'baseline',
        reason: `the baseline of ${from}, before the line to the target starts`,
      };
    }
    const share = monthsBetween(baseline.date, date) / monthsBetween(baseline.date, target.date);
    const value = twoPlaces(baseline.value + (target.value - baseline.value) * share);
    return {
      value,
      basis: 'straight_line',
      reason: `the profiled target of ${formatNumber(value)} for ${govukDate(date)}, on the straight line from ${from} to ${end} by ${govukDate(target.date)}`,
    };
  }
  return { value: target.value, basis: 'end_target', reason: `the end target of ${end}` };
}

export interface ProfiledIndicatorTarget extends Omit<IndicatorTarget, 'targetValue'> {
  profile: TargetProfile | null;
}

/**
 * An indicator's RAG for a value measured to `date`, against the target profiled to that date rather
 * than the end target in every quarter. The tolerance applies to the profiled target.
 */
export function profiledIndicatorRag(
  target: ProfiledIndicatorTarget,
  measured: { value: number; date: string } | null,
): IndicatorRagResult {
  if (!measured) return { rag: 'no_data', reason: 'No current value.' };
  if (!target.profile) return { rag: 'no_data', reason: 'No target set.' };
  const profiled = profiledTargetAt(target.profile, measured.date);
  const result = indicatorRag({ ...target, targetValue: profiled.value }, measured.value);
  return { rag: result.rag, reason: `Against ${profiled.reason}: ${result.reason}` };
}

/** Latest against the previous value, in the indicator's own sense of better. */
export function directionOfTravel(
  polarity: Polarity,
  latest: number | null,
  previous: number | null,
): Direction | null {
  if (latest === null || previous === null) return null;
  if (latest === previous) return 'no_change';
  const up = latest > previous;
  return up === (polarity === 'higher_is_better') ? 'improving' : 'worsening';
}

/** Worst first: the headline of a group is the first of these any of its actions has. */
const SEVERITY: Record<ActionRag, number> = { red: 5, amber: 4, green: 3, not_started: 2, complete: 1, cancelled: 0 };

export function worstOf(rags: readonly ActionRag[]): ActionRag | null {
  const counted = rags.filter((rag) => rag !== 'cancelled');
  if (!counted.length) return null;
  return counted.reduce((worst, rag) => (SEVERITY[rag] > SEVERITY[worst] ? rag : worst));
}

/** Better or worse between two colours, for "what moved since the last paper". */
export function movementOf(from: ActionRag, to: ActionRag): 'better' | 'worse' | 'same' {
  if (from === to) return 'same';
  return SEVERITY[to] < SEVERITY[from] ? 'better' : 'worse';
}

export interface RollUp {
  counts: Record<ActionRag, number>;
  /** Actions counted: everything but cancelled. */
  total: number;
  /** (Green + Complete) ÷ total, 0–100, one decimal place; null when nothing is counted. */
  shareOnTrack: number | null;
  headline: ActionRag | null;
}

export function rollUp(rags: readonly ActionRag[]): RollUp {
  const counts = Object.fromEntries(ACTION_RAGS.map((rag) => [rag, 0])) as Record<ActionRag, number>;
  for (const rag of rags) counts[rag] += 1;
  const total = rags.length - counts.cancelled;
  return {
    counts,
    total,
    shareOnTrack: total ? Math.round(((counts.green + counts.complete) / total) * 1000) / 10 : null,
    headline: worstOf(rags),
  };
}

/** The reporting period an as-of date falls in, for labels such as "as at 2009-10 Q2". */
export function periodLabelOf(asOf: string): string {
  return financialQuarterOf(asOf).label;
}
