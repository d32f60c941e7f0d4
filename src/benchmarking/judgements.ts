/**
 * Reading a judgement from a cell of the national outcomes file (the judgements and their values
 * are in domain/ilacs.ts). Pure: no I/O.
 */
import type { JudgementValue } from '../domain/ilacs';

/**
 * A cell of the outcomes file, or null when it is not a word the file uses. "Requires
 * improvement to be good" is the grade's full name; "to requires improvement" is how the source
 * tool has read that name when a report set it over two lines (Southend-on-Sea's report of August
 * 2019, whose help and protection judgement the report gives as "requires improvement to be good").
 */
export function readJudgementCell(cell: string): JudgementValue | null {
  const text = cell.trim().replace(/\s+/g, ' ').toLowerCase();
  switch (text) {
    case '':
      return 'not_recorded';
    case 'outstanding':
    case 'good':
    case 'inadequate':
    case 'not_reported_post_reform':
    case 'inspection_pre_dates_judgement':
    case 'data_unreadable':
      return text;
    case 'requires improvement':
    case 'requires improvement to be good':
    case 'to requires improvement':
      return 'requires_improvement';
    default:
      return null;
  }
}

/** The words the outcomes file may use for a judgement, for a refusal that tells the reader what would do. */
export const KNOWN_JUDGEMENT_WORDS =
  'outstanding, good, requires improvement, inadequate, not_reported_post_reform, inspection_pre_dates_judgement, ' +
  'data_unreadable, or an empty cell';
