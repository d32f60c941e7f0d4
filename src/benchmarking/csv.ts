/**
 * A strict CSV reader (RFC 4180): fields separated by commas, a field in double quotes may hold
 * commas, line breaks and doubled quotes; records end with LF, CRLF or CR. A leading byte-order
 * mark is dropped and wholly empty lines are skipped. Anything else that a spreadsheet would have
 * to guess at (a quote inside an unquoted field, text after a closing quote, a quote never closed)
 * is refused with the line it is on. Pure: no I/O.
 *
 * Written here rather than taken from a package: the two files it reads are small, the rules fit
 * on one screen, and the project has no CSV reader among its dependencies.
 */

/** One record and the line of the file it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The text is not CSV; the message is a sentence naming the line. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const BOM = '\uFEFF';

const UNQUOTED = /[^",\r\n]*/y;
const LINE_BREAK = /\r\n|\r|\n/g;

export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const end = source.length;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < end) {
    if (source[i] === '\n' || source[i] === '\r') {
      i = afterLineEnd(source, i);
      line++;
      continue;
    }
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (source[i] === '"') {
        const openedOn = line;
        let close = source.indexOf('"', i + 1);
        while (close !== -1 && source[close + 1] === '"') close = source.indexOf('"', close + 2);
        if (close === -1)
          throw new CsvSyntaxError(`The quoted field that starts on line ${openedOn} is never closed.`, openedOn);
        value = source.slice(i + 1, close);
        if (value.includes('"')) value = value.replace(/""/g, '"');
        const breaks = value.match(LINE_BREAK);
        if (breaks) line += breaks.length;
        i = close + 1;
        if (i < end && !isFieldEnd(source[i])) {
          throw new CsvSyntaxError(`Line ${line} has text after the closing quote of a field.`, line);
        }
      } else {
        UNQUOTED.lastIndex = i;
        UNQUOTED.exec(source);
        value = source.slice(i, UNQUOTED.lastIndex);
        i = UNQUOTED.lastIndex;
        if (source[i] === '"') {
          throw new CsvSyntaxError(
            `Line ${line} has a double quote inside a field that does not start with one.`,
            line,
          );
        }
      }
      fields.push(value);
      if (source[i] !== ',') break;
      i++;
    }
    records.push({ line: recordLine, fields });
    if (i < end) {
      i = afterLineEnd(source, i);
      line++;
    }
  }
  return records;
}

function isFieldEnd(char: string): boolean {
  return char === ',' || char === '\n' || char === '\r';
}

function afterLineEnd(source: string, i: number): number {
  return source[i] === '\r' && source[i + 1] === '\n' ? i + 2 : i + 1;
}
