/**
 * A plan's status as of a date, from rows already loaded: every action's and indicator's RAG with
 * its reason, the roll-ups, the exceptions and the update-overdue list. Pure: the query layer
 * loads, this decides, and the dashboard, snapshots and papers all read the same answer.
 */
import { parseMeasurementPeriod } from '../domain/periods';
import type {
  ActionRag,
  ActionStatus,
  Direction,
  EcmOutcome,
  FrequencyKey,
  IndicatorRag,
  Polarity,
  ProgressRag,
  RecommendationKind,
  ToleranceKind,
} from '../domain/vocabulary';
import {
  type ActionFacts,
  type ProfiledTarget,
  type RollUp,
  type TargetProfile,
  type Thresholds,
  actionRag,
  directionOfTravel,
  indicatorPosition,
  profiledIndicatorRag,
  profiledTargetAt,
  rollUp,
} from './rules';

export interface ActionRow {
  id: string;
  planId: string;
  reference: string;
  title: string;
  kind: RecommendationKind;
  status: ActionStatus;
  closedOn: string | null;
  startDate: string;
  dueDate: string;
  percentComplete: number;
  ragOverride: ProgressRag | null;
  ragOverrideReason: string | null;
  /** The day (Europe/London) the override was set. */
  ragOverrideOn: string | null;
  ragOverrideByName: string | null;
  /** The last day the override holds, if it ends. */
  ragOverrideUntil?: string | null;
  ownerId: string | null;
  ownerName: string | null;
  leadPartnerId: string | null;
  leadPartnerName: string | null;
  recommendationId: string;
  recommendationPosition: number;
  recommendationText: string;
  judgementAreaKey: string | null;
  ecmOutcome: EcmOutcome | null;
}

export interface MilestoneRow {
  actionId: string;
  title: string;
  dueDate: string;
  completedOn: string | null;
}

/** The latest update of an action made on or before the as-of date. */
export interface UpdateRow {
  actionId: string;
  period: string;
  narrative: string;
  percentComplete: number;
  proposedRag: ProgressRag | null;
  createdOn: string;
}

export interface IndicatorLinkRow {
  id: string;
  actionId: string;
  indicatorId: string;
  code: string;
  title: string;
  unit: string;
  polarity: Polarity;
  /** How often the indicator is measured: a value stays current for one such period after it ends. */
  frequency: FrequencyKey;
  baselineValue: string | null;
  baselinePeriod: string | null;
  targetValue: string | null;
  targetDate: string | null;
  toleranceKind: ToleranceKind;
  toleranceValue: string;
}

/** An indicator's latest and previous values for periods ended by the as-of date, newest first. */
export interface MeasurementRow {
  indicatorId: string;
  period: string;
  periodEnd: string;
  value: string;
}

export interface PlanRows {
  actions: readonly ActionRow[];
  milestones: readonly MilestoneRow[];
  latestUpdates: readonly UpdateRow[];
  indicatorLinks: readonly IndicatorLinkRow[];
  measurements: readonly MeasurementRow[];
}

export interface ActionStatusLine {
  id: string;
  planId: string;
  reference: string;
  title: string;
  kind: RecommendationKind;
  startDate: string;
  rag: ActionRag;
  reason: string;
  overridden: boolean;
  updateOverdue: boolean;
  owner: { id: string; name: string } | null;
  leadPartner: { id: string; name: string } | null;
  recommendation: { id: string; position: number; text: string };
  judgementAreaKey: string | null;
  /** The area in the words of the plan's own framework. */
  judgementAreaLabel: string | null;
  ecmOutcome: EcmOutcome | null;
  dueDate: string;
  percentComplete: number;
  latestUpdate: { period: string; narrative: string; proposedRag: ProgressRag | null; createdOn: string } | null;
}

export interface IndicatorStatusLine {
  actionIndicatorId: string;
  actionId: string;
  actionReference: string;
  indicatorId: string;
  code: string;
  title: string;
  unit: string;
  polarity: Polarity;
  baseline: { value: string; period: string | null } | null;
  target: { value: string; date: string | null } | null;
  /** The current position: the newest value while it is within its frequency's window of the as-of date. */
  latest: { value: string; period: string } | null;
  /** The value before the current one, or, when none is current, the last one recorded (history). */
  previous: { value: string; period: string } | null;
  /** Why the latest value is (or no value is) the current position, in words. */
  currency: string;
  /** The target the value is judged against on its date (profiled from baseline to end target), in words. */
  targetNow: { value: string; basis: ProfiledTarget['basis'] } | null;
  rag: IndicatorRag;
  reason: string;
  direction: Direction | null;
}

/** The value as recorded (numeric text), not as a float prints it. */
function rawOf(rows: readonly MeasurementRow[], value: { period: string; periodEnd: string }): string {
  return rows.find((row) => row.period === value.period && row.periodEnd === value.periodEnd)?.value ?? '';
}

/**
 * The line the indicator is judged against: from its baseline (at the end of the baseline's period)
 * to its target by the target date; without a dated baseline or a target date, the end target.
 */
function profileOf(link: IndicatorLinkRow): TargetProfile | null {
  const target = number(link.targetValue);
  if (target === null) return null;
  const baselineValue = number(link.baselineValue);
  const baselinePeriod = link.baselinePeriod ? parseMeasurementPeriod(link.baselinePeriod, link.frequency) : null;
  return {
    baseline:
      baselineValue !== null && baselinePeriod?.ok ? { value: baselineValue, date: baselinePeriod.period.end } : null,
    target: { value: target, date: link.targetDate },
  };
}

export interface RollUpGroup extends RollUp {
  key: string | null;
  label: string;
}

export interface PlanStatus {
  asOf: string;
  actions: ActionStatusLine[];
  indicators: IndicatorStatusLine[];
  rollUps: {
    plan: RollUp;
    byRecommendation: RollUpGroup[];
    byJudgementArea: RollUpGroup[];
    byEcmOutcome: RollUpGroup[];
    byLeadPartner: RollUpGroup[];
    byOwner: RollUpGroup[];
  };
  /** Every red and amber action, red first. */
  exceptions: ActionStatusLine[];
  updateOverdue: ActionStatusLine[];
}

/** What the rules see of an action on the as-of date: later closures, completions and overrides are not yet known. */
export function factsAsOf(
  row: ActionRow,
  milestones: readonly MilestoneRow[],
  latest: UpdateRow | null,
  asOf: string,
  today: string,
): ActionFacts {
  const closedBy = row.closedOn !== null && row.closedOn <= asOf;
  const open: ActionStatus = latest ? 'in_progress' : 'not_started';
  const current = asOf >= today;
  return {
    status: row.status === 'complete' || row.status === 'cancelled' ? (closedBy ? row.status : open) : row.status,
    startDate: row.startDate,
    dueDate: row.dueDate,
    percentComplete: current ? row.percentComplete : (latest?.percentComplete ?? 0),
    override:
      row.ragOverride &&
      row.ragOverrideOn !== null &&
      row.ragOverrideOn <= asOf &&
      (row.ragOverrideUntil == null || asOf <= row.ragOverrideUntil)
        ? { rag: row.ragOverride, reason: row.ragOverrideReason ?? '', byName: row.ragOverrideByName }
        : null,
    milestones: milestones.map((milestone) => ({
      title: milestone.title,
      dueDate: milestone.dueDate,
      completedOn: milestone.completedOn !== null && milestone.completedOn <= asOf ? milestone.completedOn : null,
    })),
    latestUpdate: latest ? { period: latest.period, proposedRag: latest.proposedRag } : null,
  };
}

const RAG_ORDER: Record<ActionRag, number> = { red: 0, amber: 1, green: 2, not_started: 3, complete: 4, cancelled: 5 };

function groupBy(
  lines: readonly ActionStatusLine[],
  keyOf: (line: ActionStatusLine) => string | null,
  labelOf: (line: ActionStatusLine) => string,
): RollUpGroup[] {
  const groups = new Map<string | null, { label: string; rags: ActionRag[] }>();
  for (const line of lines) {
    const key = keyOf(line);
    const group = groups.get(key) ?? { label: labelOf(line), rags: [] };
    group.rags.push(line.rag);
    groups.set(key, group);
  }
  return [...groups.entries()].map(([key, group]) => ({ key, label: group.label, ...rollUp(group.rags) }));
}

function byLabel(a: RollUpGroup, b: RollUpGroup): number {
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.label.localeCompare(b.label);
}

const number = (value: string | null) => (value === null ? null : Number(value));

export function planStatus(
  rows: PlanRows,
  asOf: string,
  today: string,
  thresholds: Thresholds,
  labels: { area: (key: string) => string; outcome: (key: EcmOutcome) => string },
  frequencyOf: (planId: string) => 'quarterly' | 'monthly' = () => 'quarterly',
): PlanStatus {
  const milestonesOf = new Map<string, MilestoneRow[]>();
  for (const milestone of rows.milestones) {
    const list = milestonesOf.get(milestone.actionId);
    if (list) list.push(milestone);
    else milestonesOf.set(milestone.actionId, [milestone]);
  }
  const updateOf = new Map(rows.latestUpdates.map((update) => [update.actionId, update]));

  const actions: ActionStatusLine[] = rows.actions.map((row) => {
    const latest = updateOf.get(row.id) ?? null;
    const facts = factsAsOf(row, milestonesOf.get(row.id) ?? [], latest, asOf, today);
    const result = actionRag(facts, asOf, thresholds, frequencyOf(row.planId));
    return {
      id: row.id,
      planId: row.planId,
      reference: row.reference,
      title: row.title,
      kind: row.kind,
      startDate: row.startDate,
      rag: result.rag,
      reason: result.reason,
      overridden: result.overridden,
      updateOverdue: result.updateOverdue,
      owner: row.ownerId ? { id: row.ownerId, name: row.ownerName ?? '' } : null,
      leadPartner: row.leadPartnerId ? { id: row.leadPartnerId, name: row.leadPartnerName ?? '' } : null,
      recommendation: { id: row.recommendationId, position: row.recommendationPosition, text: row.recommendationText },
      judgementAreaKey: row.judgementAreaKey,
      judgementAreaLabel: row.judgementAreaKey ? labels.area(row.judgementAreaKey) : null,
      ecmOutcome: row.ecmOutcome,
      dueDate: row.dueDate,
      percentComplete: facts.percentComplete,
      latestUpdate: latest
        ? {
            period: latest.period,
            narrative: latest.narrative,
            proposedRag: latest.proposedRag,
            createdOn: latest.createdOn,
          }
        : null,
    };
  });

  const referenceOf = new Map(rows.actions.map((row) => [row.id, row.reference]));
  const valuesOf = new Map<string, MeasurementRow[]>();
  for (const measurement of rows.measurements) {
    const list = valuesOf.get(measurement.indicatorId);
    if (list) list.push(measurement);
    else valuesOf.set(measurement.indicatorId, [measurement]);
  }
  const indicators: IndicatorStatusLine[] = rows.indicatorLinks.map((link) => {
    const known = (valuesOf.get(link.indicatorId) ?? []).map((value) => ({ ...value, value: Number(value.value) }));
    const position = indicatorPosition(known, link.frequency, asOf);
    const latest = position.latest;
    const previous = position.history[0] ?? null;
    const profile = profileOf(link);
    const result = latest
      ? profiledIndicatorRag(
          {
            polarity: link.polarity,
            profile,
            toleranceKind: link.toleranceKind,
            toleranceValue: Number(link.toleranceValue),
          },
          { value: latest.value, date: latest.periodEnd },
        )
      : { rag: 'no_data' as const, reason: position.reason };
    const targetNow = profile && latest ? profiledTargetAt(profile, latest.periodEnd) : null;
    const shown = (value: (typeof known)[number] | null) =>
      value ? { value: rawOf(valuesOf.get(link.indicatorId) ?? [], value), period: value.period } : null;
    return {
      actionIndicatorId: link.id,
      actionId: link.actionId,
      actionReference: referenceOf.get(link.actionId) ?? '',
      indicatorId: link.indicatorId,
      code: link.code,
      title: link.title,
      unit: link.unit,
      polarity: link.polarity,
      baseline: link.baselineValue === null ? null : { value: link.baselineValue, period: link.baselinePeriod },
      target: link.targetValue === null ? null : { value: link.targetValue, date: link.targetDate },
      latest: shown(latest),
      previous: shown(previous),
      currency: position.reason,
      targetNow: targetNow ? { value: String(targetNow.value), basis: targetNow.basis } : null,
      rag: result.rag,
      reason: result.reason,
      direction: latest ? directionOfTravel(link.polarity, latest.value, previous?.value ?? null) : null,
    };
  });

  const exceptions = actions
    .filter((line) => line.rag === 'red' || line.rag === 'amber')
    .sort((a, b) => RAG_ORDER[a.rag] - RAG_ORDER[b.rag]);

  return {
    asOf,
    actions,
    indicators,
    rollUps: {
      plan: rollUp(actions.map((line) => line.rag)),
      byRecommendation: groupBy(
        actions,
        (line) => line.recommendation.id,
        (line) => `${line.recommendation.position}. ${line.recommendation.text}`,
      ),
      byJudgementArea: groupBy(
        actions,
        (line) => line.judgementAreaKey,
        (line) => line.judgementAreaLabel ?? 'No judgement area',
      ).sort(byLabel),
      byEcmOutcome: groupBy(
        actions,
        (line) => line.ecmOutcome,
        (line) => (line.ecmOutcome ? labels.outcome(line.ecmOutcome) : 'No Every Child Matters outcome'),
      ).sort(byLabel),
      byLeadPartner: groupBy(
        actions,
        (line) => line.leadPartner?.id ?? null,
        (line) => line.leadPartner?.name ?? 'No lead partner',
      ).sort(byLabel),
      byOwner: groupBy(
        actions,
        (line) => line.owner?.id ?? null,
        (line) => line.owner?.name ?? 'Unassigned',
      ).sort(byLabel),
    },
    exceptions,
    updateOverdue: actions.filter((line) => line.updateOverdue),
  };
}
