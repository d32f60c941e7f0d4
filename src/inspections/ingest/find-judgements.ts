/**
 * The judgements an inspection gives, read in four forms, and the grade-like text it does not give.
 *
 * 1. Table rows: tab-separated, Markdown pipes, or the columns `pdftotext -layout` keeps apart with
 *    runs of spaces. A row's cells may wrap: label lines above or below a grade that sits alone in
 *    the right-hand column, a grade cell in two parts ("Requires improvement" / "to be good"), or
 *    split around a one-line label ("Requires" above it, "improvement" below). A sentence stating a
 *    grade just above the table ("Children's services in X are inadequate") is never part of a label.
 *    A row whose *first* cell is a grade ("Outstanding (Grade 1)  A service that …") defines the scale.
 * 2. A heading followed by a line that is only a grade ("Capacity to improve" / "Grade 4 (inadequate)").
 * 3. `Area: Grade` (also after a bullet, and with the area wrapped over the line above).
 * 4. Sentences whose subject names a known area: "Safeguarding is outstanding.", "X requires
 *    improvement", "The graded judg(e)ment for X is (that it) requires improvement", "The overall
 *    judgement is (that …) inadequate", "Children's services in X are good", "The Local Safeguarding
 *    Children Board requires improvement", "… with outstanding capacity to drive further improvement".
 *
 * Not judgements, and said so in warnings: grades of earlier inspections (previous/last/most recent
 * inspection, an earlier year, a table headed that way, a list of `Area: Grade` lines introduced that
 * way), the grade scale and its definitions, RAG statuses,
 * counts of grades ("three 'threes'", "3s"), talk of how grading will work. A sentence that only
 * uses a grade word ("Staff morale is good") is narrative and not reported.
 *
 * When several places grade the same area, the first structural one (table, heading, label) is kept,
 * then sentences; agreeing repeats are listed in `alsoAt`, disagreeing ones become warnings.
 */
import type { InspectionKind } from '../../domain/vocabulary';
import { areaKey, isScored, mapLabel, mapSubject, slug } from './areas';
import {
  GRADE_CONTINUATION,
  GRADE_WORDS,
  type CellReading,
  gradeKeyOfWord,
  gradeOf,
  gradeOfNumber,
  readGradeCell,
  type ScaleDirection,
} from './grades';
import type { DraftGrade, DraftJudgement, DraftWarning, LineSpan, WarningCode } from './inspection-draft';
import { capitalise, contentsLines, isBlank, itemMarker, joinWrapped, plain, words } from './text-lines';

export interface JudgementFindings {
  judgements: DraftJudgement[];
  warnings: DraftWarning[];
  /** 0-based indexes of lines that carry judgements or grade tables. */
  claimed: Set<number>;
}

interface Candidate {
  key: string;
  label: string;
  grade: DraftGrade;
  lines: LineSpan;
  source: 'table' | 'heading' | 'label' | 'sentence';
  /** Set when the source says so ("(not scored)"); else the framework's rule decides. */
  scored?: boolean;
}

interface Context {
  lines: string[];
  kind: InspectionKind;
  scale: ScaleDirection | null;
  inspectionYear: number | null;
  candidates: Candidate[];
  warnings: DraftWarning[];
  claimed: Set<number>;
  contents: Set<number>;
}

export function findJudgements(
  lines: string[],
  kind: InspectionKind,
  scale: ScaleDirection | null,
  inspectionYear: number | null,
): JudgementFindings {
  const context: Context = {
    lines,
    kind,
    scale,
    inspectionYear,
    candidates: [],
    warnings: [],
    claimed: new Set(),
    contents: contentsLines(lines),
  };
  readTables(context);
  readHeadingsAndLabels(context);
  readSentences(context);
  return { ...merge(context), claimed: context.claimed };
}

// ---------------------------------------------------------------------------------------------
// Shared checks

const EARLIER =
  /\b(?:previous(?:ly)?|last|earlier|prior|former|preceding|most recent)\b(?:\s+[\w’'-]+){0,4}?\s+(?:inspections?|reviews?|jar|apa|assessments?|visits?|reports?|judgements?|grades?)\b|\bat (?:that|the) time\b|\bwas last inspected\b/i;
const YEAR = /\b(19[89]\d|20\d\d)\b/g;

function mentionsEarlier(text: string, inspectionYear: number | null): boolean {
  if (EARLIER.test(text)) return true;
  if (inspectionYear === null) return false;
  for (const match of text.matchAll(YEAR)) if (Number(match[1]) < inspectionYear) return true;
  return false;
}

function warn(context: Context, index: number, reason: string, code: WarningCode, text?: string): void {
  context.warnings.push({ line: index + 1, text: text ?? words(context.lines[index] ?? ''), reason, code });
}

function add(context: Context, candidate: Candidate): void {
  context.candidates.push(candidate);
}

/** A grade from a cell, resolving numbers by the scale; a warning when a number cannot be resolved. */
function resolveReading(
  context: Context,
  reading: CellReading,
  published: string,
  label: string,
  index: number,
): DraftGrade | null {
  if (reading.type === 'grade') return reading.grade;
  if (reading.type === 'rag') {
    warn(context, index, `"${published}" is a RAG status, not an inspection grade.`, 'rag_status');
    return null;
  }
  const grade = gradeOfNumber(published, reading.number, context.scale);
  if (!grade) {
    warn(
      context,
      index,
      `Grade ${reading.number} for "${label}" could not be read: the document does not say which way its scale runs (is 1 outstanding or inadequate?).`,
      'unresolved_grade',
    );
  }
  return grade;
}

/** Since 2013 Ofsted grades in words: a bare number in these reports is a page or paragraph number. */
const GRADED_IN_WORDS = new Set<InspectionKind>(['SIF', 'LSCB', 'ILACS']);

/**
 * A bare number is only a grade where it can be nothing else: next to a known area, outside a
 * contents list, in a framework that grades with numbers.
 */
function numberIsAGrade(context: Context, reading: CellReading, label: string, index: number): boolean {
  if (reading.type !== 'number') return true;
  if (context.contents.has(index)) return false;
  if (reading.explicitGradeWord) return true;
  return !GRADED_IN_WORDS.has(context.kind) && mapLabel(label, context.kind) !== null;
}

// ---------------------------------------------------------------------------------------------
// 1. Tables

interface Cell {
  text: string;
  column: number;
}

type RowLine =
  | { type: 'row'; label: string; grade: string; reading: CellReading; column: number | null; covers?: number }
  | { type: 'covered' }
  | { type: 'row-continued'; label: string; grade: string }
  | { type: 'grade'; grade: string; reading: CellReading; column: number | null }
  | { type: 'grade-continued'; grade: string }
  | { type: 'definition' }
  | { type: 'text'; text: string; end: number };

const DEFINITION_START = new RegExp(
  `^\\s*(?:\\|\\s*)?(?:${GRADE_WORDS}\\s*\\(\\s*grade\\s*[1-4]\\s*\\)|grade\\s*[1-4]\\s*(?:\\(\\s*${GRADE_WORDS}\\s*\\)|[:=–-]\\s*${GRADE_WORDS}))\\s*[-–:|]?\\s*\\p{L}`,
  'iu',
);
const LABEL_ENDS_MID_SENTENCE = /\b(is|are|was|were|be|been|being|as|remains?|judged|graded|rated)$/i;

function splitCells(line: string): Cell[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && (trimmed.match(/\|/g) ?? []).length >= 2) {
    if (/^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/.test(trimmed)) return [];
    const parts = trimmed.replace(/^\||\|$/g, '').split(/(?<!\\)\|/);
    return parts.map((text, column) => ({ text: words(text), column }));
  }
  if (line.includes('\t')) {
    const cells: Cell[] = [];
    let column = 0;
    for (const part of line.split('\t')) {
      if (part.trim() || cells.length === 0) cells.push({ text: words(part), column });
      column += part.length + 1;
    }
    return cells;
  }
  const cells: Cell[] = [];
  for (const match of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ text: words(match[0]), column: match.index ?? 0 });
  return cells;
}

function classifyRowLine(line: string): RowLine {
  if (DEFINITION_START.test(plain(line))) return { type: 'definition' };
  const cells = splitCells(line);
  const filled = cells.filter((cell) => cell.text);
  const layout = !line.includes('\t') && !line.trim().startsWith('|');
  if (filled.length >= 2) {
    const last = filled[filled.length - 1];
    const first = filled[0];
    const label = filled
      .slice(0, -1)
      .map((cell) => cell.text)
      .join(' ');
    if (layout) {
      // A layout row needs a real column gap, not the double space of justified text.
      const previous = filled[filled.length - 2];
      const gap = last.column - (previous.column + previous.text.length);
      if (gap < 3) return { type: 'text', text: words(line), end: line.trimEnd().length };
    }
    if (GRADE_CONTINUATION.test(last.text)) return { type: 'row-continued', label, grade: last.text };
    // A label is never itself a grade: "Outstanding (Grade 1)  A service that …", "1: inadequate  2: adequate …".
    if (readGradeCell(first.text)?.type === 'grade') return { type: 'definition' };
    if (!layout && !readGradeCell(last.text)) {
      // A table with a column after the grade ("Area | Grade | Comment"): the one cell that is a grade.
      const graded = filled.slice(1).filter((cell) => readGradeCell(cell.text));
      if (graded.length === 1 && readGradeCell(graded[0].text)?.type !== 'rag') {
        return {
          type: 'row',
          label: first.text,
          grade: graded[0].text,
          reading: readGradeCell(graded[0].text)!,
          column: null,
        };
      }
    }
    const reading = readGradeCell(last.text);
    if (reading && !/[.;,]$/.test(label) && !LABEL_ENDS_MID_SENTENCE.test(label)) {
      return { type: 'row', label, grade: last.text, reading, column: layout ? last.column : null };
    }
    return { type: 'text', text: words(line), end: line.trimEnd().length };
  }
  if (filled.length === 1) {
    const only = filled[0];
    const standsRight = layout ? only.column >= 20 : cells.length > 1 && !cells[0].text;
    if (standsRight) {
      if (GRADE_CONTINUATION.test(only.text)) return { type: 'grade-continued', grade: only.text };
      const reading = readGradeCell(only.text);
      if (reading && reading.type !== 'number') {
        return { type: 'grade', grade: only.text, reading, column: layout ? only.column : null };
      }
    }
    return { type: 'text', text: only.text, end: line.trimEnd().length };
  }
  return { type: 'text', text: '', end: 0 };
}

interface Row {
  labelParts: string[];
  gradeParts: string[];
  reading: CellReading | null;
  indexes: number[];
}

function readTables(context: Context): void {
  const { lines } = context;
  let start = 0;
  while (start < lines.length) {
    if (isBlank(lines[start])) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && !isBlank(lines[end + 1])) end++;
    readTableBlock(context, start, end);
    start = end + 1;
  }
}

function readTableBlock(context: Context, start: number, end: number): void {
  const { lines } = context;
  const classified = new Map<number, RowLine>();
  for (let i = start; i <= end; i++) classified.set(i, classifyRowLine(lines[i]));

  for (let i = start; i <= end; i++) {
    if (classified.get(i)!.type === 'definition') {
      warn(context, i, 'Defines a grade of the scale; it is not a grade this inspection gave.', 'grade_scale');
      context.claimed.add(i);
    }
  }
  joinSplitGradeCells(lines, classified, start, end);
  const hasGrade = [...classified.values()].some((row) => row.type === 'row' || row.type === 'grade');
  if (!hasGrade) return;

  // In a layout table a label cell ends before the grade column; text running past it is prose.
  const gradeColumns = [...classified.values()]
    .map((row) => (row.type === 'row' || row.type === 'grade' ? row.column : null))
    .filter((column): column is number => column !== null);
  const labelLimit = gradeColumns.length ? Math.min(...gradeColumns) + 2 : Infinity;
  const rows: Row[] = [];
  let pending: { text: string; index: number }[] = [];
  let sentenceAt = -1;
  const lastRow = () => rows[rows.length - 1];
  const continuesLabel = (row: Row, text: string) =>
    /^\p{Ll}/u.test(text) ||
    /(?:\b(?:and|of|for|to|in|with|the|on|by|who|whose|which)|[,&/-])$/i.test(
      row.labelParts[row.labelParts.length - 1] ?? '',
    );
  for (let i = start; i <= end; i++) {
    const line = classified.get(i)!;
    if (pending.length && pending[pending.length - 1].index !== i - 1) pending = [];
    // Lines above a row that together state a grade are a sentence wrapped over them, not a label.
    if (pending.length > 1 && STATES_A_GRADE.test(joinWrapped(pending.map((part) => part.text)))) pending = [];
    switch (line.type) {
      case 'row':
        rows.push({
          labelParts: [...pending.map((part) => part.text), line.label],
          gradeParts: [line.grade],
          reading: line.reading,
          indexes: [
            ...pending.map((part) => part.index),
            i,
            ...Array.from({ length: line.covers ?? 0 }, (_, k) => i + 1 + k),
          ],
        });
        pending = [];
        break;
      case 'covered':
        break;
      case 'row-continued':
        if (lastRow()) {
          lastRow().labelParts.push(line.label);
          lastRow().gradeParts.push(line.grade);
          lastRow().indexes.push(i);
        }
        break;
      case 'grade':
        if (lastRow() && lastRow().gradeParts.length === 0) {
          lastRow().gradeParts.push(line.grade);
          lastRow().reading = line.reading;
          lastRow().indexes.push(i);
        } else {
          rows.push({
            labelParts: pending.map((part) => part.text),
            gradeParts: [line.grade],
            reading: line.reading,
            indexes: [...pending.map((part) => part.index), i],
          });
          pending = [];
        }
        break;
      case 'grade-continued':
        if (lastRow()) {
          lastRow().gradeParts.push(line.grade);
          lastRow().indexes.push(i);
        }
        break;
      case 'text': {
        // A wrapped label: short, not a sentence, inside the label column. Anything else is not the table's.
        // "Children's services in X are inadequate" above the first row is a sentence, not part of a label.
        // So is the rest of that sentence wrapped onto the next line ("… require improvement to be" / "good").
        const continuesSentence = sentenceAt === i - 1 && /^\p{Ll}/u.test(line.text);
        const isLabelPart =
          line.text &&
          line.text.length <= 90 &&
          line.end <= labelLimit &&
          !/[.;:]$/.test(line.text) &&
          !STATES_A_GRADE.test(line.text) &&
          !continuesSentence;
        const row = lastRow();
        const adjacent = row !== undefined && i - Math.max(...row.indexes) === 1;
        if (!isLabelPart || isTableHeader(line.text)) {
          if (line.text && !isTableHeader(line.text)) sentenceAt = i;
          pending = [];
        } else if (row && adjacent && !row.labelParts.length) {
          row.labelParts.push(line.text);
          row.indexes.push(i);
        } else if (row && adjacent && continuesLabel(row, line.text)) {
          row.labelParts.push(line.text);
          row.indexes.push(i);
        } else {
          pending = [...pending.filter((part) => part.index === i - 1), { text: line.text, index: i }].slice(-2);
        }
        break;
      }
      case 'definition':
        pending = [];
        break;
    }
  }

  const earlier = mentionsEarlier(tableContext(context, start), context.inspectionYear);
  for (const row of rows) {
    const label = joinWrapped(row.labelParts).replace(/[:\s]+$/, '');
    const published = joinWrapped(row.gradeParts);
    const reading = readGradeCell(published) ?? row.reading;
    const first = Math.min(...row.indexes);
    const last = Math.max(...row.indexes);
    if (!label || !reading || label.split(' ').length > 25 || isTableHeader(label)) continue;
    if (!numberIsAGrade(context, reading, label, first)) continue;
    row.indexes.forEach((index) => context.claimed.add(index));
    if (reading.type === 'rag') {
      warn(context, first, `"${published}" is a RAG status, not an inspection grade.`, 'rag_status');
      continue;
    }
    if (earlier) {
      warn(
        context,
        first,
        `"${label}: ${published}" sits in a table of an earlier inspection's grades.`,
        'earlier_inspection',
      );
      continue;
    }
    const grade = resolveReading(context, reading, published, label, first);
    if (!grade) continue;
    add(context, {
      key: areaKey(label, context.kind),
      label: stripNumbering(label),
      grade,
      lines: [first + 1, last + 1],
      source: 'table',
      scored: reading.notScored ? false : undefined,
    });
  }
}

const STATES_A_GRADE = new RegExp(
  `\\b(?:(?:is|are|was|were)\\s+(?:judged\\s+(?:to\\s+be\\s+)?)?${GRADE_WORDS}|requires?\\s+improvement)\\b`,
  'i',
);

/** The one cell of a line that holds nothing but a cell standing in the right-hand column. */
function rightHandCell(line: string): Cell | null {
  if (line.includes('\t') || line.trim().startsWith('|')) return null;
  const cells = splitCells(line).filter((cell) => cell.text);
  return cells.length === 1 && cells[0].column >= 20 ? cells[0] : null;
}

/**
 * A grade cell that layout extraction split around its label, as it does with a cell centred
 * vertically beside a one-line label: "Requires" above the label's line and "improvement" below it.
 */
function joinSplitGradeCells(lines: string[], classified: Map<number, RowLine>, start: number, end: number): void {
  for (let i = start; i + 2 <= end; i++) {
    const middle = classified.get(i + 1)!;
    if (classified.get(i)!.type !== 'text' || middle.type !== 'text' || classified.get(i + 2)!.type !== 'text')
      continue;
    const top = rightHandCell(lines[i]);
    const bottom = rightHandCell(lines[i + 2]);
    if (!top || !bottom || Math.abs(top.column - bottom.column) > 4 || !middle.text || middle.end >= top.column)
      continue;
    const grade = `${top.text} ${bottom.text}`;
    const reading = readGradeCell(grade);
    if (reading?.type !== 'grade') continue;
    classified.set(i, { type: 'row', label: middle.text, grade, reading, column: top.column, covers: 2 });
    classified.set(i + 1, { type: 'covered' });
    classified.set(i + 2, { type: 'covered' });
    i += 2;
  }
}

function isTableHeader(text: string): boolean {
  return (
    /^(?:key\s+)?(?:judgements?|areas?|grades?|scores?|ratings?|outcomes?)(?:\s+(?:grade|area|judgement|score|rating))?$/i.test(
      text.replace(/\s+/g, ' ').trim(),
    ) || /^(?:key\s+)?judgements?\s+(?:judgement\s+)?grade$/i.test(text.trim())
  );
}

/** The words just above a table: its heading or lead-in sentence. */
function tableContext(context: Context, start: number): string {
  const found: string[] = [];
  for (let i = start - 1; i >= 0 && i >= start - 12; i--) {
    if (isBlank(context.lines[i])) {
      if (found.length) break;
      continue;
    }
    const row = classifyRowLine(context.lines[i]);
    const isRow =
      row.type === 'row' || row.type === 'grade' || row.type === 'grade-continued' || row.type === 'row-continued';
    if (isRow && found.length) break;
    if (isRow) continue;
    found.push(words(context.lines[i]));
    if (found.length === 2) break;
  }
  return found.join(' ');
}

function stripNumbering(label: string): string {
  return label.replace(/^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[ivx]{1,5}\)|\([a-z]\))\s+(?=\p{L})/u, '').trim();
}

// ---------------------------------------------------------------------------------------------
// 2 and 3. Headings over a grade line; `Area: Grade`

const GENERIC_LABEL = /^(?:overall\s+)?(?:judgement|grade|judgement grade|rating|score|overall)$/i;

function readHeadingsAndLabels(context: Context): void {
  const { lines } = context;
  for (let i = 0; i < lines.length; i++) {
    if (context.claimed.has(i) || isBlank(lines[i])) continue;
    const marker = itemMarker(lines[i]);
    const text = words(marker && marker.kind === 'bullet' ? marker.rest : lines[i]);
    if (text.length > 200) continue;

    // A grade standing alone on its line, as a cell would: "Grade 4 (inadequate)", "Outstanding".
    const alone = /^[\p{Lu}\d]/u.test(text) && !/\.$/.test(text) ? readGradeCell(text) : null;
    if (alone && alone.type !== 'rag' && !marker) {
      const heading = headingAbove(context, i, true);
      if (!heading) continue;
      claimGrade(context, heading.text, text, alone, heading.first, i, 'heading');
      continue;
    }

    const labelled = /^(.{2,150}?)\s*(?::|\s[–—-])\s*(\S.{0,60})$/.exec(text);
    if (!labelled) continue;
    const reading = readGradeCell(labelled[2]);
    if (!reading || reading.type === 'rag') continue;
    let label = labelled[1].trim();
    let first = i;
    if (GENERIC_LABEL.test(label)) {
      const heading = headingAbove(context, i, true);
      if (!heading) continue;
      label = heading.text;
      first = heading.first;
    } else if (!marker) {
      const wrapped = headingAbove(context, i, false);
      if (wrapped) {
        label = joinWrapped([wrapped.text, label]);
        first = wrapped.first;
      }
    }
    if (/[.;!?]/.test(label) || label.split(' ').length > 20) continue;
    claimGrade(context, label, labelled[2], reading, first, i, 'label');
  }
}

/**
 * The heading that stands over line `index`: up to three short lines that do not end a sentence,
 * preceded by a blank line. With `skipBlank`, one blank line may separate it from the line.
 */
function headingAbove(context: Context, index: number, skipBlank: boolean): { text: string; first: number } | null {
  const { lines } = context;
  let end = index - 1;
  if (skipBlank && end >= 0 && isBlank(lines[end])) end--;
  if (end < 0 || isBlank(lines[end]) || context.claimed.has(end)) return null;
  let first = end;
  while (first - 1 >= 0 && !isBlank(lines[first - 1]) && end - first < 2) first--;
  if (first > 0 && !isBlank(lines[first - 1]) && !context.claimed.has(first - 1)) return null;
  const parts: string[] = [];
  for (let i = first; i <= end; i++) {
    const text = words(lines[i]);
    if (text.length > 100 || /[.;,]["'’”)]*$|[.;!?]\s/.test(text) || readGradeCell(text)) return null;
    // A line above that is itself "Area: Grade" is the list's previous item, not this label's first half.
    if (readGradeCell(/:\s*(\S.*)$/.exec(text)?.[1] ?? '')) return null;
    parts.push(text);
  }
  if (!/^[\p{Lu}\d]/u.test(parts[0] ?? '')) return null;
  return { text: joinWrapped(parts).replace(/:$/, ''), first };
}

/**
 * The words that introduce a list of `Area: Grade` lines ("The last inspection … The judgements for
 * the local authority were:"): the paragraph above the list, skipping the list's earlier lines.
 */
function leadInAbove(context: Context, index: number): string {
  const { lines } = context;
  let i = index - 1;
  while (
    i >= 0 &&
    i >= index - 12 &&
    !isBlank(lines[i]) &&
    /:\s*\S.{0,60}$/.test(words(lines[i])) &&
    !/:$/.test(words(lines[i]))
  ) {
    const text = words(lines[i]);
    const grade = /:\s*(.+)$/.exec(text)?.[1] ?? '';
    if (!readGradeCell(grade)) break;
    i--;
  }
  const parts: string[] = [];
  for (; i >= 0 && parts.length < 3 && !isBlank(lines[i]); i--) parts.unshift(words(lines[i]));
  return parts.join(' ');
}

function claimGrade(
  context: Context,
  label: string,
  published: string,
  reading: CellReading,
  first: number,
  last: number,
  source: 'heading' | 'label',
): void {
  if (!numberIsAGrade(context, reading, label, last)) return;
  for (let i = first; i <= last; i++) context.claimed.add(i);
  if (/\b(?:scale|grades|grading|key to|definitions?|descriptors?|what .{1,40} means?)\b/i.test(label)) {
    warn(context, last, `"${published}" under "${label}" describes the grading scale.`, 'grade_scale');
    return;
  }
  if (mentionsEarlier(label, context.inspectionYear)) {
    warn(context, first, `"${label}" gives an earlier inspection's grade.`, 'earlier_inspection');
    return;
  }
  if (source === 'label' && mentionsEarlier(leadInAbove(context, first), context.inspectionYear)) {
    warn(
      context,
      first,
      `"${label}: ${published}" is in a list of an earlier inspection's judgements.`,
      'earlier_inspection',
    );
    return;
  }
  const grade = resolveReading(context, reading, published.replace(/\.$/, ''), label, last);
  if (!grade) return;
  add(context, {
    key: areaKey(label, context.kind),
    label: stripNumbering(label),
    grade,
    lines: [first + 1, last + 1],
    source,
    scored: reading.type !== 'rag' && reading.notScored ? false : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Sentences

interface Sentence {
  text: string;
  first: number;
  last: number;
  previous: string;
}

const S_OVERALL = new RegExp(
  `^the overall judge?ment (?:is|was) (?:that (.{2,120}?)\\s+(?:(?:is|are)\\s+)?(?:judged\\s+(?:to\\s+be\\s+)?)?)?(${GRADE_WORDS})\\b`,
  'i',
);
/** "Children's services in Kirklees are inadequate": the SIF's overall judgement from 2015. */
const S_SERVICES_IN = new RegExp(
  `^(?:the )?(?:children['’]s services|services for children(?: and (?:young people|families))?) in (?:the )?([\\p{Lu}][^,;:]{1,60}?) (?:(?:are|is) (?:judged (?:to be )?)?|(?=requires? improvement))(${GRADE_WORDS})\\b`,
  'iu',
);
const S_GRADED = new RegExp(
  `^the (?:graded |overall )?judge?ment (?:for|about|on|of) (?:the )?(.{2,120}?) is (?:that (?:it|they|this|these|the service|services)?\\s*)?(?:(?:is|are)\\s+)?(${GRADE_WORDS})\\b`,
  'i',
);
const S_IS = new RegExp(
  `^([^,;:]{2,140}?)\\s+(?:is|are)\\s+(?:now\\s+|currently\\s+|judged\\s+(?:to\\s+be\\s+)?|graded\\s+(?:as\\s+)?|rated\\s+(?:as\\s+)?)?["'‘“]?(${GRADE_WORDS})["'’”]?(?=\\s*$|\\s*[.;,:]|\\s+(?:overall|with|and improving|because)\\b)`,
  'i',
);
const S_REQUIRES =
  /^([^,;:]{2,140}?)\s+(requires?\s+improvement(?:\s+to\s+be(?:come)?\s+good)?)(?=\s*$|\s*[.;,:]|\s+(?:overall|because)\b)/i;
const S_CAPACITY = new RegExp(`\\bwith\\s+(${GRADE_WORDS})\\s+(capacity\\s+(?:to|for)\\s+[^.,;]{2,80})`, 'i');
const S_SCORED = new RegExp(
  `^([^,;:()]{2,140}?)\\s+(?:(?:was|were|has been|have been|is|are)\\s+)?(?:judged|graded|rated|scored|assessed)\\s+(?:to\\s+be\\s+|as\\s+)?["'‘“]?((?:grade\\s*)?[1-4](?![\\d'’s])(?:\\s*\\(\\s*${GRADE_WORDS}\\s*\\))?|${GRADE_WORDS})(?!\\w)`,
  'i',
);

const JUDGEMENT_VOCABULARY = /\b(?:judged|judgements?|graded|grades?|grading|scored|scores?|scoring|rated|ratings?)\b/i;
const GRADE_MENTION = new RegExp(
  `\\b${GRADE_WORDS}\\b|\\b[1-4]s?\\s*\\(|\\bgrade\\s*[1-4]\\b|\\b(?:ones|twos|threes|fours|[1-4]s)\\b`,
  'i',
);
const SCALE_WORDS =
  /\bscale\b|\bbetween\s+(?:grade\s*)?[1-4]\b|\bgrade (?:descriptors?|criteria)\b|\bwhat the (?:inspection )?judgements mean\b|\b(?:outstanding|inadequate)\s*\(\s*grade\s*[1-4]\s*\)|\bgrade\s*[1-4]\s*\(\s*(?:outstanding|inadequate)\s*\)[^.]*\bgrade\s*[1-4]/i;
const COUNT_WORDS = /\b(?:ones|twos|threes|fours)\b|\b[1-4]s\b|\bnumber of (?:grades|scores)\b|\bcombined score\b/i;
const PROCESS_WORDS = /\b(?:will|would|shall|is likely to|are likely to|expected to|to be (?:graded|judged|scored))\b/i;

function readSentences(context: Context): void {
  const sentences = sentencesOf(context);
  for (const sentence of sentences) {
    // No judgement is stated in a sentence this long: it is a run of text without full stops.
    if (sentence.text.length > 2000) continue;
    const before = context.candidates.length;
    const matchedArea = readSentence(context, sentence);
    if (context.candidates.length > before || matchedArea) continue;
    if (JUDGEMENT_VOCABULARY.test(sentence.text) && GRADE_MENTION.test(sentence.text)) {
      const { reason, code } = classifyGradeTalk(context, sentence);
      warn(context, sentence.first, reason, code, sentence.text.slice(0, 300));
    }
  }
}

/** Reads one sentence; true when it named a known area but was not taken (a warning says why). */
function readSentence(context: Context, sentence: Sentence): boolean {
  const text = sentence.text.replace(/^(?:overall|in summary|in conclusion),\s+/i, '');
  const span: LineSpan = [sentence.first + 1, sentence.last + 1];
  const found: { key: string; label: string; published: string }[] = [];
  let rejected = false;

  const overall = S_OVERALL.exec(text) ?? S_SERVICES_IN.exec(text);
  if (overall) {
    found.push({
      key: mapLabel('overall effectiveness', context.kind) ?? 'overall_effectiveness',
      label: overall[1] ? `Overall judgement: ${overall[1]}` : 'Overall judgement',
      published: overall[2],
    });
  }
  const graded = !overall && S_GRADED.exec(text);
  if (graded) {
    const key = mapSubject(graded[1], context.kind) ?? mapLabel(graded[1], context.kind);
    if (key) found.push({ key, label: capitalise(graded[1]), published: graded[2] });
  }
  if (!overall && !graded) {
    const simple = S_IS.exec(text) ?? S_REQUIRES.exec(text);
    if (simple) {
      const key = mapSubject(simple[1], context.kind);
      if (key) found.push({ key, label: capitalise(simple[1].replace(/^the\s+/i, '')), published: simple[2] });
    }
    const scored = !simple && S_SCORED.exec(text);
    if (scored) {
      const key = mapSubject(scored[1], context.kind);
      if (key) {
        const reading = readGradeCell(scored[2]);
        const label = capitalise(scored[1].replace(/^the\s+/i, ''));
        if (reading && reading.type !== 'rag') {
          if (mentionsEarlier(`${sentence.previous} ${text}`, context.inspectionYear)) {
            warn(
              context,
              sentence.first,
              `Quotes a grade from an earlier inspection ("${label}").`,
              'earlier_inspection',
              text,
            );
            rejected = true;
          } else {
            const grade = resolveReading(context, reading, scored[2], label, sentence.first);
            if (grade) add(context, { key, label, grade, lines: span, source: 'sentence' });
            else rejected = true;
          }
        }
      }
    }
  }
  const capacity = S_CAPACITY.exec(text);
  if (capacity) {
    found.push({
      key: mapLabel('capacity to improve', context.kind) ?? 'capacity_to_improve',
      label: capitalise(capacity[2].trim()),
      published: capacity[1],
    });
  }

  for (const item of found) {
    const key = gradeKeyOfWord(item.published);
    if (!key) continue;
    if (mentionsEarlier(text, context.inspectionYear)) {
      warn(
        context,
        sentence.first,
        `Quotes a grade from an earlier inspection ("${item.label}").`,
        'earlier_inspection',
        text,
      );
      rejected = true;
      continue;
    }
    add(context, {
      key: item.key,
      label: item.label,
      grade: gradeOf(item.published, key),
      lines: span,
      source: 'sentence',
    });
  }
  return rejected;
}

function classifyGradeTalk(context: Context, sentence: Sentence): { reason: string; code: WarningCode } {
  const text = sentence.text;
  if (SCALE_WORDS.test(text)) {
    return { reason: 'Describes the grading scale, not a grade this inspection gave.', code: 'grade_scale' };
  }
  if (COUNT_WORDS.test(text)) return { reason: 'Counts grades rather than giving one.', code: 'grade_count' };
  if (mentionsEarlier(`${sentence.previous} ${text}`, context.inspectionYear)) {
    return { reason: 'Quotes a grade from an earlier inspection.', code: 'earlier_inspection' };
  }
  if (PROCESS_WORDS.test(text)) {
    return { reason: 'Describes how the inspection grades, not a grade it gave.', code: 'process_description' };
  }
  return {
    reason: "Mentions a grade, but not as one of this inspection's judgements of an area: check it.",
    code: 'unrecognised_grade',
  };
}

/** Sentences of the text outside grade tables, each with its line span and the sentence before it. */
function sentencesOf(context: Context): Sentence[] {
  const { lines } = context;
  const sentences: Sentence[] = [];
  let parts: { text: string; index: number }[] = [];
  let previous = '';

  const flush = () => {
    if (!parts.length) return;
    // Built as pieces and joined once: appending to one growing string is quadratic in V8 here.
    const pieces: string[] = [];
    let length = 0;
    let previousPart = '';
    const offsets: { at: number; index: number }[] = [];
    for (const part of parts) {
      if (!part.text) continue;
      const glued = /\p{L}[-‐]$/u.test(previousPart) && /^\p{Ll}/u.test(part.text);
      const separator = length && !glued ? ' ' : '';
      offsets.push({ at: length + separator.length, index: part.index });
      pieces.push(separator, part.text);
      length += separator.length + part.text.length;
      previousPart = part.text;
    }
    const text = pieces.join('');
    if (!offsets.length) {
      parts = [];
      return;
    }
    const lineOf = (at: number) => {
      let low = 0;
      let high = offsets.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (offsets[middle].at <= at) low = middle;
        else high = middle - 1;
      }
      return offsets[low].index;
    };
    const boundary = /[.!?]["'’”)]*\s+(?=["'‘“(]?[\p{Lu}\d])/gu;
    let start = 0;
    const emit = (end: number) => {
      const raw = text.slice(start, end).trim();
      if (raw) {
        const leading = text.slice(start).search(/\S/);
        sentences.push({ text: raw, first: lineOf(start + Math.max(0, leading)), last: lineOf(end - 1), previous });
        previous = raw;
      }
    };
    for (const match of text.matchAll(boundary)) {
      const end = (match.index ?? 0) + match[0].trimEnd().length;
      emit(end);
      start = (match.index ?? 0) + match[0].length;
    }
    emit(text.length);
    parts = [];
  };

  for (let i = 0; i < lines.length; i++) {
    if (context.claimed.has(i) || isBlank(lines[i])) {
      flush();
      if (context.claimed.has(i)) previous = '';
      continue;
    }
    const marker = itemMarker(lines[i]);
    if (marker) flush();
    const text = words(marker ? marker.rest : lines[i]);
    parts.push({ text, index: i });
    if (endsBlock(lines, i)) flush();
  }
  flush();
  return sentences;
}

/** A line that ends its paragraph though no blank line follows: a heading-like short line before a capital. */
function endsBlock(lines: string[], index: number): boolean {
  const text = words(lines[index]);
  const next = lines[index + 1];
  if (next === undefined || isBlank(next)) return true;
  if (/[.;,:-]["'’”)]*$/.test(text) && !/[.!?:]["'’”)]*$/.test(text)) return false;
  const nextText = words(next);
  if (!/^[\p{Lu}\d]/u.test(nextText)) return false;
  if (/[.!?:]["'’”)]*$/.test(text)) return true;
  const width = Math.max(...lines.slice(Math.max(0, index - 3), index + 4).map((line) => line.trimEnd().length));
  return lines[index].trimEnd().length < width * 0.75;
}

// ---------------------------------------------------------------------------------------------
// Merging

function merge(context: Context): { judgements: DraftJudgement[]; warnings: DraftWarning[] } {
  const byKey = new Map<string, DraftJudgement>();
  const ordered = [...context.candidates].sort(
    (a, b) => Number(a.source === 'sentence') - Number(b.source === 'sentence') || a.lines[0] - b.lines[0],
  );
  for (const candidate of ordered) {
    const existing = byKey.get(candidate.key);
    if (!existing) {
      byKey.set(candidate.key, {
        key: candidate.key,
        label: candidate.label,
        grade: candidate.grade,
        scored: candidate.scored ?? isScored(context.kind, candidate.key),
        lines: candidate.lines,
        source: candidate.source,
        alsoAt: [],
      });
    } else if (existing.grade.normalised === candidate.grade.normalised) {
      existing.alsoAt!.push(candidate.lines);
    } else {
      context.warnings.push({
        line: candidate.lines[0],
        text: words(context.lines[candidate.lines[0] - 1] ?? ''),
        reason: `Grades "${existing.label}" as "${candidate.grade.published}", but line ${existing.lines![0]} grades it "${existing.grade.published}"; the first was kept.`,
        code: 'conflicting_grade',
      });
    }
  }
  const judgements = [...byKey.values()].sort((a, b) => a.lines![0] - b.lines![0]);
  for (const judgement of judgements) {
    if (!judgement.key) judgement.key = slug(judgement.label);
  }
  return { judgements, warnings: context.warnings };
}
