/**
 * The committee workbook's "How we compare" sheet: the council's latest judgements beside its
 * statistical neighbours', the grades of its region and of England (a chart with its text
 * alternative, and the same numbers as a table), its own inspections, and where the figures come
 * from. The same figures and sentences as the page and the board paper.
 */
import type ExcelJS from 'exceljs';
import { ILACS_GRADES } from '../../domain/ilacs';
import { comparisonSummary, improvedNeighbours, inspectionChangeText } from '../../presentation/comparison-words';
import { govukDateTime } from '../../presentation/dates';
import { judgementWord } from '../../presentation/words';
import type { ReportModel } from '../report-model';
import { HEADER_FILL, dateOf, text } from './cells';
import { placeImage } from './streamed-image';

export const COMPARISON_SHEET = 'How we compare';

type Value = string | number | Date | null;

/** Adds the sheet; nothing when no council in the national data matches the authority. */
export function writeComparisonSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  const { comparison: c, dataset } = model.comparison;
  if (!c) return;
  const sheet = workbook.addWorksheet(COMPARISON_SHEET, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&L${model.authority.name}&C${COMPARISON_SHEET}`, oddFooter: '&RPage &P of &N' },
  });
  sheet.columns = [
    { width: 30 },
    { width: 16 },
    ...c.judgements.map(() => ({ width: 22 })),
    { width: 34 },
    { width: 4 },
  ];

  const chart = model.charts.find((item) => item.id === 'grade-distribution');
  const chartColumn = c.judgements.length + 4;
  if (chart) {
    const png = Buffer.from(chart.src.replace(/^data:image\/png;base64,/, ''), 'base64');
    // Drawn at twice print size: placed 540 pixels wide, its height in proportion (from the PNG's header).
    const width = 540;
    placeImage(workbook, sheet, {
      png,
      col: chartColumn,
      row: 1,
      width,
      height: Math.round((width * png.readUInt32BE(20)) / png.readUInt32BE(16)),
      name: chart.title,
      alt: chart.alt,
    });
  }

  const line = (values: Value[], style?: (row: ExcelJS.Row) => void): void => {
    const row = sheet.addRow([]);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      if (typeof value === 'string') text(cell, value);
      else cell.value = value;
      if (value instanceof Date) cell.numFmt = 'd mmmm yyyy';
    });
    style?.(row);
    row.commit();
  };
  const header = (row: ExcelJS.Row) => {
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
  };
  const heading = (row: ExcelJS.Row) => {
    row.font = { bold: true, size: 12 };
  };

  line([`How we compare: ${c.council.council.name}`], (row) => {
    row.font = { bold: true, size: 14 };
  });
  line([comparisonSummary(c)]);
  for (const sentence of improvedNeighbours(c)) line([sentence]);
  line([]);

  const judgementLabels = c.judgements.map((judgement) => judgement.label);
  line(['Latest judgements: the council and its statistical neighbours'], heading);
  line(['Council', 'Published', ...judgementLabels, 'Since the inspection before'], header);
  for (const outcome of [c.council, ...c.neighbours]) {
    line([
      'rank' in outcome ? `${outcome.rank}. ${outcome.council.name}` : `${outcome.council.name} (us)`,
      outcome.latest ? dateOf(outcome.latest.publishedOn) : 'None',
      ...c.judgements.map((judgement) =>
        outcome.latest ? judgementWord(outcome.latest.judgements[judgement.key]) : '',
      ),
      inspectionChangeText(outcome.changeSincePrevious),
    ]);
  }
  line([]);

  line([`Councils at each grade at their latest inspection, in ${c.region.area} and England`], heading);
  if (chart) line([`The chart beside this table: ${chart.alt}`]);
  line(['Judgement', 'Area', ...ILACS_GRADES.map((grade) => judgementWord(grade)), 'Graded'], header);
  c.judgements.forEach((judgement, index) => {
    for (const area of [c.region, c.england]) {
      const row = area.judgements[index];
      line([judgement.label, area.area, ...ILACS_GRADES.map((grade) => row.counts[grade]), row.graded]);
    }
  });
  line(['Share of those graded', 'Area', ...ILACS_GRADES.map((grade) => judgementWord(grade))], header);
  c.judgements.forEach((judgement, index) => {
    for (const area of [c.region, c.england]) {
      const row = area.judgements[index];
      line([judgement.label, area.area, ...ILACS_GRADES.map((grade) => row.shares[grade])], (added) => {
        for (let column = 3; column < 3 + ILACS_GRADES.length; column++) added.getCell(column).numFmt = '0%';
      });
    }
  });
  line([]);

  line([`${c.council.council.name}'s published inspections, newest first`], heading);
  line(['Published', 'Framework', ...judgementLabels, 'Since the inspection before'], header);
  for (const entry of c.history) {
    line([
      dateOf(entry.inspection.publishedOn),
      entry.inspection.framework ?? 'Not given',
      ...c.judgements.map((judgement) => judgementWord(entry.inspection.judgements[judgement.key])),
      inspectionChangeText(entry.changeSincePrevious),
    ]);
  }
  line([]);
  line([
    `Source: ${dataset.source.citation}${
      dataset.refresh
        ? ` Refreshed from ${dataset.refresh.fileName} on ${govukDateTime(dataset.refresh.importedAt)}.`
        : ''
    }`,
  ]);
  line([dataset.source.licence.url]);
  sheet.commit();
}
