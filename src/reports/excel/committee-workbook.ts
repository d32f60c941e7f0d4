/**
 * The committee workbook: the report model as a workbook a performance officer can filter, sort
 * and circulate. Sheets Summary, Actions, Indicators, Updates and Judgements; typed cells, tables
 * with filters, frozen headers, RAG as a word coloured by conditional formatting, print set-up and
 * document properties. Text that looks like a formula stays text.
 */
import ExcelJS from 'exceljs';
import { ECM_OUTCOMES } from '../../domain/vocabulary';
import { RAG_WORDS } from '../../rag/rules';
import type { ReportModel } from '../report-model';
import { dateOf, numberOf, ragRules, text } from './cells';

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

function setUp(sheet: ExcelJS.Worksheet, title: string, model: ReportModel): void {
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.pageSetup = {
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = {
    oddHeader: `&L${model.authority.name}&C${title}&R${model.plan.reference}`,
    oddFooter: `&LAs at ${model.asOf}&RPage &P of &N`,
  };
}

function table(
  sheet: ExcelJS.Worksheet,
  columns: { header: string; width: number; wrap?: boolean; format?: string }[],
  rows: (string | number | Date | null)[][],
): void {
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: {
      alignment: { vertical: 'top', wrapText: column.wrap ?? false },
      ...(column.format ? { numFmt: column.format } : {}),
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const row of rows) {
    const added = sheet.addRow([]);
    row.forEach((value, index) => {
      const cell = added.getCell(index + 1);
      if (typeof value === 'string') text(cell, value);
      else cell.value = value;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

export async function committeeWorkbook(model: ReportModel, extras: WorkbookExtras): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const generated = new Date();
  workbook.creator = extras.author;
  workbook.lastModifiedBy = extras.author;
  workbook.created = generated;
  workbook.modified = generated;
  workbook.title = `${model.plan.title}: progress as at ${model.asOf}`;
  workbook.subject = model.plan.reference;
  workbook.company = model.authority.name;

  // Summary
  const summary = workbook.addWorksheet('Summary');
  setUp(summary, 'Summary', model);
  summary.views = [];
  summary.columns = [{ width: 34 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }];
  summary.addRow([model.plan.title]).font = { bold: true, size: 14 };
  summary.addRow(['Authority', model.authority.name]);
  summary.addRow(['Plan', model.plan.reference]);
  summary.addRow(['As at', dateOf(model.asOf)]).getCell(2).numFmt = 'd mmmm yyyy';
  summary.addRow(['Reporting period', model.reportingPeriod]);
  summary.addRow([]);
  summary.addRow(['Status', 'Actions']).font = { bold: true };
  const countsStart = summary.rowCount + 1;
  for (const rag of ['red', 'amber', 'green', 'complete', 'not_started', 'cancelled'] as const) {
    summary.addRow([RAG_WORDS[rag], model.summary.counts[rag]]);
  }
  ragRules(summary, `A${countsStart}:A${summary.rowCount}`);
  const share = summary.addRow([
    'Share on track or complete',
    model.summary.shareOnTrack === null ? null : model.summary.shareOnTrack / 100,
  ]);
  share.getCell(2).numFmt = '0.0%';
  summary.addRow([]);
  summary.addRow(['Judgement area', 'Overall', 'Red', 'Amber', 'Green', 'Complete']).font = { bold: true };
  const areaStart = summary.rowCount + 1;
  for (const area of model.byJudgementArea) {
    const row = summary.addRow([]);
    text(row.getCell(1), area.label);
    row.getCell(2).value = area.headline ? RAG_WORDS[area.headline] : null;
    [area.counts.red, area.counts.amber, area.counts.green, area.counts.complete].forEach((value, index) => {
      row.getCell(3 + index).value = value;
    });
  }
  if (model.byJudgementArea.length) ragRules(summary, `B${areaStart}:B${summary.rowCount}`);
  if (extras.ragChart) {
    const image = workbook.addImage({ buffer: extras.ragChart as unknown as ExcelJS.Buffer, extension: 'png' });
    summary.addImage(image, { tl: { col: 7, row: 1 }, ext: { width: 560, height: 240 } });
  }

  // Actions
  const actions = workbook.addWorksheet('Actions');
  setUp(actions, 'Actions', model);
  const directionOf = new Map<string, string>();
  for (const line of model.indicators) {
    if (line.direction && !directionOf.has(line.actionId))
      directionOf.set(line.actionId, line.direction.replace('_', ' '));
  }
  const actionLines = model.appendix.flatMap((group) => group.actions);
  table(
    actions,
    [
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
    actionLines.map((line) => [
      line.reference,
      `${line.recommendation.position}. ${line.recommendation.text}`,
      line.kind === 'outcome' ? 'Outcome' : 'Process',
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
      RAG_WORDS[line.rag],
      line.reason,
      directionOf.get(line.id) ?? null,
      line.latestUpdate ? `${line.latestUpdate.period}: ${line.latestUpdate.narrative}` : null,
      dateOf(line.latestUpdate?.createdOn ?? null),
    ]),
  );
  ragRules(actions, `L2:L${Math.max(2, actionLines.length + 1)}`);

  // Indicators
  const indicators = workbook.addWorksheet('Indicators');
  setUp(indicators, 'Indicators', model);
  const periods = [
    ...new Set(Object.values(model.series).flatMap((values) => values.map((value) => value.period))),
  ].sort();
  table(
    indicators,
    [
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
    model.indicators.map((line) => {
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
        RAG_WORDS[line.rag],
        line.direction ? line.direction.replace('_', ' ') : null,
        ...periods.map((period) => values.get(period) ?? null),
      ];
    }),
  );
  ragRules(indicators, `H2:H${Math.max(2, model.indicators.length + 1)}`);

  // Updates
  const updates = workbook.addWorksheet('Updates');
  setUp(updates, 'Updates', model);
  table(
    updates,
    [
      { header: 'Ref.', width: 8 },
      { header: 'Period', width: 12 },
      { header: 'Posted', width: 18, format: 'dd/mm/yyyy hh:mm' },
      { header: 'Author', width: 22 },
      { header: '% complete', width: 11, format: '0%' },
      { header: 'Proposed RAG', width: 13 },
      { header: 'Narrative', width: 80, wrap: true },
    ],
    extras.updates.map((update) => [
      update.reference,
      update.period,
      update.createdAt,
      update.author,
      update.percentComplete / 100,
      update.proposedRag ? RAG_WORDS[update.proposedRag as 'red'] : null,
      update.narrative,
    ]),
  );
  ragRules(updates, `F2:F${Math.max(2, extras.updates.length + 1)}`);

  // Judgements
  const judgements = workbook.addWorksheet('Judgements');
  setUp(judgements, 'Judgements', model);
  table(
    judgements,
    [
      { header: 'Area', width: 40, wrap: true },
      { header: 'Grade as published', width: 22 },
      { header: 'Level (4 outstanding … 1 inadequate)', width: 18 },
      { header: 'Scored', width: 18 },
    ],
    model.inspection.judgements.map((judgement) => [
      judgement.label,
      judgement.gradePublished,
      judgement.level,
      judgement.scored ? 'Scored' : 'Judged, not scored',
    ]),
  );

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
