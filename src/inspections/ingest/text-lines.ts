/**
 * Reading one line of extracted text: its plain words (Markdown and HTML markup gone), its list
 * marker, whether it looks like a heading. Shared by every finder; all are pure string functions.
 */

/**
 * Every glyph reports have used to mark a list item: hyphens and dashes (and the minus sign and
 * box-drawing rule that extraction sometimes makes of them), the bullets and arrows of General
 * Punctuation and Dingbats, the whole Geometric Shapes block (squares, circles, triangles, diamonds:
 * ILACS reports from 2021 mark items with U+25FC), the large squares and circles of U+2B1B–U+2B24,
 * ticks, and the private-use glyphs PDF extraction makes of Symbol and Wingdings bullets.
 */
const BULLET_CLASS =
  '\\-\\u2010-\\u2015\\u2212\\u2500\\u2501•·*\\u2022\\u2023\\u2043\\u2219\\u25A0-\\u25FF\\u2B1B-\\u2B24\\u2190-\\u2194\\u21D2\\u2794-\\u27BF\\u2713\\u2714\\u2756\\u25BA\\uE000-\\uF8FF';
const BULLET = new RegExp(`^(\\s*)([${BULLET_CLASS}])(?=\\s)\\s*`, 'u');
const NUMBER_MARKERS: { pattern: RegExp; kind: ItemMarker['kind'] }[] = [
  { pattern: /^(\s*)(?:recommendation|rec\.?)\s*(\d{1,3})\s*[:.)–-]\s+(?=\S)/iu, kind: 'number' },
  { pattern: /^(\s*)\(?(\d{1,3})[.)](?=\s+[\p{L}"'‘“(])\s+/u, kind: 'number' },
  { pattern: /^(\s*)\((\d{1,3})\)(?=\s*[\p{L}"'‘“(])\s*/u, kind: 'number' },
  { pattern: /^(\s*)(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s+[\p{L}"'‘“(])\s+/u, kind: 'number' },
  { pattern: /^(\s*)\(([ivxlc]{1,6})\)(?=\s*[\p{L}"'‘“(])\s*/u, kind: 'roman' },
  { pattern: /^(\s*)([ivxlc]{1,6})[.)](?=\s+[\p{L}"'‘“(])\s+/u, kind: 'roman' },
  { pattern: /^(\s*)\(([a-z])\)(?=\s*[\p{L}"'‘“(])\s*/u, kind: 'letter' },
  { pattern: /^(\s*)([a-z])\)(?=\s+[\p{L}"'‘“(])\s+/u, kind: 'letter' },
];

export interface ItemMarker {
  kind: 'bullet' | 'number' | 'roman' | 'letter';
  /** The bullet glyph, or the number as printed ("5", "4.3", "ii"). */
  marker: string;
  indent: number;
  /** The item's own words, marker removed. */
  rest: string;
}

export function itemMarker(line: string): ItemMarker | null {
  const withoutHeading = line.replace(/^\s{0,3}#{1,6}\s+/, '');
  // Word's hollow "o" sub-bullet comes out of PDFs as a letter o followed by a wide gap.
  const hollow = /^(\s*)o(\s{2,})(?=\S)/.exec(withoutHeading);
  if (hollow)
    return { kind: 'bullet', marker: 'o', indent: hollow[1].length, rest: withoutHeading.slice(hollow[0].length) };
  const bullet = BULLET.exec(withoutHeading);
  if (bullet && withoutHeading.slice(bullet[0].length).trim()) {
    return {
      kind: 'bullet',
      marker: bullet[2],
      indent: bullet[1].length,
      rest: withoutHeading.slice(bullet[0].length),
    };
  }
  for (const { pattern, kind } of NUMBER_MARKERS) {
    const match = pattern.exec(withoutHeading);
    if (match) return { kind, marker: match[2], indent: match[1].length, rest: withoutHeading.slice(match[0].length) };
  }
  return null;
}

/** Characters that `plain` has work to do for; most lines of a PDF's text hold none. */
const MARKUP_OR_ODD_SPACE = /[\u00a0\u2007\u202f\u2009\u200a\u00ad\u200b-\u200d\ufeff\ufb00-\ufb04<#*_\\]/;

/** The line's words without markup: no Markdown heading hashes, emphasis, HTML tags or odd spaces. */
export function plain(line: string): string {
  if (!MARKUP_OR_ODD_SPACE.test(line)) return line;
  return line
    .replace(/[\u00a0\u2007\u202f\u2009\u200a]/g, ' ')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/\ufb00/g, 'ff')
    .replace(/\ufb01/g, 'fi')
    .replace(/\ufb02/g, 'fl')
    .replace(/\ufb03/g, 'ffi')
    .replace(/\ufb04/g, 'ffl')
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, '')
    .replace(/^\s{0,3}#{1,6}(\s+|$)/, '')
    .replace(/\s#{1,6}\s*$/, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{1,200}?)[*_](?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/**
 * Plain words with runs of white space collapsed and the ends trimmed. Every finder asks this of
 * the same lines many times, so during a parse (`withWordsCache`) the answers are remembered.
 */
let wordsCache: Map<string, string> | null = null;

export function words(line: string): string {
  const cached = wordsCache?.get(line);
  if (cached !== undefined) return cached;
  const result = plain(line).replace(/\s+/g, ' ').trim();
  wordsCache?.set(line, result);
  return result;
}

/** Runs `work` with `words` remembering its answers, and forgets them afterwards. */
export function withWordsCache<T>(work: () => T): T {
  if (wordsCache) return work();
  wordsCache = new Map();
  try {
    return work();
  } finally {
    wordsCache = null;
  }
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || !/\S/.test(line) || !words(line);
}

export function isMarkdownHeading(line: string): boolean {
  return /^\s{0,3}#{1,6}\s+\S/.test(line);
}

/** "5.0 NEXT STEPS:", "4.1 The result …" — a numbered section heading of a committee paper. */
export function isNumberedSectionHeading(line: string): boolean {
  const text = words(line);
  return /^\d{1,2}\.\d{1,2}\.?\s+\S/.test(text) && text.length <= 90 && !/[.;,]$/.test(text);
}

/**
 * A line that reads as a heading: short, starting with a capital or a number, not ending a sentence,
 * standing after a blank line (or the start). Markdown headings always count.
 */
export function isHeadingLike(lines: string[], index: number): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  if (isMarkdownHeading(line)) return true;
  const text = words(line);
  if (!text || text.length > 100 || text.split(' ').length > 14) return false;
  if (/[.;,]["'’”)]*$/.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (itemMarker(line) && !isNumberedSectionHeading(line)) return false;
  return index === 0 || isBlank(lines[index - 1]);
}

/**
 * Lines of a table of contents: after a "Contents" heading, the entries ending in page numbers
 * (set apart, or run into the entry: "What does the local authority need to improve?4").
 */
export function contentsLines(lines: string[]): Set<number> {
  const contents = new Set<number>();
  lines.forEach((line, index) => {
    if (!/^(?:table of )?contents$/i.test(words(line))) return;
    let misses = 0;
    for (let i = index + 1; i < lines.length && misses < 2; i++) {
      if (isBlank(lines[i])) continue;
      if (/(?:\s|[?:)])\d{1,3}$/.test(lines[i].trimEnd())) {
        contents.add(i);
        if (i > 0 && !isBlank(lines[i - 1])) contents.add(i - 1);
        misses = 0;
      } else {
        misses++;
      }
    }
  });
  return contents;
}

/** Join wrapped lines: one space, except after a hyphen that ends a line mid-word ("multi-" + "agency"). */
export function joinWrapped(parts: string[]): string {
  // Built as pieces and joined once: appending to one growing string is quadratic in V8 here.
  const pieces: string[] = [];
  let previous = '';
  for (const raw of parts) {
    const part = raw.replace(/\s+/g, ' ').trim();
    if (!part) continue;
    if (pieces.length && !(/\p{L}[-‐]$/u.test(previous.slice(-2)) && /^\p{Ll}/u.test(part))) pieces.push(' ');
    pieces.push(part);
    previous = part;
  }
  return pieces.join('');
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index < 0 ? null : index + 1;
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "the key findings" → "The key findings". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
