/**
 * The colours of the four inspection grades in charts, best to worst. A chart of grades always has
 * a legend and a text alternative that name each grade in words: colour is never the only signal.
 */
import type { IlacsGrade } from '../domain/ilacs';
import { PALETTE } from './palette';

export const GRADE_COLOURS: Readonly<Record<IlacsGrade, string>> = {
  outstanding: PALETTE.green,
  good: PALETTE.blue,
  requires_improvement: PALETTE.orange,
  inadequate: PALETTE.red,
};
