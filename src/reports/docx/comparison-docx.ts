/**
 * "How we compare" in the Word paper: the same sentences, tables and chart as the PDF's section.
 */
import type { Paragraph, Table } from 'docx';
import { ILACS_GRADES } from '../../domain/ilacs';
import type { ReportModel } from '../report-model';
import {
  comparisonSummary,
  dateTimeWords,
  dateWords,
  improvedNeighbours,
  inspectionChangeText,
  judgementWord,
} from './presentation';
import { type Cell, dataTable, figure, paragraph } from './word-parts';

/** Bullets use the paper's 'bullets' numbering. Nothing when no council in the national data matches the authority: the paper then has no such section. */
export function comparisonBlocks(model: ReportModel): (Paragraph | Table)[] {
  const { comparison: c, dataset } = model.comparison;
  if (!c) return [];
  const judgementHeaders = c.judgements.map((judgement) => ({ header: judgement.label, width: 1.6 }));
  const outcomes = [c.council, ...c.neighbours];
  const blocks: (Paragraph | Table)[] = [paragraph(comparisonSummary(c))];
  const improved = improvedNeighbours(c);
  if (improved.length) {
    blocks.push(paragraph('Statistical neighbours that improved:'));
    for (const sentence of improved)
      blocks.push(paragraph(sentence, { numbering: { reference: 'bullets', level: 0 } }));
  }
  blocks.push(
    ...dataTable({
      caption: `Latest judgements: ${c.council.council.name} and its statistical neighbours`,
      columns: [
        { header: 'Council', width: 2.4 },
        { header: 'Published', width: 1.8 },
        ...judgementHeaders,
        { header: 'Since the inspection before', width: 2.2 },
      ],
      rows: outcomes.map((outcome): Cell[] => [
        'rank' in outcome ? `${outcome.rank}. ${outcome.council.name}` : `${outcome.council.name} (us)`,
        outcome.latest ? dateWords(outcome.latest.publishedOn) : 'None',
        ...c.judgements.map((judgement) =>
          outcome.latest ? judgementWord(outcome.latest.judgements[judgement.key]) : '',
        ),
        inspectionChangeText(outcome.changeSincePrevious),
      ]),
      rowHeaders: true,
    }),
    ...model.charts.filter((chart) => chart.id === 'grade-distribution').flatMap((chart) => figure(chart)),
    ...dataTable({
      caption: `Councils at each grade at their latest inspection, in ${c.region.area} and England: number and share of those graded`,
      columns: [
        { header: 'Judgement', width: 2.4 },
        { header: 'Area', width: 1.8 },
        ...ILACS_GRADES.map((grade) => ({ header: judgementWord(grade), width: 1.5 })),
        { header: 'Graded', width: 1.1 },
      ],
      rows: c.judgements.flatMap((judgement, index) =>
        [c.region, c.england].map((area): Cell[] => {
          const row = area.judgements[index];
          return [
            judgement.label,
            area.area,
            ...ILACS_GRADES.map((grade) => `${row.counts[grade]} (${Math.round(row.shares[grade] * 100)}%)`),
            String(row.graded),
          ];
        }),
      ),
      rowHeaders: true,
    }),
    ...dataTable({
      caption: `${c.council.council.name}'s published inspections, newest first`,
      columns: [
        { header: 'Published', width: 1.8 },
        ...judgementHeaders,
        { header: 'Since the inspection before', width: 2.2 },
      ],
      rows: c.history.map((entry): Cell[] => [
        dateWords(entry.inspection.publishedOn),
        ...c.judgements.map((judgement) => judgementWord(entry.inspection.judgements[judgement.key])),
        inspectionChangeText(entry.changeSincePrevious),
      ]),
      rowHeaders: true,
    }),
    paragraph(
      `Source: ${dataset.source.citation}${
        dataset.refresh
          ? ` Refreshed from ${dataset.refresh.fileName} on ${dateTimeWords(dataset.refresh.importedAt)}.`
          : ''
      }`,
    ),
  );
  return blocks;
}
