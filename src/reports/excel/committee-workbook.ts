/**
 * The committee workbook: the report model as a workbook a performance officer can filter, sort
 * and circulate. Sheets Summary, Actions, Indicators, Updates and Judgements; typed cells, tables
 * with filters, frozen headers, RAG as a word coloured by conditional formatting, print set-up and
 * document properties. Text that looks like a formula stays text.
 */
import ExcelJS from 'exceljs';
import { ECM_OUTCOMES } from '../../domain/vocabulary';
import { RAG_LOOKS, RAGS, ragWord } from '../../presentation/rag';
import { DIRECTION_WORDS, directionWord, KIND_WORDS, kindWord } from '../../presentation/words';
import type { ReportModel } from '../report-model';
import { PassThrough } from 'node:stream';
import { choiceList, dateOf, HEADER_FILL, looksLikeFormula, numberOf, ragRules, text } from './cells';
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
  columns: ColumnSpec[];
  rows: Iterable<CellValue[]>;
  /** Conditional formatting and validation, given the last row. */
  finish?: (sheet: ExcelJS.Worksheet, lastRow: number) => void;
}

export interface ColumnSpec {
  header: string;
  width: number;
  wrap?: boolean;
  format?: string;
}

/** Frozen header, landscape A4 fitted to the width with the header repeated, headers and footers. */
function sheetOptions(title: string, model: ReportModel, frozen = true): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: frozen ? [{ state: 'frozen', ySplit: 1 }] : [],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
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

/**
 * A header row and then one committed row per item: the streaming writer keeps nothing of a row
 * once it is committed, so a plan of any size takes the same memory. Returns the number of rows.
 */
function table(sheet: ExcelJS.Worksheet, columns: ColumnSpec[], rows: Iterable<CellValue[]>): number {
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
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'top', wrapText: true };
  header.commit();
  let count = 0;
  for (const row of rows) {
    const added = sheet.addRow(row);
    row.forEach((value, index) => {
      // Text that Excel might evaluate is marked as text: never a formula.
      added.getCell(index + 1).style =
        typeof value === 'string' && looksLikeFormula(value) ? textStyles[index] : styles[index];
    });
    added.commit();
    count += 1;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
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
  summary.columns = [{ width: 34 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
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
    row.commit();
    rowNumber = row.number;
    return rowNumber;
  };
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  line([model.plan.title], (row) => {
    row.font = { bold: true, size: 14 };
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
    const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec.name, model));
    const count = table(sheet, spec.columns, spec.rows);
    spec.finish?.(sheet, Math.max(2, count + 1));
    sheet.commit();
  }
  writeComparisonSheet(workbook, model);

  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * The four list sheets as columns and rows of plain values, made lazily: the committee workbook
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
  return [actions, indicators, updates, judgements];
}
