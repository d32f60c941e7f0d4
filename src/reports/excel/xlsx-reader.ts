/**
 * Reading an uploaded .xlsx without trusting it. The zip is checked before anything is inflated
 * (see checked-zip), then the few parts a reader needs are read as they inflate, each against a
 * byte budget: the workbook's list of sheets, the shared strings, the styles (to tell dates from
 * numbers) and the sheets asked for, whose rows are counted as they arrive, so a sheet with too
 * many rows is refused at the first row too many. Cells come back as the text Excel shows:
 * trimmed; numbers as JavaScript writes them; dates as YYYY-MM-DD; formulas as their last result;
 * errors as blanks.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { CheckedZip, type ZipRules } from '../../common/checked-zip';

/** A refusal of the workbook's content, with the sentence to show. */
export class WorkbookRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookRefusal';
  }
}

const MB = 1024 * 1024;
/** Excel's own limit on the characters in one cell. */
export const EXCEL_CELL_CHARACTERS = 32_767;
const BUDGET = { listing: 1 * MB, styles: 4 * MB, sharedStrings: 16 * MB, sheet: 16 * MB };

/** The parts an .xlsx may hold: the package's own, the workbook's (xl/) and its metadata; never macros. */
const XLSX_PART =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/[\w.-]+|docMetadata\/[\w.-]+|customXml\/(?:_rels\/)?[\w.-]+|xl\/(?:[\w.-]+\/){0,3}[\w.[\]-]+)$/;

export const XLSX_RULES: ZipRules = {
  what: 'workbook',
  maxEntries: 100,
  maxTotalBytes: 64 * MB,
  allowedName: (name) => XLSX_PART.test(name) && !/vbaProject\.bin$/i.test(name),
};

const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A sheet's rows as read: row number → column number → text. */
export class SheetCells {
  constructor(
    readonly name: string,
    private readonly rows: Map<number, Map<number, string>>,
  ) {}

  /** The text of a cell; '' when it is blank. */
  text(row: number, column: number): string {
    return this.rows.get(row)?.get(column) ?? '';
  }

  /** The numbers of the rows that hold anything, in order. */
  rowNumbers(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }
}

interface SheetLimits {
  /** Rows after the header row. */
  maxRows: number;
  /** Columns beyond this are not kept. */
  maxColumns: number;
}

export class XlsxWorkbook {
  private constructor(
    private readonly zip: CheckedZip,
    private readonly sheets: Map<string, string>,
    private readonly strings: string[],
    private readonly dateStyles: Set<number>,
    private readonly date1904: boolean,
  ) {}

  /** Checks and opens the file; throws `ZipRefusal` or `WorkbookRefusal` with the sentence to show. */
  static async open(bytes: Uint8Array): Promise<XlsxWorkbook> {
    const zip = CheckedZip.open(bytes, XLSX_RULES);
    if (!zip.entry('xl/workbook.xml') || !zip.entry('xl/_rels/workbook.xml.rels')) {
      throw new WorkbookRefusal('This file is not an Excel workbook (.xlsx): it has no list of sheets.');
    }
    const targets = new Map<string, { type: string; path: string }>();
    await parsePart(zip, 'xl/_rels/workbook.xml.rels', BUDGET.listing, {
      open: (tag) => {
        if (local(tag.name) !== 'Relationship') return;
        const { Id: id, Type: type, Target: target } = tag.attributes;
        if (id && target) targets.set(id, { type: type ?? '', path: partPath(target) });
      },
    });
    const sheets = new Map<string, string>();
    let date1904 = false;
    await parsePart(zip, 'xl/workbook.xml', BUDGET.listing, {
      open: (tag) => {
        const name = local(tag.name);
        if (name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
        if (name !== 'sheet') return;
        const id = Object.entries(tag.attributes).find(([key]) => local(key) === 'id')?.[1];
        const target = id ? targets.get(id) : undefined;
        if (tag.attributes.name && target && !sheets.has(tag.attributes.name)) {
          sheets.set(tag.attributes.name, target.path);
        }
      },
    });
    const byType = (suffix: string) =>
      [...targets.values()].find((target) => target.type.endsWith(suffix) && zip.entry(target.path))?.path;
    const sharedStrings = byType('/sharedStrings');
    const styles = byType('/styles');
    return new XlsxWorkbook(
      zip,
      sheets,
      sharedStrings ? await readSharedStrings(zip, sharedStrings) : [],
      styles ? await readDateStyles(zip, styles) : new Set(),
      date1904,
    );
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /**
   * A sheet's cells, or null when there is no such sheet. Refused as soon as a row beyond
   * `maxRows` after the header arrives, or a cell longer than Excel allows.
   */
  async sheet(name: string, limits: SheetLimits): Promise<SheetCells | null> {
    const path = this.sheets.get(name);
    if (!path || !this.zip.entry(path)) return null;
    const rows = new Map<number, Map<number, string>>();
    let row: Map<number, string> | null = null;
    let rowNumber = 0;
    let columnNumber = 0;
    let cell: { column: number; type: string; style: number; value: string; inline: string } | null = null;
    let into: 'value' | 'inline' | null = null;
    let phonetic = 0;
    const tooMany = () =>
      new WorkbookRefusal(
        `The ${name} sheet has more than ${limits.maxRows.toLocaleString('en-GB')} rows, far more than an update workbook has.`,
      );

    await parsePart(this.zip, path, BUDGET.sheet, {
      open: (tag) => {
        switch (local(tag.name)) {
          case 'row': {
            rowNumber = Number(tag.attributes.r) || rowNumber + 1;
            if (rowNumber > limits.maxRows + 1 || rows.size > limits.maxRows) throw tooMany();
            row = rows.get(rowNumber) ?? new Map();
            rows.set(rowNumber, row);
            columnNumber = 0;
            break;
          }
          case 'c':
            columnNumber = columnOf(tag.attributes.r) ?? columnNumber + 1;
            cell = {
              column: columnNumber,
              type: tag.attributes.t ?? 'n',
              style: Number(tag.attributes.s ?? 0),
              value: '',
              inline: '',
            };
            break;
          case 'v':
            into = 'value';
            break;
          case 't':
            if (cell && !phonetic) into = 'inline';
            break;
          case 'rPh':
            phonetic++;
            break;
        }
      },
      close: (tag) => {
        switch (local(tag.name)) {
          case 'v':
          case 't':
            into = null;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c':
            if (cell && row && cell.column <= limits.maxColumns) {
              const text = this.cellText(cell);
              if (text.length > EXCEL_CELL_CHARACTERS) throw tooLong(name);
              if (text) row.set(cell.column, text);
            }
            cell = null;
            break;
        }
      },
      text: (text) => {
        if (!cell || !into) return;
        if (into === 'value') cell.value += text;
        else cell.inline += text;
        if (cell.value.length + cell.inline.length > EXCEL_CELL_CHARACTERS) throw tooLong(name);
      },
    });
    for (const [number, cells] of rows) if (cells.size === 0) rows.delete(number);
    return new SheetCells(name, rows);
  }

  private cellText(cell: { type: string; style: number; value: string; inline: string }): string {
    switch (cell.type) {
      case 's':
        return (this.strings[Number(cell.value)] ?? '').trim();
      case 'inlineStr':
        return cell.inline.trim();
      case 'str':
        return cell.value.trim();
      case 'b':
        return cell.value === '' ? '' : String(cell.value === '1' || cell.value === 'true');
      case 'e':
        return '';
      case 'd':
        return cell.value.trim().slice(0, 10);
      default: {
        if (cell.value.trim() === '') return '';
        const number = Number(cell.value);
        if (!Number.isFinite(number)) return cell.value.trim();
        if (this.dateStyles.has(cell.style)) {
          const date = new Date(Math.round((number - 25569 + (this.date1904 ? 1462 : 0)) * 86_400_000));
          return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
        }
        return String(number);
      }
    }
  }
}

function tooLong(sheet: string): WorkbookRefusal {
  return new WorkbookRefusal(
    `A cell of the ${sheet} sheet holds more than the ${EXCEL_CELL_CHARACTERS.toLocaleString('en-GB')} characters Excel allows in a cell.`,
  );
}

interface PartHandlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
}

/** Parses one part as it inflates. Handlers may throw to stop: nothing more is inflated. */
async function parsePart(zip: CheckedZip, path: string, budget: number, handlers: PartHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false, xmlns: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  const decoder = new TextDecoder('utf-8');
  const fail = () => {
    if (failure instanceof WorkbookRefusal) throw failure;
    if (failure) throw new WorkbookRefusal(`This workbook is damaged: its part "${path}" is not well-formed.`);
  };
  await zip.stream(path, budget, (chunk) => {
    parser.write(decoder.decode(chunk, { stream: true }));
    fail();
  });
  parser.write(decoder.decode());
  parser.close();
  fail();
}

async function readSharedStrings(zip: CheckedZip, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, path, BUDGET.sharedStrings, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && !phonetic) inText = true;
    },
    close: (tag) => {
      const name = local(tag.name);
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (current === null || !inText) return;
      current += text;
      if (current.length > EXCEL_CELL_CHARACTERS) {
        throw new WorkbookRefusal(
          `A cell of this workbook holds more than the ${EXCEL_CELL_CHARACTERS.toLocaleString('en-GB')} characters Excel allows in a cell.`,
        );
      }
    },
  });
  return strings;
}

/** The cell styles (by index) whose number format shows a date or a time. */
async function readDateStyles(zip: CheckedZip, path: string): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dates = new Set<number>();
  let inCellFormats = false;
  let index = 0;
  await parsePart(zip, path, BUDGET.styles, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt' && isDateFormat(tag.attributes.formatCode ?? '')) {
        customDates.add(Number(tag.attributes.numFmtId));
      } else if (name === 'cellXfs') {
        inCellFormats = true;
      } else if (name === 'xf' && inCellFormats) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        if (DATE_FORMAT_IDS.has(id) || customDates.has(id)) dates.add(index);
        index++;
      }
    },
    close: (tag) => {
      if (local(tag.name) === 'cellXfs') inCellFormats = false;
    },
  });
  return dates;
}

/** As exceljs decides: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(
    code
      .replace(/\\(.)/g, '$1')
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, ''),
  );
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** A relationship's target as a part name: relative to xl/, or absolute from the package's root. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The column number of a reference such as "AB12"; undefined when there is none. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d/.exec(reference ?? '')?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}
