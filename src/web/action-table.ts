/**
 * The plan page's table of actions: which rows the filters keep, in which order, and the choices
 * each filter offers. Pure: the page controller passes the query string and the status lines.
 */
import type { ActionStatusLine } from '../rag/plan-status';
import { ragWord } from '../presentation/rag';
import { kindWord } from '../presentation/words';

export const ACTION_FILTERS = ['rag', 'area', 'recommendation', 'owner', 'partner', 'kind'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];
export type ActionFilters = Partial<Record<ActionFilter, string>>;

export const ACTION_SORTS = ['reference', 'title', 'rag', 'owner', 'due', 'complete'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];
export type SortOrder = 'ascending' | 'descending';

/** The value of "none" in a filter: actions with no owner, no partner or no judgement area. */
export const NONE = 'none';

const RAG_ORDER: Record<string, number> = { red: 0, amber: 1, green: 2, not_started: 3, complete: 4, cancelled: 5 };

function valueOf(line: ActionStatusLine, filter: ActionFilter): string {
  switch (filter) {
    case 'rag':
      return line.rag;
    case 'area':
      return line.judgementAreaKey ?? NONE;
    case 'recommendation':
      return String(line.recommendation.position);
    case 'owner':
      return line.owner?.id ?? NONE;
    case 'partner':
      return line.leadPartner?.id ?? NONE;
    case 'kind':
      return line.kind;
  }
}

function labelOf(line: ActionStatusLine, filter: ActionFilter): string {
  switch (filter) {
    case 'rag':
      return ragWord(line.rag);
    case 'area':
      return line.judgementAreaLabel ?? 'No judgement area';
    case 'recommendation':
      return `${line.recommendation.position}. ${line.recommendation.text}`;
    case 'owner':
      return line.owner?.name ?? 'No owner';
    case 'partner':
      return line.leadPartner?.name ?? 'No lead partner';
    case 'kind':
      return kindWord(line.kind);
  }
}

/** Only the filters the query string sets to a value; anything else is ignored. */
export function filtersFrom(query: Record<string, unknown>): ActionFilters {
  const filters: ActionFilters = {};
  for (const filter of ACTION_FILTERS) {
    const value = query[filter];
    if (typeof value === 'string' && value !== '') filters[filter] = value;
  }
  return filters;
}

export function filterActions<T extends ActionStatusLine>(lines: readonly T[], filters: ActionFilters): T[] {
  return lines.filter((line) =>
    ACTION_FILTERS.every((filter) => filters[filter] === undefined || valueOf(line, filter) === filters[filter]),
  );
}

export function sortFrom(query: Record<string, unknown>): { sort: ActionSort; order: SortOrder } {
  const sort = (ACTION_SORTS as readonly unknown[]).includes(query.sort) ? (query.sort as ActionSort) : 'reference';
  return { sort, order: query.order === 'descending' ? 'descending' : 'ascending' };
}

function naturalReference(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function sortActions<T extends ActionStatusLine>(lines: readonly T[], sort: ActionSort, order: SortOrder): T[] {
  const compare: Record<ActionSort, (a: T, b: T) => number> = {
    reference: (a, b) => naturalReference(a.reference, b.reference),
    title: (a, b) => a.title.localeCompare(b.title, 'en'),
    rag: (a, b) => RAG_ORDER[a.rag] - RAG_ORDER[b.rag],
    owner: (a, b) => (a.owner?.name ?? '\uffff').localeCompare(b.owner?.name ?? '\uffff', 'en'),
    due: (a, b) => a.dueDate.localeCompare(b.dueDate),
    complete: (a, b) => a.percentComplete - b.percentComplete,
  };
  const sign = order === 'descending' ? -1 : 1;
  // Ties keep the plan's own order, by reference.
  return [...lines].sort((a, b) => sign * compare[sort](a, b) || naturalReference(a.reference, b.reference));
}

export interface FilterChoice {
  value: string;
  text: string;
}

/** For each filter, the values the plan's actions have, in a sensible order. */
export function filterChoices(lines: readonly ActionStatusLine[]): Record<ActionFilter, FilterChoice[]> {
  const choices = {} as Record<ActionFilter, FilterChoice[]>;
  for (const filter of ACTION_FILTERS) {
    const seen = new Map<string, string>();
    for (const line of lines) seen.set(valueOf(line, filter), labelOf(line, filter));
    const list = [...seen.entries()].map(([value, text]) => ({ value, text }));
    if (filter === 'rag') list.sort((a, b) => RAG_ORDER[a.value] - RAG_ORDER[b.value]);
    else if (filter === 'recommendation') list.sort((a, b) => Number(a.value) - Number(b.value));
    else list.sort((a, b) => (a.value === NONE ? 1 : b.value === NONE ? -1 : a.text.localeCompare(b.text, 'en')));
    choices[filter] = list;
  }
  return choices;
}
