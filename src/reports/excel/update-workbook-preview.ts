import type { ProgressRag } from '../../domain/vocabulary';

/**
 * What an uploaded owners' update workbook would do, row by row:
 * - `apply`: a new progress update or indicator value, shown as the change it makes;
 * - `unchanged`: nothing was filled in;
 * - `stale`: the action (or the value) changed after the workbook was downloaded;
 * - `not_yours`: the uploader may not update that action or indicator;
 * - `invalid`: what was filled in cannot be accepted, and why.
 */
export type RowOutcome = 'apply' | 'unchanged' | 'stale' | 'not_yours' | 'invalid';

export const REFUSED_OUTCOMES: readonly RowOutcome[] = ['stale', 'not_yours', 'invalid'];

export interface ActionRowPreview {
  /** The row in the Actions sheet, as Excel numbers it. */
  row: number;
  actionId: string;
  reference: string;
  title: string;
  outcome: RowOutcome;
  message: string;
  change: {
    narrative: string;
    percentComplete: { from: number; to: number };
    proposedRag: ProgressRag | null;
  } | null;
}

export interface IndicatorRowPreview {
  row: number;
  indicatorId: string;
  code: string;
  title: string;
  period: string;
  outcome: RowOutcome;
  message: string;
  change: { from: string | null; to: string; note: string | null } | null;
}

export interface UpdateWorkbookPreview {
  period: string;
  actions: ActionRowPreview[];
  indicators: IndicatorRowPreview[];
  counts: { apply: number; unchanged: number; refused: number };
}

export function countOutcomes(rows: readonly { outcome: RowOutcome }[]): UpdateWorkbookPreview['counts'] {
  const counts = { apply: 0, unchanged: 0, refused: 0 };
  for (const { outcome } of rows) {
    if (outcome === 'apply') counts.apply += 1;
    else if (outcome === 'unchanged') counts.unchanged += 1;
    else counts.refused += 1;
  }
  return counts;
}
