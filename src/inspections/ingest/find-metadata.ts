/**
 * Who was inspected, under which framework, and when — each with the line it was read from.
 *
 * - Kind: the framework named in the title block (first 40 lines), earliest mention first; failing
 *   that, the framework the whole document names most often; else OTHER.
 * - Authority: a labelled field ("Local authority: …"); the council the title names ("Inspection of
 *   Knowsley Council local authority children's services", "Focused visit to Bury …"), or a name line
 *   standing over the title ("City of London", "Haringey"); a council's name in the first lines ("Isle
 *   of Wight Council"); the place a title-like sentence names ("Joint Area Review … in Kent"); else the
 *   same searches over the whole document, including possessives ("Harrow's Joint Area Review"). The
 *   body comes last because it may name a predecessor or a neighbour. A trust or company that runs a
 *   council's children's services is read as that council.
 * - Dates: labelled lines in the title block — "Inspection dates: 8 – 12 July 2013",
 *   "Published: 16 August 2013", and for a committee paper "Date: 11th September 2008".
 */
import type { InspectionKind } from '../../domain/vocabulary';
import type { DraftDates, LineSpan } from './inspection-draft';
import { isoDate, monthNumber, words } from './text-lines';

const HEAD_LINES = 40;

const KIND_PATTERNS: { kind: InspectionKind; pattern: RegExp }[] = [
  { kind: 'ILACS', pattern: /\binspection of children['’]?s social care services\b/i },
  { kind: 'ILACS', pattern: /\binspection of (?:[\p{L}'’ -]{1,40} )?local authority children['’]?s services\b/iu },
  // Focused and monitoring visits under the ILACS framework, each published as a letter of its own.
  { kind: 'FOCUSED', pattern: /\bfocused visit (?:to|of) [\p{L}'’ -]{1,60}children['’]?s services\b/iu },
  { kind: 'MONITORING', pattern: /\bmonitoring visit (?:to|of) [\p{L}'’ -]{1,60}children['’]?s services\b/iu },
  { kind: 'ILACS', pattern: /\bILACS\b/ },
  { kind: 'SIF', pattern: /\b(?:re-?)?inspection of services for children in need of help and protection\b/i },
  { kind: 'SIF', pattern: /\bsingle inspection framework\b/i },
  // A review of the board published on its own; in a SIF report the inspection's title comes first.
  { kind: 'LSCB', pattern: /\breview of the effectiveness of the local safeguarding children['’]?s? board\b/i },
  { kind: 'LAC', pattern: /\binspection of (?:services for )?looked after children(?:['’]s)?(?: services)?\b/i },
  { kind: 'JAR', pattern: /\bjoint area review\b/i },
  { kind: 'JAR', pattern: /\bJAR\b/ },
  { kind: 'APA', pattern: /\bannual performance assessment\b/i },
  { kind: 'APA', pattern: /\bAPA\b/ },
];

/** Words in the text joined with single spaces, and where each line starts in it. */
function joined(lines: string[], from: number, to: number): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (let i = from; i < to; i++) {
    starts.push(text.length);
    text += `${words(lines[i])} `;
  }
  return { text, starts };
}

function lineAt(starts: number[], offset: number, from: number): number {
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1] <= offset) index++;
  return from + index + 1;
}

export function findKind(lines: string[]): { kind: InspectionKind; lines: LineSpan | null } {
  const head = joined(lines, 0, Math.min(HEAD_LINES, lines.length));
  let best: { kind: InspectionKind; start: number; end: number } | null = null;
  for (const { kind, pattern } of KIND_PATTERNS) {
    const match = pattern.exec(head.text);
    if (match && (!best || match.index < best.start)) {
      best = { kind, start: match.index, end: match.index + match[0].length - 1 };
    }
  }
  if (best) return { kind: best.kind, lines: [lineAt(head.starts, best.start, 0), lineAt(head.starts, best.end, 0)] };

  const counts = new Map<InspectionKind, { count: number; line: number }>();
  lines.forEach((line, index) => {
    const text = words(line);
    if (!text) return;
    for (const { kind, pattern } of KIND_PATTERNS) {
      if (pattern.test(text)) {
        const entry = counts.get(kind) ?? { count: 0, line: index + 1 };
        entry.count++;
        counts.set(kind, entry);
      }
    }
  });
  let winner: { kind: InspectionKind; count: number; line: number } | null = null;
  for (const [kind, entry] of counts) if (!winner || entry.count > winner.count) winner = { kind, ...entry };
  return winner ? { kind: winner.kind, lines: [winner.line, winner.line] } : { kind: 'OTHER', lines: null };
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’&.-]*";
const NAME = `${NAME_WORD}(?:\\s+(?:of|upon|on|under|and|&)\\s+${NAME_WORD}|\\s+${NAME_WORD}){0,4}`;
const COUNCIL_NAME = new RegExp(
  `((?:(?:London|Royal) Borough of|City and County of|City of|County of|Metropolitan Borough of)\\s+${NAME}` +
    `|${NAME}\\s+(?:County|City|Borough|District|Metropolitan Borough|Metropolitan District)?\\s*Council)\\b`,
  'gu',
);
const NOT_A_PLACE = new Set(
  (
    'the this that our their each every a an county borough city district metropolitan council councils ' +
    "children children's children’s services service young people looked care social help protection local " +
    'authority safeguarding education health ofsted england inspection inspections review joint area annual ' +
    "performance assessment framework section act her his majesty's majesty’s learning youth key report " +
    'executive board cabinet committee meeting subject date strategic director assistant chief officer ' +
    'january february march april may june july august september october november december jar apa lscb ' +
    'department directorate government national primary trust pct partnership plan'
  ).split(' '),
);

function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}'’]/gu, '');
}

/** A place name: not a common word of these documents, not a date, not an acronym such as "CPA". */
function acceptableName(name: string): boolean {
  const parts = name.split(/\s+/).filter(Boolean);
  if (!parts.length || NOT_A_PLACE.has(bare(parts[0])) || /\d/.test(name)) return false;
  return !parts.every((part) => /^[\p{Lu}&.]{1,6}$/u.test(part) || /^(of|and|on|upon|under|&)$/.test(part));
}

function councilNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(COUNCIL_NAME)) {
    // Drop leading words that are not part of a name ("Halton Borough Council" from "In Halton Borough Council").
    // "The Isle of Wight Council", "In Halton Borough Council": drop the article or preposition.
    const name = match[1].trim().replace(/^(?:(?:the|in|at|for|by|from|to|with|within|across)\s+)+/i, '');
    if (acceptableName(name) && !/^(county|city|borough|district)?\s*council$/i.test(name)) names.push(name);
  }
  return names;
}

const INSPECTION_WORDS = /\b(joint area review|inspection|review|jar|apa|performance assessment)\b/i;
const PLACE_AFTER_PREPOSITION = new RegExp(`\\b(?:in|of|for|at)\\s+(${NAME})`, 'gu');
const POSSESSIVE = new RegExp(
  `\\b(${NAME})['’]s\\s+(?:joint area review|jar\\b|apa\\b|inspection|annual performance assessment|children['’]s services)`,
  'giu',
);

function placesInTitle(text: string): string[] {
  if (!INSPECTION_WORDS.test(text)) return [];
  const names: string[] = [];
  for (const match of text.matchAll(PLACE_AFTER_PREPOSITION)) {
    const name = match[1].replace(/['’]s$/, '').replace(/\s+(?:and|&|of|on|upon|under)$/i, '');
    if (acceptableName(name) && name.split(/\s+/).every((word) => !NOT_A_PLACE.has(bare(word)))) {
      names.push(name);
    }
  }
  return names;
}

function possessives(text: string): string[] {
  return [...text.matchAll(POSSESSIVE)].map((match) => match[1]).filter(acceptableName);
}

/**
 * "Sometown Children's Services Authority Area" (the JAR's words for a council) → "Sometown"; a trust
 * or company that runs a council's children's services ("Sometown Children's Services Trust",
 * "Sometown Children First") is read as the council it works for.
 */
function cleanName(name: string): string {
  return (
    name
      .trim()
      .replace(/[.,;:'’-]+$/, '')
      .replace(/\s+(?:children['’]s services\s+)?authority area$/i, '')
      .replace(/\s+children['’]s\s+(?:services\s+)?(?:trust|company)(?:\s+(?:ltd|limited))?$/i, '')
      .replace(/\s+children\s+first$/i, '')
      .replace(/\s+children['’]s services$/i, '') || name.trim()
  );
}

/** The title block: the lines before the dates or the first judgement, at most ten. */
function titleBlock(lines: string[]): number {
  let end = 0;
  while (end < Math.min(10, lines.length)) {
    const text = words(lines[end]);
    if (/^(?:inspection|fieldwork|review)\s+dates?\b|^lead inspector\b|^judgement\b/i.test(text)) break;
    end++;
  }
  return end;
}

const PLACE = "[\\p{Lu}][\\p{L}'’&.,-]*(?:\\s+[\\p{L}'’&.,-]+){0,6}?";
/** "Inspection of Knowsley Council local authority children's services", "Focused visit to Bury …". */
const TITLE_SUBJECT = new RegExp(
  `\\b(?:(?:re-?)?inspection|(?:focused|monitoring) visit) (?:of|to) (?:the )?(${PLACE})(?:['’]s)? (?:local authority )?children['’]?s services\\b`,
  'iu',
);
/** A line that is only a council's name, standing over the title ("City of London", "Kirklees"). */
const NAME_LINE = new RegExp(
  `^(?:(?:(?:London|Royal) Borough of|City and County of|City of|County of|Metropolitan Borough of)\\s+)?${NAME}$`,
  'u',
);
const TITLE_START =
  /^(?:(?:re-?)?inspection of|joint area review|review of|annual performance assessment|(?:focused|monitoring) visit)\b/i;

/** The council a report's title names, before any body text (which may name a predecessor or a neighbour). */
function authorityInTitle(lines: string[]): { name: string; index: number } | null {
  const end = titleBlock(lines);
  const head = joined(lines, 0, end);
  const subject = TITLE_SUBJECT.exec(head.text);
  const place = subject?.[1] ?? '';
  if (
    subject &&
    /^\p{Lu}/u.test(place) &&
    acceptableName(place.replace(/^(?:city|county|royal borough|london borough) of /i, ''))
  ) {
    const offset = subject.index + subject[0].indexOf(subject[1]);
    return { name: subject[1], index: lineAt(head.starts, offset, 0) - 1 };
  }
  for (let i = 0; i < Math.min(end, 6); i++) {
    const text = words(lines[i]);
    if (!text || text.split(' ').length > 6 || !NAME_LINE.test(text)) continue;
    const bare = text.replace(
      /^(?:(?:London|Royal) Borough of|City and County of|City of|County of|Metropolitan Borough of)\s+/,
      '',
    );
    if (!acceptableName(bare)) continue;
    const next =
      lines
        .slice(i + 1, i + 4)
        .map(words)
        .find(Boolean) ?? '';
    if (TITLE_START.test(next)) return { name: text, index: i };
  }
  return null;
}

export function findAuthority(lines: string[]): { name: string | null; lines: LineSpan | null } {
  const found = (name: string, index: number) => ({ name: cleanName(name), lines: [index + 1, index + 1] as LineSpan });
  const head = Math.min(HEAD_LINES, lines.length);

  for (let i = 0; i < head; i++) {
    const match = /^(?:local\s+)?(?:authority|council)(?:\s+name)?\s*[:\t]\s*(.{2,80})$/i.exec(words(lines[i]));
    if (match && acceptableName(match[1])) return found(match[1], i);
  }
  const titled = authorityInTitle(lines);
  if (titled) return found(titled.name, titled.index);
  for (let i = 0; i < Math.min(25, lines.length); i++) {
    const names = councilNames(words(lines[i]));
    if (names.length) return found(names[0], i);
  }
  for (let i = 0; i < head; i++) {
    const text = words(lines[i]);
    const names = [...placesInTitle(text), ...possessives(text)];
    if (names.length) return found(names[names.length - 1], i);
  }

  const counts = new Map<string, { count: number; index: number }>();
  lines.forEach((line, index) => {
    for (const name of councilNames(words(line))) {
      const entry = counts.get(name) ?? { count: 0, index };
      entry.count++;
      counts.set(name, entry);
    }
  });
  let best: { name: string; count: number; index: number } | null = null;
  for (const [name, entry] of counts) if (!best || entry.count > best.count) best = { name, ...entry };
  if (best) return found(best.name, best.index);

  for (let i = head; i < lines.length; i++) {
    const text = words(lines[i]);
    const names = [...possessives(text), ...placesInTitle(text).slice(-1)];
    if (names.length) return found(names[0], i);
  }
  return { name: null, lines: null };
}

const DAY = '(\\d{1,2})(?:\\s*(?:st|nd|rd|th))?';
const MONTH = '([A-Za-z]{3,9})\\.?';
const YEAR = '(\\d{4})';
const RANGE = new RegExp(
  `${DAY}(?:\\s+${MONTH})?(?:,?\\s+${YEAR})?\\s*(?:–|—|-|to|until|and)\\s*${DAY}\\s+${MONTH},?\\s+${YEAR}`,
  'i',
);
const DAY_MONTH_YEAR = new RegExp(`${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, 'i');
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export function parseDateRange(text: string): { from: string; to: string } | null {
  const match = RANGE.exec(text);
  if (match) {
    const toMonth = monthNumber(match[5]);
    const toYear = Number(match[6]);
    const fromMonth = match[2] ? monthNumber(match[2]) : toMonth;
    const fromYear = match[3] ? Number(match[3]) : toYear;
    if (toMonth && fromMonth) {
      const from = isoDate(fromYear, fromMonth, Number(match[1]));
      const to = isoDate(toYear, toMonth, Number(match[4]));
      if (from && to && from <= to) return { from, to };
    }
  }
  const single = parseDate(text);
  return single ? { from: single, to: single } : null;
}

export function parseDate(text: string): string | null {
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    const date = month ? isoDate(Number(match[3]), month, Number(match[1])) : null;
    if (date) return date;
  }
  match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1]);
    const date = month ? isoDate(Number(match[3]), month, Number(match[2])) : null;
    if (date) return date;
  }
  match = ISO.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}

const INSPECTION_DATE = [
  /^(?:(?:inspection|fieldwork)\s+dates?|dates?\s+of\s+(?:the\s+)?inspection|inspected)\s*[:\t–-]?\s*(.+)$/i,
  /\b(?:(?:inspection|fieldwork)\s+dates?|dates?\s+of\s+(?:the\s+)?inspection)\s*:\s*(.+)$/i,
];
const PUBLISHED_DATE = [
  /^(?:(?:report\s+)?published(?:\s+on)?|(?:date\s+of\s+)?publication(?:\s+date)?)\s*[:\t–-]?\s*(.+)$/i,
  /\b(?:(?:report\s+)?published(?:\s+on)?|(?:date\s+of\s+)?publication(?:\s+date)?)\s*:\s*(.+)$/i,
];
const PAPER_DATE = /^(?:date|meeting date|date of meeting|report date|date of report)\s*[:\t–-]\s*(.+)$/i;

function labelled(patterns: RegExp[], text: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[1];
  }
  return null;
}

/**
 * Dates printed with their label in the title block; one line may carry several labels
 * ("Age group: All   Published: 20 May 2008   Reference no: 999").
 */
export function findDates(lines: string[]): DraftDates {
  const dates: DraftDates = {};
  const head = Math.min(HEAD_LINES, lines.length);
  for (let i = 0; i < head; i++) {
    const text = words(lines[i]);
    if (!text) continue;
    const span: LineSpan = [i + 1, i + 1];
    const inspection = dates.inspection ? null : labelled(INSPECTION_DATE, text);
    const range = inspection ? parseDateRange(inspection) : null;
    if (range) dates.inspection = { ...range, lines: span };
    const published = dates.published ? null : labelled(PUBLISHED_DATE, text);
    const date = published ? parseDate(published) : null;
    if (date) dates.published = { date, lines: span };
    const paper = dates.paper || inspection || published ? null : PAPER_DATE.exec(text);
    const paperDate = paper ? parseDate(paper[1]) : null;
    if (paperDate) dates.paper = { date: paperDate, lines: span };
  }
  return dates;
}
