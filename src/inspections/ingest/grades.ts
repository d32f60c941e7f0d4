/**
 * Grades as inspectorates publish them, and the numbering of each scale.
 *
 * Words: outstanding (JAR/APA also say *excellent*), good, adequate (older papers: *satisfactory*),
 * requires improvement (SIF tables write *require improvement*; ILACS adds *to be good*), inadequate.
 * Numbers need the scale's direction: JAR and APA score 4 = outstanding … 1 = inadequate; the 2012–13
 * looked-after-children framework grades 1 = outstanding … 4 = inadequate. A number with its word
 * ("Grade 4 (inadequate)", "scored 3 (good)") is read by the word.
 */
import { GRADES, type GradeKey, type InspectionKind } from '../../domain/vocabulary';
import type { DraftGrade } from './inspection-draft';

export type ScaleDirection = 'four_is_best' | 'one_is_best';

/** A regex source matching one grade word or phrase. */
export const GRADE_WORDS =
  '(?:outstanding|excellent|good|adequate|satisfactory|inadequate|requires?\\s+improvement(?:\\s+to\\s+be(?:come)?\\s+good)?)';

const WORD_ONLY = new RegExp(`^(${GRADE_WORDS})$`, 'i');
const NUMBER_WITH_WORD = new RegExp(
  `^(?:grade\\s*)?([1-4])\\s*(?:[-–:=]\\s*\\(?|\\(\\s*)(${GRADE_WORDS})\\s*\\)?$`,
  'i',
);
const WORD_WITH_NUMBER = new RegExp(
  `^(${GRADE_WORDS})\\s*(?:\\(\\s*(?:grade\\s*)?([1-4])\\s*\\)|[-–:=]\\s*(?:grade\\s*)?([1-4]))$`,
  'i',
);
const NUMBER_ONLY = /^(grade\s*)?([1-4])$/i;
const RAG = /^(red|amber|green|blue|red\/amber|amber\/red|amber\/green|green\/amber|r|a|g|rag:?\s*(red|amber|green))$/i;
/** The second line of a wrapped grade cell. */
export const GRADE_CONTINUATION = /^to\s+be(?:come)?\s+good\.?$/i;

export type CellReading =
  | { type: 'grade'; grade: DraftGrade; number: number | null; explicitGradeWord: boolean; notScored?: boolean }
  | { type: 'number'; number: number; explicitGradeWord: boolean; notScored?: boolean }
  | { type: 'rag' };

export function gradeKeyOfWord(word: string): GradeKey | null {
  const lower = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower === 'outstanding' || lower === 'excellent') return 'outstanding';
  if (lower === 'good') return 'good';
  if (lower === 'adequate' || lower === 'satisfactory') return 'adequate';
  if (lower === 'inadequate') return 'inadequate';
  if (/^requires? improvement/.test(lower)) return 'requires_improvement';
  return null;
}

export function gradeOf(published: string, key: GradeKey): DraftGrade {
  return { published, normalised: key, level: GRADES[key] };
}

/** A table cell or the rest of a line that should be a grade and nothing else. */
export function readGradeCell(cell: string): CellReading | null {
  const published = cell
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'‘“*]+|["'’”*]+$/g, '')
    .replace(/\.$/, '')
    .trim();
  if (!published || published.length > 80) return null;
  // "judged good (not scored)": an additional investigation, judged but not scored.
  const notScored = /\((?:judged,?\s*)?(?:but\s+)?not\s+scored\)$/i.test(published);
  const text = published
    .replace(/\s*\((?:judged,?\s*)?(?:but\s+)?not\s+scored\)$/i, '')
    .replace(/^(?:judged|graded|rated|scored)\s+(?:as\s+|to\s+be\s+)?/i, '');
  const reading = readBareCell(text);
  if (!reading || reading.type === 'rag') return reading;
  if (reading.type === 'grade') reading.grade = gradeOf(published, reading.grade.normalised);
  return notScored ? { ...reading, notScored } : reading;
}

function readBareCell(text: string): CellReading | null {
  if (!text || text.length > 60) return null;
  let match = WORD_ONLY.exec(text);
  if (match)
    return { type: 'grade', grade: gradeOf(text, gradeKeyOfWord(match[1])!), number: null, explicitGradeWord: false };
  match = NUMBER_WITH_WORD.exec(text);
  if (match) {
    return {
      type: 'grade',
      grade: gradeOf(text, gradeKeyOfWord(match[2])!),
      number: Number(match[1]),
      explicitGradeWord: true,
    };
  }
  match = WORD_WITH_NUMBER.exec(text);
  if (match) {
    return {
      type: 'grade',
      grade: gradeOf(text, gradeKeyOfWord(match[1])!),
      number: Number(match[2] ?? match[3]),
      explicitGradeWord: true,
    };
  }
  match = NUMBER_ONLY.exec(text);
  if (match) return { type: 'number', number: Number(match[2]), explicitGradeWord: Boolean(match[1]) };
  if (RAG.test(text)) return { type: 'rag' };
  return null;
}

/** The grade a bare number stands for on a scale, or null when the direction is unknown. */
export function gradeOfNumber(published: string, number: number, scale: ScaleDirection | null): DraftGrade | null {
  if (!scale || number < 1 || number > 4) return null;
  const fourIsBest: GradeKey[] = ['inadequate', 'adequate', 'good', 'outstanding'];
  const key = scale === 'four_is_best' ? fourIsBest[number - 1] : fourIsBest[4 - number];
  return gradeOf(published, key);
}

export function defaultScale(kind: InspectionKind): ScaleDirection | null {
  if (kind === 'JAR' || kind === 'APA') return 'four_is_best';
  if (kind === 'LAC') return 'one_is_best';
  return null;
}

const PAIR_NUMBER_FIRST =
  /\b(?:grade\s*)?([1-4])\s*(?:\(|=|:|[-–]\s)\s*(outstanding|excellent|good|adequate|satisfactory|inadequate)\b/gi;
const PAIR_WORD_FIRST =
  /\b(outstanding|excellent|good|adequate|satisfactory|inadequate)\s*(?:\(\s*grade\s*|=\s*|:\s*(?:grade\s*)?|[-–]\s*grade\s*)([1-4])\b/gi;

/**
 * Which way the document numbers its grades, from the pairs it prints ("Outstanding (Grade 1)",
 * "1 (inadequate) and 4 (outstanding)", "Grade 4 (inadequate)"), or null when it prints none.
 */
export function detectScale(lines: string[]): ScaleDirection | null {
  let oneIsBest = 0;
  let fourIsBest = 0;
  const vote = (number: number, word: string) => {
    const key = gradeKeyOfWord(word);
    if (!key) return;
    const asFourIsBest = gradeOfNumber('', number, 'four_is_best')!.normalised;
    const asOneIsBest = gradeOfNumber('', number, 'one_is_best')!.normalised;
    if (asFourIsBest === key && asOneIsBest !== key) fourIsBest++;
    if (asOneIsBest === key && asFourIsBest !== key) oneIsBest++;
  };
  for (const line of lines) {
    if (!/[1-4]/.test(line)) continue;
    for (const match of line.matchAll(PAIR_NUMBER_FIRST)) vote(Number(match[1]), match[2]);
    for (const match of line.matchAll(PAIR_WORD_FIRST)) vote(Number(match[2]), match[1]);
  }
  if (oneIsBest === fourIsBest) return null;
  return oneIsBest > fourIsBest ? 'one_is_best' : 'four_is_best';
}
