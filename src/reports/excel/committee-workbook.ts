/**
 * The committee workbook: the report model as a workbook a performance officer can filter, sort
 * and circulate. Sheets Summary, Actions, Actions (print), Indicators, Updates and Judgements;
 * typed cells, tables with filters, frozen headers, RAG as a word coloured by conditional
 * formatting, rows as tall as their wrapped text, print set-up and document properties. Text that
 * looks like a formula stays text.
 *
 * Printing: every list sheet repeats its header row on each page and prints only its table. The
 * Actions sheet has every column, on A3 landscape; a committee reads Actions (print): the columns
 * a member needs, on A4 landscape at a readable size, grouped by judgement area with each area
 * starting a new page.
 */
import ExcelJS from 'exceljs';
import { ECM_OUTCOMES } from '../../domain/vocabulary';
import { RAG_LOOKS, RAGS, ragWord } from '../../presentation/rag';
import { DIRECTION_WORDS, directionWord, KIND_WORDS, kindWord } from '../../presentation/words';
import type { ReportModel } from '../report-model';
import { PassThrough } from 'node:stream';
import type { ActionStatusLine } from '../../rag/plan-status';
import {
  BOLD_FONT,
  choiceList,
  dateOf,
  HEADER_FILL,
  looksLikeFormula,
  numberOf,
  ragRules,
  text,
  TITLE_FONT,
} from './cells';
import { rowHeight } from './row-height';
import { placeImage } from './streamed-image';
import { writeComparisonSheet } from './comparison-sheet';

export interface UpdateLogRow {
  reference: string;
  period: string;
  narrative: string;
  percentComplete: number;
  proposedRag: string | null;
  author: string;
  createdAt: Date;
}

export interface WorkbookExtras {
  updates: UpdateLogRow[];
  /** PNG of the RAG counts chart. */
  ragChart: Buffer | null;
  author: string;
}

const AREA_FONT: Partial<ExcelJS.Font> = { ...BOLD_FONT, size: 12 };
const ITALIC_FONT: Partial<ExcelJS.Font> = { ...BOLD_FONT, bold: false, italic: true };

const RAG_CHOICES = RAGS.map((rag) => RAG_LOOKS[rag].word);
const DIRECTION_CHOICES = Object.values(DIRECTION_WORDS).map((direction) => direction.word);
const KIND_CHOICES = Object.values(KIND_WORDS);

/** Rows made one at a time as the writer asks for them, not all at once. */
function* lazily<T>(items: Iterable<T>, toRow: (item: T) => CellValue[]): Iterable<CellValue[]> {
  for (const item of items) yield toRow(item);
}

export type CellValue = string | number | Date | null;

export interface CommitteeTable {
  name: string;
  /** What the printed page's header calls the sheet, when not its name. */
  title?: string;
  columns: ColumnSpec[];
  rows: Iterable<CellValue[]>;
  /** For a sheet meant for paper: its rows with their headings and page breaks (`rows` has their values). */
  lines?: Iterable<PrintedLine>;
  /** A3 for a sheet too wide to read on A4; A4 otherwise. */
  paper?: 'A3' | 'A4';
  /** Conditional formatting and validation, given the last row. */
  finish?: (sheet: ExcelJS.Worksheet, lastRow: number) => void;
}

export interface ColumnSpec {
  header: string;
  width: number;
  wrap?: boolean;
  format?: string;
}

/** Excel's numbers for the paper sizes (exceljs's typings list no A3). */
const PAPER_SIZES = { A3: 8 as ExcelJS.PaperSize, A4: 9 as ExcelJS.PaperSize } as const;

/** Frozen header, landscape paper fitted to the width with the header repeated, headers and footers. */
function sheetOptions(
  title: string,
  model: ReportModel,
  frozen = true,
  paper: keyof typeof PAPER_SIZES = 'A4',
): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: frozen ? [{ state: 'frozen', ySplit: 1 }] : [],
    pageSetup: {
      orientation: 'landscape',
      paperSize: PAPER_SIZES[paper],
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: frozen ? '1:1' : undefined,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${model.authority.name}&C${title}&R${model.plan.reference}`,
      oddFooter: `&LAs at ${model.asOf}&RPage &P of &N`,
    },
  };
}

/** Prints the sheet's table and nothing beyond it, from the header row to `lastRow`. */
function printArea(sheet: ExcelJS.Worksheet, columns: number, lastRow: number): void {
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(columns).letter}${lastRow}`;
}

/** The header row: bold, shaded, wrapped, and as tall as its longest heading. */
function headerRow(sheet: ExcelJS.Worksheet, columns: ColumnSpec[]): void {
  const header = sheet.getRow(1);
  header.font = BOLD_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'top', wrapText: true };
  const height = rowHeight(
    columns.map((column) => column.header),
    columns.map((column) => ({ width: column.width, wrap: true })),
    { bold: true },
  );
  if (height) header.height = height;
  header.commit();
}

/**
 * Sets the sheet's columns and header row, and returns how to add a row of values under them:
 * each cell styled as its column, and the row as tall as its wrapped text; the caller commits it.
 */
function columnsOf(sheet: ExcelJS.Worksheet, columns: ColumnSpec[]): (values: CellValue[]) => ExcelJS.Row {
  // One style object per column, shared by its cells: exceljs finds a shared object's style id in a
  // WeakMap, where a copy per cell would be serialised and looked up again, cell after cell.
  const styles: Partial<ExcelJS.Style>[] = columns.map((column) => ({
    alignment: { vertical: 'top', wrapText: column.wrap ?? false },
    ...(column.format ? { numFmt: column.format } : {}),
  }));
  const textStyles = styles.map((style) => ({ ...style, numFmt: '@' }));
  sheet.columns = columns.map((column, index) => ({
    header: column.header,
    width: column.width,
    style: styles[index],
  }));
  headerRow(sheet, columns);
  return (values) => {
    const added = sheet.addRow(values);
    values.forEach((value, index) => {
      // Text that Excel might evaluate is marked as text: never a formula.
      added.getCell(index + 1).style =
        typeof value === 'string' && looksLikeFormula(value) ? textStyles[index] : styles[index];
    });
    const height = rowHeight(values, columns);
    if (height) added.height = height;
    return added;
  };
}

/**
 * A header row and then one committed row per item: the streaming writer keeps nothing of a row
 * once it is committed, so a plan of any size takes the same memory. Returns the number of rows.
 */
function table(sheet: ExcelJS.Worksheet, columns: ColumnSpec[], rows: Iterable<CellValue[]>): number {
  const addRow = columnsOf(sheet, columns);
  let count = 0;
  for (const values of rows) {
    addRow(values).commit();
    count += 1;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
  printArea(sheet, columns.length, count + 1);
  return count;
}

const ACTIONS_FOR_PRINT = 'Actions (print)';

/** What a member reads of each action, in about 165 digits: A4 landscape at nearly full size. */
const PRINTED_ACTION_COLUMNS: ColumnSpec[] = [
  { header: 'Ref.', width: 7 },
  { header: 'Action', width: 38, wrap: true },
  { header: 'Owner', width: 16, wrap: true },
  { header: 'Due', width: 11, format: 'dd/mm/yyyy' },
  { header: '% complete', width: 9, format: '0%' },
  { header: 'RAG', width: 11 },
  { header: 'Reason', width: 30, wrap: true },
  { header: 'Latest update', width: 44, wrap: true },
];

const NO_AREA = 'Not linked to a judgement area';

/** The plan's actions by judgement area, in the summary's order of areas and the plan's order within each. */
function actionsByArea(model: ReportModel): { label: string; actions: ActionStatusLine[] }[] {
  const areas = new Map<string, { label: string; actions: ActionStatusLine[] }>(
    model.byJudgementArea.map((area) => [area.key ?? '', { label: area.label, actions: [] }]),
  );
  for (const line of model.appendix.flatMap((group) => group.actions)) {
    const key = line.judgementAreaKey ?? '';
    let area = areas.get(key);
    if (!area) {
      area = { label: key || NO_AREA, actions: [] };
      areas.set(key, area);
    }
    area.actions.push(line);
  }
  return [...areas.values()].filter((area) => area.actions.length);
}

/**
 * Rows of a sheet meant for paper, after its header row: an action, or a heading across the page
 * (a judgement area's name, or a recommendation's text above its actions).
 */
export interface PrintedLine {
  values: CellValue[];
  heading?: 'area' | 'recommendation';
  /** The next line starts a new page. */
  pageBreakAfter?: boolean;
}

/** Actions as a committee reads them on paper, by judgement area, each area from a new page. */
function* printedActionLines(model: ReportModel): Iterable<PrintedLine> {
  const areas = actionsByArea(model);
  for (const [areaIndex, area] of areas.entries()) {
    yield { values: [area.label], heading: 'area' };
    let recommendation: string | null = null;
    for (const [index, line] of area.actions.entries()) {
      if (line.recommendation.id !== recommendation) {
        recommendation = line.recommendation.id;
        yield {
          values: [`Recommendation ${line.recommendation.position}: ${line.recommendation.text}`],
          heading: 'recommendation',
        };
      }
      yield {
        values: [
          line.reference,
          line.title,
          line.owner?.name ?? 'Unassigned',
          dateOf(line.dueDate),
          line.percentComplete / 100,
          ragWord(line.rag),
          line.reason,
          line.latestUpdate ? `${line.latestUpdate.period}: ${line.latestUpdate.narrative}` : null,
        ],
        pageBreakAfter: index === area.actions.length - 1 && areaIndex < areas.length - 1,
      };
    }
  }
}

/**
 * A sheet for paper: its header row, then each line committed as it comes, headings merged across
 * the page and a page break where a line asks for one. Returns the number of rows.
 */
function printedTable(sheet: ExcelJS.Worksheet, columns: ColumnSpec[], lines: Iterable<PrintedLine>): number {
  const addRow = columnsOf(sheet, columns);
  const across = [{ width: columns.reduce((sum, column) => sum + column.width, 0), wrap: true }];
  const headingStyles: Record<NonNullable<PrintedLine['heading']>, Partial<ExcelJS.Style>> = {
    area: { font: AREA_FONT, alignment: { vertical: 'top', wrapText: true } },
    recommendation: { font: ITALIC_FONT, alignment: { vertical: 'top', wrapText: true } },
  };
  let count = 0;
  for (const line of lines) {
    let row: ExcelJS.Row;
    if (line.heading) {
      row = sheet.addRow(line.values);
      row.getCell(1).style = headingStyles[line.heading];
      const height = rowHeight(line.values, across, { bold: line.heading === 'area' });
      if (height) row.height = height;
      sheet.mergeCells(row.number, 1, row.number, columns.length);
    } else {
      row = addRow(line.values);
    }
    if (line.pageBreakAfter) row.addPageBreak();
    row.commit();
    count += 1;
  }
  printArea(sheet, columns.length, count + 1);
  return count;
}

/** Writes the workbook with exceljs's streaming writer and returns the finished file. */
export async function committeeWorkbook(model: ReportModel, extras: WorkbookExtras): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const generated = new Date();
  workbook.creator = extras.author;
  workbook.lastModifiedBy = extras.author;
  workbook.created = generated;
  workbook.modified = generated;
  const properties = workbook as unknown as { title: string; subject: string; company: string };
  properties.title = `${model.plan.title}: progress as at ${model.asOf}`;
  properties.subject = model.plan.reference;
  properties.company = model.authority.name;

  // Summary
  const summary = workbook.addWorksheet('Summary', sheetOptions('Summary', model, false));
  // Labels in the first column wrap (a judgement area's name can be long); the rest are words and numbers.
  const summaryColumns = [
    { width: 40, wrap: true },
    { width: 14 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
  ];
  summary.columns = summaryColumns.map(({ width }) => ({ width }));
  const wrapped: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
  const chart = model.charts.find((item) => item.id === 'rag-counts');
  if (extras.ragChart) {
    placeImage(workbook, summary, {
      png: extras.ragChart,
      col: 7,
      row: 1,
      width: 560,
      height: 240,
      name: 'RAG status chart',
      alt: chart?.alt ?? 'Actions by RAG status: the numbers are in the table beside this chart.',
    });
  }
  let rowNumber = 0;
  const line = (values: CellValue[], style?: (row: ExcelJS.Row) => void): number => {
    const row = summary.addRow([]);
    values.forEach((value, index) => {
      if (typeof value === 'string') text(row.getCell(index + 1), value);
      else row.getCell(index + 1).value = value;
    });
    style?.(row);
    if (rowNumber > 0) {
      row.getCell(1).alignment = wrapped;
      const height = rowHeight(values, summaryColumns, { bold: row.getCell(1).font?.bold });
      if (height) row.height = height;
    }
    row.commit();
    rowNumber = row.number;
    return rowNumber;
  };
  const bold = (row: ExcelJS.Row) => {
    row.font = BOLD_FONT;
  };
  line([model.plan.title], (row) => {
    row.font = TITLE_FONT;
  });
  line(['Authority', model.authority.name]);
  line(['Plan', model.plan.reference]);
  line(['As at', dateOf(model.asOf)], (row) => {
    row.getCell(2).numFmt = 'd mmmm yyyy';
  });
  line(['Reporting period', model.reportingPeriod]);
  line([]);
  line(['Status', 'Actions'], bold);
  const countsStart = rowNumber + 1;
  for (const rag of ['red', 'amber', 'green', 'complete', 'not_started', 'cancelled'] as const) {
    line([ragWord(rag), model.summary.counts[rag]]);
  }
  ragRules(summary, `A${countsStart}:A${rowNumber}`);
  line(
    ['Share on track or complete', model.summary.shareOnTrack === null ? null : model.summary.shareOnTrack / 100],
    (row) => {
      row.getCell(2).numFmt = '0.0%';
    },
  );
  line([]);
  line(['Judgement area', 'Overall', 'Red', 'Amber', 'Green', 'Complete'], bold);
  const areaStart = rowNumber + 1;
  for (const area of model.byJudgementArea) {
    line([
      area.label,
      area.headline ? ragWord(area.headline) : null,
      area.counts.red,
      area.counts.amber,
      area.counts.green,
      area.counts.complete,
    ]);
  }
  if (model.byJudgementArea.length) ragRules(summary, `B${areaStart}:B${rowNumber}`);
  summary.commit();

  for (const spec of committeeTables(model, extras)) {
    const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec.title ?? spec.name, model, true, spec.paper));
    const count = spec.lines ? printedTable(sheet, spec.columns, spec.lines) : table(sheet, spec.columns, spec.rows);
    spec.finish?.(sheet, Math.max(2, count + 1));
    sheet.commit();
  }
  writeComparisonSheet(workbook, model);

  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * The five list sheets as columns and rows of plain values, made lazily: the committee workbook
 * styles them, and the workbook benchmark writes the same values unstyled as its baseline.
 */
export function committeeTables(model: ReportModel, extras: Pick<WorkbookExtras, 'updates'>): CommitteeTable[] {
  // Actions
  const directionOf = new Map<string, string>();
  for (const line of model.indicators) {
    if (line.direction && !directionOf.has(line.actionId))
      directionOf.set(line.actionId, directionWord(line.direction));
  }
  const actionLines = model.appendix.flatMap((group) => group.actions);
  const actions: CommitteeTable = {
    name: 'Actions',
    paper: 'A3',
    columns: [
      { header: 'Ref.', width: 8 },
      { header: 'Recommendation', width: 40, wrap: true },
      { header: 'Kind', width: 10 },
      { header: 'Judgement area', width: 22, wrap: true },
      { header: 'Every Child Matters outcome', width: 20, wrap: true },
      { header: 'Action', width: 40, wrap: true },
      { header: 'Owner', width: 20 },
      { header: 'Lead partner', width: 24, wrap: true },
      { header: 'Start', width: 12, format: 'dd/mm/yyyy' },
      { header: 'Due', width: 12, format: 'dd/mm/yyyy' },
      { header: '% complete', width: 11, format: '0%' },
      { header: 'RAG', width: 12 },
      { header: 'Reason', width: 40, wrap: true },
      { header: 'Direction', width: 12 },
      { header: 'Latest update', width: 50, wrap: true },
      { header: 'Update posted', width: 13, format: 'dd/mm/yyyy' },
    ],
    rows: lazily(actionLines, (line) => [
      line.reference,
      `${line.recommendation.position}. ${line.recommendation.text}`,
      kindWord(line.kind),
      line.judgementAreaKey
        ? (model.byJudgementArea.find((area) => area.key === line.judgementAreaKey)?.label ?? line.judgementAreaKey)
        : null,
      line.ecmOutcome ? ECM_OUTCOMES[line.ecmOutcome] : null,
      line.title,
      line.owner?.name ?? 'Unassigned',
      line.leadPartner?.name ?? null,
      dateOf(line.startDate),
      dateOf(line.dueDate),
      line.percentComplete / 100,
      ragWord(line.rag),
      line.reason,
      directionOf.get(line.id) ?? null,
      line.latestUpdate ? `${line.latestUpdate.period}: ${line.latestUpdate.narrative}` : null,
      dateOf(line.latestUpdate?.createdOn ?? null),
    ]),
    finish: (sheet, last) => {
      ragRules(sheet, `L2:L${last}`);
      // Someone working on a copy (a what-if, a filtered extract) keeps to the product's words.
      choiceList(sheet, `C2:C${last}`, KIND_CHOICES, 'Choose Outcome or Process.');
      choiceList(sheet, `L2:L${last}`, RAG_CHOICES, 'Choose a RAG status from the list.');
      choiceList(sheet, `N2:N${last}`, DIRECTION_CHOICES, 'Choose a direction from the list.');
    },
  };

  // Indicators
  const periods = [
    ...new Set(Object.values(model.series).flatMap((values) => values.map((value) => value.period))),
  ].sort();
  const indicators: CommitteeTable = {
    name: 'Indicators',
    columns: [
      { header: 'Code', width: 10 },
      { header: 'Indicator', width: 40, wrap: true },
      { header: 'Action', width: 8 },
      { header: 'Polarity', width: 16 },
      { header: 'Baseline', width: 10 },
      { header: 'Target', width: 10 },
      { header: 'Latest', width: 10 },
      { header: 'RAG', width: 10 },
      { header: 'Direction', width: 12 },
      ...periods.map((period) => ({ header: period, width: 11 })),
    ],
    rows: lazily(model.indicators, (line) => {
      const values = new Map(
        (model.series[line.indicatorId] ?? []).map((value) => [value.period, Number(value.value)]),
      );
      return [
        line.code,
        line.title,
        line.actionReference,
        line.polarity === 'higher_is_better' ? 'Higher is better' : 'Lower is better',
        numberOf(line.baseline?.value),
        numberOf(line.target?.value),
        numberOf(line.latest?.value),
        ragWord(line.rag),
        line.direction ? directionWord(line.direction) : null,
        ...periods.map((period) => values.get(period) ?? null),
      ];
    }),
    finish: (sheet, last) => ragRules(sheet, `H2:H${last}`),
  };

  // Updates
  const updates: CommitteeTable = {
    name: 'Updates',
    columns: [
      { header: 'Ref.', width: 8 },
      { header: 'Period', width: 12 },
      { header: 'Posted', width: 18, format: 'dd/mm/yyyy hh:mm' },
      { header: 'Author', width: 22 },
      { header: '% complete', width: 11, format: '0%' },
      { header: 'Proposed RAG', width: 13 },
      { header: 'Narrative', width: 80, wrap: true },
    ],
    rows: lazily(extras.updates, (update) => [
      update.reference,
      update.period,
      update.createdAt,
      update.author,
      update.percentComplete / 100,
      update.proposedRag ? ragWord(update.proposedRag) : null,
      update.narrative,
    ]),
    finish: (sheet, last) => ragRules(sheet, `F2:F${last}`),
  };

  // Judgements
  const judgements: CommitteeTable = {
    name: 'Judgements',
    columns: [
      { header: 'Area', width: 40, wrap: true },
      { header: 'Grade as published', width: 22 },
      { header: 'Level (4 outstanding … 1 inadequate)', width: 18 },
      { header: 'Scored', width: 18 },
    ],
    rows: lazily(model.inspection.judgements, (judgement) => [
      judgement.label,
      judgement.gradePublished,
      judgement.level,
      judgement.scored ? 'Scored' : 'Judged, not scored',
    ]),
  };
  // Actions (print)
  const printed = () => printedActionLines(model);
  const actionsForPrint: CommitteeTable = {
    name: ACTIONS_FOR_PRINT,
    title: 'Actions',
    columns: PRINTED_ACTION_COLUMNS,
    get lines() {
      return printed();
    },
    get rows() {
      return lazily(printed(), (line) => line.values);
    },
    finish: (sheet, last) => ragRules(sheet, `F2:F${last}`),
  };
  return [actions, actionsForPrint, indicators, updates, judgements];
}
