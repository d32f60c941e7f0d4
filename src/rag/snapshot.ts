/**
 * What a snapshot freezes of a plan's status: each action's and indicator's RAG with its reason,
 * in the shape movement.ts compares. Pure.
 */
import type { SnapshotContent } from './movement';
import type { PlanStatus } from './plan-status';

export function snapshotContentOf(status: PlanStatus): SnapshotContent {
  return {
    asOf: status.asOf,
    actions: status.actions.map((line) => ({
      id: line.id,
      reference: line.reference,
      title: line.title,
      rag: line.rag,
      reason: line.reason,
      overridden: line.overridden,
      updateOverdue: line.updateOverdue,
      owner: line.owner?.name ?? null,
      commentary: line.latestUpdate?.narrative ?? null,
    })),
    indicators: status.indicators.map((line) => ({
      actionIndicatorId: line.actionIndicatorId,
      actionReference: line.actionReference,
      code: line.code,
      title: line.title,
      rag: line.rag,
      reason: line.reason,
      latest: line.latest?.value ?? null,
      direction: line.direction,
    })),
  };
}
