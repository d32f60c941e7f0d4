/**
 * The words, colours and date format the Word documents print, taken from where the PDF paper,
 * the pages and the charts take them. Everything the Word writers need of the shared vocabulary
 * is imported here and nowhere else in this folder.
 */
import { britishDate } from '../../domain/periods';
import { TIMESCALE_WORDS } from '../../plans/breakdown/breakdown';
import { RAG_WORDS } from '../../rag/rules';
import { RAG_COLOURS } from '../charts/chart-renderer';
import { CHANGE_WORDS, DIRECTION_WORDS, EXEMPT_PARAGRAPHS } from '../paper-html';

export type RagKey = keyof typeof RAG_WORDS;

/** "29 October 2009"; empty for no date. */
export function dateWords(value: string | null | undefined): string {
  return value ? britishDate(value) : '';
}

export function ragWord(rag: RagKey): string {
  return RAG_WORDS[rag] ?? rag;
}

export function changeWord(change: string): string {
  return CHANGE_WORDS[change] ?? change;
}

export function directionWord(direction: string | null): string {
  return direction ? (DIRECTION_WORDS[direction] ?? direction) : 'Not yet known';
}

export function exemptDescription(paragraph: number | null): string {
  return paragraph ? (EXEMPT_PARAGRAPHS[paragraph] ?? '') : '';
}

/** A stored decimal as the paper prints it: no trailing zeros ("12.50" → "12.5", "8.0" → "8"). */
export function plainNumber(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

export function timescaleWords(timescale: string | null): string | null {
  return timescale ? (TIMESCALE_WORDS[timescale as keyof typeof TIMESCALE_WORDS] ?? null) : null;
}

const INK = '0B0C0C';
const WHITE = 'FFFFFF';

/** Relative luminance (WCAG 2.2) of an RRGGBB colour. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/**
 * A RAG cell's fill and the text colour that reads best on it (black or white, whichever has the
 * higher contrast), as RRGGBB without the hash, as Word writes colours.
 */
export function ragCellColours(rag: RagKey): { fill: string; text: string } {
  const fill = (RAG_COLOURS[rag] ?? '#f3f2f1').replace('#', '').toUpperCase();
  return { fill, text: contrast(fill, WHITE) >= contrast(fill, INK) ? WHITE : INK };
}
