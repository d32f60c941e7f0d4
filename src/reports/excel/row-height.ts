/**
 * How tall a row of wrapped text must be, worked out from the text and the column widths, since
 * neither Excel nor LibreOffice fits a row to its text when it opens a file: without a height,
 * long text is printed over the rows below. The workbooks are written in Arial 10 (see cells.ts),
 * whose widths are the same in Excel and in LibreOffice (Liberation Sans), so one estimate holds
 * for both. It errs on the tall side: a little space under the text, never text cut off.
 */

/** Points per line of Arial 10: Excel's own row height for that font. */
export const LINE_HEIGHT = 12.75;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Space above and below the text of a row, in points. */
const ROW_PADDING = 2.25;

/** Pixels per em of a 10-point font at 96 dots per inch. */
const EM = (10 * 96) / 72;
/** A column's width is counted in the width of a digit: 7 pixels in Arial 10 (and Calibri 11). */
const DIGIT = 7;
/** The gap a cell keeps inside its borders, both sides together, in pixels. */
const CELL_MARGIN = 6;
/** Widths are rounded and fonts hinted differently by each program: allow for it. */
const SAFETY = 1.04;

/** Arial's advance widths, in ems, for the characters that differ from the usual lower-case letter. */
const ADVANCES: Record<string, number> = {
  ' ': 0.278,
  i: 0.222,
  j: 0.222,
  l: 0.222,
  f: 0.278,
  t: 0.278,
  r: 0.333,
  I: 0.278,
  '.': 0.278,
  ',': 0.278,
  ':': 0.278,
  ';': 0.278,
  "'": 0.191,
  '’': 0.222,
  '!': 0.278,
  '|': 0.26,
  '(': 0.333,
  ')': 0.333,
  '-': 0.333,
  '/': 0.278,
  m: 0.833,
  w: 0.722,
  M: 0.833,
  W: 0.944,
  '%': 0.889,
  '@': 1.015,
  '–': 0.556,
  '—': 1,
};
const LOWER = 0.556;
const UPPER = 0.722;
const OTHER = 0.6;
/** Bold Arial is about a tenth wider. */
const BOLD = 1.1;

function advance(character: string): number {
  const known = ADVANCES[character];
  if (known !== undefined) return known;
  if (character >= 'A' && character <= 'Z') return UPPER;
  if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) return LOWER;
  return OTHER;
}

/**
 * Each character's width in pixels, with the allowance, by its UTF-16 code up to the end of
 * General Punctuation (dashes and quotes): rows are measured for every row of every sheet, so the
 * width is looked up, not worked out.
 */
const PIXELS = Float64Array.from({ length: 0x2070 }, (_, code) => advance(String.fromCharCode(code)) * EM * SAFETY);
const OTHER_PIXELS = OTHER * EM * SAFETY;
const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

function pixelsOf(code: number): number {
  return code < PIXELS.length ? PIXELS[code] : OTHER_PIXELS;
}

/** A text's width in pixels of Arial 10, with the allowance for each program's rounding. */
export function textWidth(text: string, bold = false): number {
  let pixels = 0;
  for (let index = 0; index < text.length; index++) pixels += pixelsOf(text.charCodeAt(index));
  return pixels * (bold ? BOLD : 1);
}

/** The pixels a column of `width` (in digits, as a workbook gives it) has for text. */
export function columnPixels(width: number): number {
  return Math.max(DIGIT, Math.floor(width * DIGIT + 5) - CELL_MARGIN);
}

/**
 * The lines a text takes in a column of `width` digits when wrapped: at spaces, and within a word
 * too long for a line, as both programs do; each line break in the text starts a new line.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  // Measured in regular widths against a column narrowed for bold, which comes to the same.
  const room = columnPixels(width) / (bold ? BOLD : 1);
  const space = PIXELS[SPACE];
  let lines = 1;
  let used = 0;
  let word = 0;
  // One pass, placing each word as its end is reached (a space, a line break or the end of the
  // text); kept in one loop because every cell of every row is measured.
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : LINE_FEED;
    if (code !== SPACE && code !== LINE_FEED) {
      if (code !== CARRIAGE_RETURN) word += pixelsOf(code);
      continue;
    }
    const needed = used === 0 ? word : used + space + word;
    if (needed <= room) {
      used = needed;
    } else if (word <= room) {
      lines += 1;
      used = word;
    } else {
      // A word wider than the column is broken across lines.
      const extra = Math.ceil(word / room) - 1;
      lines += (used === 0 ? 0 : 1) + extra;
      used = word - extra * room;
    }
    word = 0;
    if (code === LINE_FEED && index < text.length) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
}

export interface WrappedColumn {
  width: number;
  wrap?: boolean;
}

/**
 * The height in points for a row of `values` under `columns`, from its tallest wrapped cell, or
 * null when every cell fits on one line (the row keeps the sheet's default height).
 */
export function rowHeight(
  values: readonly unknown[],
  columns: readonly WrappedColumn[],
  options: { bold?: boolean } = {},
): number | null {
  let lines = 1;
  columns.forEach((column, index) => {
    const value = values[index];
    if (!column.wrap || typeof value !== 'string' || value === '') return;
    lines = Math.max(lines, wrappedLines(value, column.width, options.bold));
  });
  if (lines === 1) return null;
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((lines * LINE_HEIGHT + ROW_PADDING) * 4) / 4);
}
