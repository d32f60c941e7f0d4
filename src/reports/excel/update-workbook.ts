/**
 * The owners' update workbook: one row per action the person may update and one per indicator of
 * those actions, with what is known now (locked) and *New update* columns to fill in. Hidden
 * columns carry each action's id and version, and each value as it was, so that an upload can tell
 * what changed since. `readUpdateWorkbook` refuses a file whose sheets or columns were altered.
 */
import ExcelJS from 'exceljs';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { type ActionRag, PROGRESS_RAGS, type ProgressRag } from '../../domain/vocabulary';
import { excelArgb, PALETTE } from '../../presentation/palette';
import { RAG_LOOKS, ragWord } from '../../presentation/rag';
import { ZipRefusal } from '../../common/checked-zip';
import { addValidation, BOLD_FONT, choiceList, dateOf, HEADER_FILL, numberOf, ragRules, text } from './cells';
import { rowHeight, type WrappedColumn } from './row-height';
import { type SheetCells, WorkbookRefusal, XlsxWorkbook } from './xlsx-reader';

export const UPDATE_WORKBOOK_FORMAT = "Improvement Tracker owners' update workbook";
export const UPDATE_WORKBOOK_VERSION = 1;
/** More rows than any plan has: a bigger file is not one of ours. */
const MAX_ROWS = 20_000;

export const ACTION_COLUMNS = [
  'Action id',
  'Version',
  'Ref.',
  'Action',
  'Owner',
  'Due',
  'RAG now',
  '% complete now',
  'Latest update',
  'Update for period',
  'New update: narrative',
  'New update: % complete (0 to 100)',
  'New update: proposed RAG',
] as const;

export const INDICATOR_COLUMNS = [
  'Indicator id',
  'Value when downloaded',
  'Code',
  'Indicator',
  'Actions',
  'Polarity',
  'Target',
  'Latest value',
  'Latest period',
  'Value for period',
  'New value',
  'Note',
] as const;

const SHEETS = { instructions: 'Instructions', actions: 'Actions', indicators: 'Indicators', about: 'About' } as const;

export interface UpdateWorkbookAction {
  id: string;
  version: number;
  reference: string;
  title: string;
  owner: string | null;
  dueDate: string;
  rag: ActionRag;
  percentComplete: number;
  latestUpdate: string | null;
}

export interface UpdateWorkbookIndicator {
  id: string;
  /** The value already held for `period`, exactly as stored, or null. */
  valueWhenMade: string | null;
  code: string;
  title: string;
  actionReferences: string[];
  polarity: 'higher_is_better' | 'lower_is_better';
  target: string | null;
  latest: { value: string; period: string } | null;
  period: string;
}

export interface UpdateWorkbookData {
  authorityName: string;
  plan: { id: string; reference: string; title: string };
  /** The reporting period the updates are for. */
  period: string;
  madeAt: Date;
  madeFor: string;
  actions: UpdateWorkbookAction[];
  indicators: UpdateWorkbookIndicator[];
}

/** A filled-in action row, as read back. Blank cells are null. */
export interface FilledActionRow {
  row: number;
  actionId: string;
  version: number | null;
  narrative: string;
  percentComplete: string;
  proposedRag: string;
}

export interface FilledIndicatorRow {
  row: number;
  indicatorId: string;
  valueWhenMade: string | null;
  period: string;
  value: string;
  note: string;
}

export interface FilledUpdateWorkbook {
  planId: string;
  period: string;
  madeAt: Date;
  actions: FilledActionRow[];
  indicators: FilledIndicatorRow[];
}

const RAG_CHOICES = PROGRESS_RAGS.map((rag) => RAG_LOOKS[rag].word);
const EDITABLE_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: excelArgb(PALETTE.paleYellow) },
};

/** Columns this wide wrap their text; narrower ones hold a word or a number. */
const WRAPPED_FROM = 30;

/** The sheet's columns and header row; returns the columns as the row heights need them. */
function header(
  sheet: ExcelJS.Worksheet,
  columns: readonly string[],
  widths: number[],
  editableFrom: number,
): WrappedColumn[] {
  sheet.columns = columns.map((title, index) => ({
    header: title,
    width: widths[index],
    style: { alignment: { vertical: 'top', wrapText: widths[index] >= WRAPPED_FROM } },
  }));
  const row = sheet.getRow(1);
  row.font = BOLD_FONT;
  row.alignment = { vertical: 'top', wrapText: true };
  const headerHeight = rowHeight(
    columns,
    widths.map((width) => ({ width, wrap: true })),
    { bold: true },
  );
  if (headerHeight) row.height = headerHeight;
  row.eachCell((cell, column) => {
    cell.fill = column >= editableFrom ? EDITABLE_FILL : HEADER_FILL;
  });
  sheet.getColumn(1).hidden = true;
  sheet.getColumn(2).hidden = true;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
  sheet.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  sheet.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
  return widths.map((width) => ({ width, wrap: width >= WRAPPED_FROM }));
}

/** Each row as tall as its wrapped text, and only the table printed. */
function fitRows(sheet: ExcelJS.Worksheet, wrapped: WrappedColumn[]): void {
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const height = rowHeight((row.values as unknown[]).slice(1), wrapped);
    if (height) row.height = height;
  });
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(wrapped.length).letter}${Math.max(2, sheet.rowCount)}`;
}

/** Editable cells are unlocked and shaded; the sheet is protected so that nothing else is typed over. */
function unlock(row: ExcelJS.Row, from: number, to: number): void {
  for (let column = from; column <= to; column += 1) {
    const cell = row.getCell(column);
    cell.protection = { locked: false };
    cell.fill = EDITABLE_FILL;
  }
}

async function protect(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
  });
}

export async function writeUpdateWorkbook(data: UpdateWorkbookData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.authorityName;
  workbook.created = data.madeAt;
  workbook.title = `${data.plan.title}: updates for ${data.period}`;
  workbook.subject = data.plan.reference;
  workbook.company = data.authorityName;

  const instructions = workbook.addWorksheet(SHEETS.instructions);
  instructions.columns = [{ width: 110 }];
  const lines: [string, boolean][] = [
    [`${data.plan.title} (${data.plan.reference})`, true],
    [
      `Progress updates for ${data.period}, for ${data.madeFor}. Downloaded ${data.madeAt.toISOString().slice(0, 10)}.`,
      false,
    ],
    ['', false],
    ['How to fill this in', true],
    [
      '1. On the Actions sheet, write your update in the shaded New update columns of each action you are updating.',
      false,
    ],
    [
      '   The narrative is required for an update; % complete is a whole number from 0 to 100 (left blank, it stays as it is);',
      false,
    ],
    ['   proposed RAG is Red, Amber or Green, or blank if you do not propose one.', false],
    [`2. On the Indicators sheet, enter each indicator's value for the period shown, with a note if it helps.`, false],
    ['3. Leave a row blank to change nothing for it. Do not rename the sheets or add, remove or move columns.', false],
    [
      "4. Save as .xlsx and upload it on the plan's Papers page (or to the API). You will see every change before it is applied.",
      false,
    ],
    ['', false],
    [
      'An action updated by anyone else after this download is refused on upload: download a new workbook and write it again.',
      false,
    ],
  ];
  for (const [line, bold] of lines) {
    const row = instructions.addRow([line]);
    if (bold) row.font = { ...BOLD_FONT, size: 13 };
  }

  const actions = workbook.addWorksheet(SHEETS.actions);
  const actionColumns = header(actions, ACTION_COLUMNS, [38, 10, 8, 48, 22, 12, 12, 12, 48, 14, 60, 16, 16], 11);
  for (const action of data.actions) {
    const row = actions.addRow([]);
    row.getCell(1).value = action.id;
    row.getCell(2).value = action.version;
    text(row.getCell(3), action.reference);
    text(row.getCell(4), action.title);
    text(row.getCell(5), action.owner ?? 'Unassigned');
    row.getCell(6).value = dateOf(action.dueDate);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.getCell(7).value = ragWord(action.rag);
    row.getCell(8).value = action.percentComplete / 100;
    row.getCell(8).numFmt = '0%';
    text(row.getCell(9), action.latestUpdate);
    row.getCell(10).value = data.period;
    row.getCell(11).alignment = { vertical: 'top', wrapText: true };
    row.getCell(12).numFmt = '0';
    unlock(row, 11, 13);
  }
  fitRows(actions, actionColumns);
  const lastAction = Math.max(2, data.actions.length + 1);
  ragRules(actions, `G2:G${lastAction}`);
  ragRules(actions, `M2:M${lastAction}`);
  choiceList(actions, `M2:M${lastAction}`, RAG_CHOICES, 'Choose Red, Amber or Green, or leave it blank.');
  addValidation(actions, `L2:L${lastAction}`, {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '% complete',
    error: 'Enter a whole number from 0 to 100.',
  });
  await protect(actions);

  const indicators = workbook.addWorksheet(SHEETS.indicators);
  const indicatorColumns = header(indicators, INDICATOR_COLUMNS, [38, 14, 10, 48, 14, 16, 10, 12, 14, 14, 12, 40], 11);
  for (const indicator of data.indicators) {
    const row = indicators.addRow([]);
    row.getCell(1).value = indicator.id;
    row.getCell(2).value = indicator.valueWhenMade;
    row.getCell(2).numFmt = '@';
    text(row.getCell(3), indicator.code);
    text(row.getCell(4), indicator.title);
    text(row.getCell(5), indicator.actionReferences.join(', '));
    row.getCell(6).value = indicator.polarity === 'higher_is_better' ? 'Higher is better' : 'Lower is better';
    row.getCell(7).value = numberOf(indicator.target);
    row.getCell(8).value = numberOf(indicator.latest?.value);
    row.getCell(9).value = indicator.latest?.period ?? null;
    row.getCell(10).value = indicator.period;
    unlock(row, 11, 12);
    row.getCell(12).alignment = { vertical: 'top', wrapText: true };
  }
  fitRows(indicators, indicatorColumns);
  addValidation(indicators, `K2:K${Math.max(2, data.indicators.length + 1)}`, {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [-1e12, 1e12],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'New value',
    error: 'Enter a number, such as 72.5.',
  });
  await protect(indicators);

  const about = workbook.addWorksheet(SHEETS.about, { state: 'veryHidden' });
  about.addRows([
    ['Format', UPDATE_WORKBOOK_FORMAT],
    ['Format version', UPDATE_WORKBOOK_VERSION],
    ['Plan id', data.plan.id],
    ['Period', data.period],
    ['Downloaded at', data.madeAt.toISOString()],
  ]);
  await protect(about);

  workbook.views = [{ activeTab: 0, firstSheet: 0, visibility: 'visible', x: 0, y: 0, width: 20000, height: 12000 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function unreadable(message: string): DomainError {
  return new DomainError(ErrorCode.Unprocessable, message);
}

const NOT_A_WORKBOOK =
  'The file is not a readable Excel workbook (.xlsx): it may be damaged, incomplete or in another format. Save it from Excel as .xlsx and upload it again.';

/** A refusal of the file itself (not of its rows) as the 422 to answer; anything else is thrown on. */
function refusalOf(error: unknown): DomainError {
  if (error instanceof ZipRefusal) {
    return unreadable(
      error.kind === 'damaged'
        ? NOT_A_WORKBOOK
        : `${error.message} Upload the update workbook as it was downloaded and filled in.`,
    );
  }
  if (error instanceof WorkbookRefusal) return unreadable(error.message);
  throw error;
}

function checkHeaders(sheet: SheetCells, expected: readonly string[]): void {
  const found = expected.map((_, index) => sheet.text(1, index + 1));
  const extra = sheet.text(1, expected.length + 1);
  const wrong = expected.findIndex((title, index) => found[index] !== title);
  if (wrong >= 0 || extra) {
    const problem =
      wrong >= 0
        ? `column ${wrong + 1} should be "${expected[wrong]}" but is ${found[wrong] ? `"${found[wrong]}"` : 'empty'}`
        : `it has an extra column "${extra}"`;
    throw unreadable(
      `The ${sheet.name} sheet's columns were changed: ${problem}. Download a new update workbook and copy your updates into it.`,
    );
  }
}

/** The rows after the header. */
function bodyRows(sheet: SheetCells): number[] {
  return sheet.rowNumbers().filter((number) => number > 1);
}

/**
 * Reads a filled-in update workbook, refusing (422, nothing changed) a file that is not an .xlsx,
 * is not an update workbook, is for another plan, or whose sheets or columns were altered; and,
 * before reading more than it must, a zip bomb or a sheet of more rows than a plan has.
 */
export async function readUpdateWorkbook(bytes: Buffer, planId: string): Promise<FilledUpdateWorkbook> {
  let workbook: XlsxWorkbook;
  let about: SheetCells | null;
  try {
    workbook = await XlsxWorkbook.open(bytes);
    about = await workbook.sheet(SHEETS.about, { maxRows: 20, maxColumns: 2 });
  } catch (error) {
    throw refusalOf(error);
  }
  const fact = (label: string) => {
    const row = about?.rowNumbers().find((number) => about?.text(number, 1) === label);
    return row === undefined ? '' : (about?.text(row, 2) ?? '');
  };
  if (!about || fact('Format') !== UPDATE_WORKBOOK_FORMAT) {
    throw unreadable("This is not an owners' update workbook. Download one from the plan, fill it in and upload that.");
  }
  if (Number(fact('Format version')) !== UPDATE_WORKBOOK_VERSION) {
    throw unreadable('This update workbook was made by another version of the service. Download a new one.');
  }
  if (fact('Plan id') !== planId) {
    throw unreadable('This update workbook is for a different improvement plan. Upload it on its own plan.');
  }
  const madeAt = new Date(fact('Downloaded at'));
  const period = fact('Period');
  if (Number.isNaN(madeAt.getTime()) || !period) throw unreadable("The update workbook's hidden details were changed.");

  const missing = [SHEETS.actions, SHEETS.indicators].filter((name) => !workbook.sheetNames().includes(name));
  if (missing.length) {
    const others = workbook.sheetNames().filter((name) => !Object.values(SHEETS).includes(name as never));
    throw unreadable(
      `The workbook has no ${missing.map((name) => `"${name}"`).join(' or ')} sheet${
        others.length ? ` (it has ${others.map((name) => `"${name}"`).join(', ')}: was a sheet renamed?)` : ''
      }. Rename it back, or download a new update workbook.`,
    );
  }
  let actionsSheet: SheetCells;
  let indicatorsSheet: SheetCells;
  try {
    const limits = (columns: readonly string[]) => ({ maxRows: MAX_ROWS, maxColumns: columns.length + 1 });
    actionsSheet = (await workbook.sheet(SHEETS.actions, limits(ACTION_COLUMNS)))!;
    indicatorsSheet = (await workbook.sheet(SHEETS.indicators, limits(INDICATOR_COLUMNS)))!;
  } catch (error) {
    throw refusalOf(error);
  }
  if (!actionsSheet || !indicatorsSheet) throw unreadable(NOT_A_WORKBOOK);
  checkHeaders(actionsSheet, ACTION_COLUMNS);
  checkHeaders(indicatorsSheet, INDICATOR_COLUMNS);

  const actions = bodyRows(actionsSheet)
    .map((row) => {
      const text = (column: number) => actionsSheet.text(row, column);
      return {
        row,
        actionId: text(1),
        version: /^\d+$/.test(text(2)) ? Number(text(2)) : null,
        narrative: text(11),
        percentComplete: text(12),
        proposedRag: text(13),
      };
    })
    .filter((row) => row.actionId || row.narrative || row.percentComplete || row.proposedRag);
  const indicators = bodyRows(indicatorsSheet)
    .map((row) => {
      const text = (column: number) => indicatorsSheet.text(row, column);
      return {
        row,
        indicatorId: text(1),
        valueWhenMade: text(2) || null,
        period: text(10),
        value: text(11),
        note: text(12),
      };
    })
    .filter((row) => row.indicatorId || row.value || row.note);
  return { planId, period, madeAt, actions, indicators };
}

/** A proposed RAG as typed ("Amber", "amber", "A"), or undefined when it is not one. */
export function proposedRagFrom(typed: string): ProgressRag | null | undefined {
  if (!typed) return null;
  const word = typed.trim().toLowerCase();
  return PROGRESS_RAGS.find((rag) => RAG_LOOKS[rag].word.toLowerCase() === word || rag === word || rag[0] === word);
}
