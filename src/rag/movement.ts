/**
 * What moved between two snapshots of a plan: colours that changed and in which direction, and
 * actions and indicators that are new or have closed. Pure.
 */
import type { ActionRag, Change, IndicatorRag } from '../domain/vocabulary';
import { movementOf } from './rules';

export interface SnapshotAction {
  id: string;
  reference: string;
  title: string;
  rag: ActionRag;
  reason: string;
  overridden: boolean;
  updateOverdue: boolean;
  owner: string | null;
  commentary: string | null;
}

export interface SnapshotIndicator {
  actionIndicatorId: string;
  actionReference: string;
  code: string;
  title: string;
  rag: IndicatorRag;
  reason: string;
  latest: string | null;
  direction: string | null;
}

export interface SnapshotContent {
  asOf: string;
  actions: SnapshotAction[];
  indicators: SnapshotIndicator[];
}

export interface ActionMovement {
  id: string;
  reference: string;
  title: string;
  from: ActionRag | null;
  to: ActionRag | null;
  change: Change;
}

export interface IndicatorMovement {
  actionIndicatorId: string;
  actionReference: string;
  code: string;
  from: IndicatorRag | null;
  to: IndicatorRag | null;
  change: Change;
}

export interface Movement {
  fromAsOf: string;
  toAsOf: string;
  /** Only what changed: same-colour lines are left out. */
  actions: ActionMovement[];
  indicators: IndicatorMovement[];
  counts: Record<Change, number>;
}

const INDICATOR_ORDER: Record<IndicatorRag, number> = { red: 0, amber: 1, no_data: 1, green: 2 };

function actionChange(from: ActionRag | null, to: ActionRag | null): Change {
  if (from === null) return 'new';
  if (to === null) return 'removed';
  const closed = (rag: ActionRag) => rag === 'complete' || rag === 'cancelled';
  if (closed(to) && !closed(from)) return 'closed';
  return movementOf(from, to);
}

function indicatorChange(from: IndicatorRag | null, to: IndicatorRag | null): Change {
  if (from === null) return 'new';
  if (to === null) return 'removed';
  if (from === to) return 'same';
  return INDICATOR_ORDER[to] > INDICATOR_ORDER[from]
    ? 'better'
    : INDICATOR_ORDER[to] < INDICATOR_ORDER[from]
      ? 'worse'
      : 'same';
}

export function movementBetween(from: SnapshotContent, to: SnapshotContent): Movement {
  const counts: Record<Change, number> = { better: 0, worse: 0, same: 0, new: 0, closed: 0, removed: 0 };
  const before = new Map(from.actions.map((action) => [action.id, action]));
  const after = new Map(to.actions.map((action) => [action.id, action]));
  const actions: ActionMovement[] = [];
  for (const id of new Set([...after.keys(), ...before.keys()])) {
    const old = before.get(id) ?? null;
    const now = after.get(id) ?? null;
    const change = actionChange(old?.rag ?? null, now?.rag ?? null);
    counts[change] += 1;
    if (change === 'same') continue;
    const line = (now ?? old) as SnapshotAction;
    actions.push({
      id,
      reference: line.reference,
      title: line.title,
      from: old?.rag ?? null,
      to: now?.rag ?? null,
      change,
    });
  }
  const beforeIndicators = new Map(from.indicators.map((line) => [line.actionIndicatorId, line]));
  const afterIndicators = new Map(to.indicators.map((line) => [line.actionIndicatorId, line]));
  const indicators: IndicatorMovement[] = [];
  for (const id of new Set([...afterIndicators.keys(), ...beforeIndicators.keys()])) {
    const old = beforeIndicators.get(id) ?? null;
    const now = afterIndicators.get(id) ?? null;
    const change = indicatorChange(old?.rag ?? null, now?.rag ?? null);
    if (change === 'same') continue;
    const line = (now ?? old) as SnapshotIndicator;
    indicators.push({
      actionIndicatorId: id,
      actionReference: line.actionReference,
      code: line.code,
      from: old?.rag ?? null,
      to: now?.rag ?? null,
      change,
    });
  }
  return { fromAsOf: from.asOf, toAsOf: to.asOf, actions, indicators, counts };
}
