/**
 * RAG as people see it: for each value the rules give, its word and the colours of the tag that
 * carries the word. Pages, papers, charts and workbooks all look RAG up here by value, and always
 * print the word: colour is never the only signal.
 */
import { PALETTE } from './palette';
import type { ActionRag, IndicatorRag } from '../domain/vocabulary';

export type Rag = ActionRag | IndicatorRag;

/** Shown where there is nothing to rate yet, such as a plan with no counted actions. */
export const NOT_RATED = 'not_rated';

export interface RagLook {
  word: string;
  /** The word's colour on the background: at least 4.5:1 against it (WCAG 2.2 AA). */
  text: string;
  background: string;
}

/** Worst first, in the order tables and charts list them. */
export const RAG_LOOKS: Readonly<Record<Rag | typeof NOT_RATED, RagLook>> = {
  red: { word: 'Red', text: PALETTE.white, background: PALETTE.red },
  amber: { word: 'Amber', text: PALETTE.ink, background: PALETTE.orange },
  green: { word: 'Green', text: PALETTE.white, background: PALETTE.green },
  not_started: { word: 'Not started', text: PALETTE.white, background: PALETTE.darkGrey },
  complete: { word: 'Complete', text: PALETTE.white, background: PALETTE.blue },
  cancelled: { word: 'Cancelled', text: PALETTE.white, background: PALETTE.darkGrey },
  no_data: { word: 'No data', text: PALETTE.ink, background: PALETTE.lightGrey },
  [NOT_RATED]: { word: 'Not rated', text: PALETTE.ink, background: PALETTE.lightGrey },
};

/** Every value the rules can give, in the order above. */
export const RAGS = Object.keys(RAG_LOOKS).filter((key) => key !== NOT_RATED) as Rag[];

/** The key of a RAG's look: its value, or `not_rated` when there is none. */
export function ragKey(rag: string | null | undefined): string {
  return rag && rag in RAG_LOOKS ? rag : NOT_RATED;
}

/** A RAG in words: 'Not started'; 'Not rated' when there is none; an unknown value as it is. */
export function ragWord(rag: string | null | undefined): string {
  if (!rag) return RAG_LOOKS[NOT_RATED].word;
  return RAG_LOOKS[rag as Rag]?.word ?? rag;
}
