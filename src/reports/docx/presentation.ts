/**
 * The words, colours and date format the Word documents print, taken from the one presentation
 * vocabulary that the PDF paper, the pages, the charts and the workbooks use. Everything the Word
 * writers need of it is imported here and nowhere else in this folder.
 */
import { TIMESCALE_WORDS } from '../../plans/breakdown/breakdown';
import { govukDate, govukDateTime } from '../../presentation/dates';
import { type Rag, RAG_LOOKS, ragKey, ragWord as vocabularyRagWord } from '../../presentation/rag';
import { DIRECTION_WORDS, directionWord as vocabularyDirectionWord } from '../../presentation/words';

export { changeWord, exemptDescription, judgementWord } from '../../presentation/words';
export { comparisonSummary, improvedNeighbours, inspectionChangeText } from '../../presentation/comparison-words';

export type RagKey = Rag;

/** "29 October 2009"; empty for no date. */
export function dateWords(value: string | null | undefined): string {
  return value ? govukDate(value) : '';
}

/** "1 December 2026 at 10am"; empty for none. */
export function dateTimeWords(value: string | null | undefined): string {
  return value ? govukDateTime(value) : '';
}

export function ragWord(rag: RagKey): string {
  return vocabularyRagWord(rag);
}

/** The direction with its arrow, as the PDF prints it: "↑ Improving". */
export function directionWord(direction: string | null): string {
  const arrow = direction ? DIRECTION_WORDS[direction as keyof typeof DIRECTION_WORDS]?.arrow : undefined;
  const word = vocabularyDirectionWord(direction);
  return arrow ? `${arrow} ${word}` : word;
}

/** A stored decimal as the paper prints it: no trailing zeros ("12.50" → "12.5", "8.0" → "8"). */
export function plainNumber(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

export function timescaleWords(timescale: string | null): string | null {
  return timescale ? (TIMESCALE_WORDS[timescale as keyof typeof TIMESCALE_WORDS] ?? null) : null;
}

/** A RAG cell's fill and text colour as RRGGBB without the hash, as Word writes colours. */
export function ragCellColours(rag: RagKey): { fill: string; text: string } {
  const look = RAG_LOOKS[ragKey(rag) as keyof typeof RAG_LOOKS];
  const hex = (colour: string) => colour.replace('#', '').toUpperCase();
  return { fill: hex(look.background), text: hex(look.text) };
}
