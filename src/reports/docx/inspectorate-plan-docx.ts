/**
 * The improvement plan in the shape councils send it to the inspectorate: each recommendation as
 * the inspection published it, then each action that answers it with who leads it, its timescale,
 * its milestones and how success will be measured. From the same report model as the board paper,
 * landscape, so the action table reads across the page.
 */
import type { Paragraph, Table } from 'docx';
import type { IndicatorStatusLine } from '../../rag/plan-status';
import type { ReportModel } from '../report-model';
import { dateWords, plainNumber, timescaleWords } from './presentation';
import { type Cell, dataTable, frontSheet, heading, notice, paragraph, wordDocument } from './word-parts';

type Block = Paragraph | Table;

/** "NI 117 …: from 10.4 (2007-08) to 8.5 by 31 March 2010", as far as the baseline and target are set. */
export function measureWords(line: IndicatorStatusLine): string {
  const from = line.baseline
    ? ` from ${plainNumber(line.baseline.value)}${line.baseline.period ? ` (${line.baseline.period})` : ''}`
    : '';
  const to = line.target
    ? ` to ${plainNumber(line.target.value)}${line.target.date ? ` by ${dateWords(line.target.date)}` : ''}`
    : ': target to be set';
  const better = line.polarity === 'lower_is_better' ? 'lower is better' : 'higher is better';
  return `${line.code} ${line.title}${from}${to} (${better})`;
}

function actionRows(model: ReportModel, actions: ReportModel['appendix'][number]['actions']): Cell[][] {
  const detail = model.planDetail;
  return actions
    .filter((line) => line.rag !== 'cancelled')
    .map((line) => {
      const own = detail?.actions[line.id];
      const milestones = own?.milestones ?? [];
      const measures = model.indicators.filter((indicator) => indicator.actionId === line.id).map(measureWords);
      return [
        line.reference,
        { lines: [line.title, ...(own?.description ? [own.description] : [])] },
        {
          lines: [
            line.owner ? line.owner.name : 'Owner to be named',
            ...(line.leadPartner ? [line.leadPartner.name] : []),
          ],
        },
        `${dateWords(line.startDate)} to ${dateWords(line.dueDate)}`,
        milestones.length
          ? { lines: milestones.map((milestone) => `${dateWords(milestone.dueDate)}: ${milestone.title}`) }
          : 'None set',
        measures.length ? { lines: measures } : milestones.length ? 'Each milestone met by its date.' : 'To be set.',
      ];
    });
}

function recommendations(model: ReportModel): Block[] {
  return model.appendix.flatMap((group) => {
    const timescale = timescaleWords(model.planDetail?.recommendations[group.position]?.timescale ?? null);
    const rows = actionRows(model, group.actions);
    return [
      heading(3, `Recommendation ${group.position}`),
      paragraph(group.recommendation),
      ...(timescale ? [paragraph(`Timescale given by the inspection: ${timescale}.`)] : []),
      ...(rows.length
        ? dataTable({
            caption: `Actions for recommendation ${group.position}`,
            orientation: 'landscape',
            columns: [
              { header: 'Ref.', width: 1.1 },
              { header: 'Action', width: 4 },
              { header: 'Lead officer and partner', width: 2.4 },
              { header: 'Timescale', width: 2 },
              { header: 'Milestones', width: 4 },
              { header: 'How success will be measured', width: 4 },
            ],
            rows,
            rowHeaders: true,
          })
        : [paragraph('Every action for this recommendation has been cancelled.')]),
    ];
  });
}

/** The plan's .docx bytes, as at the model's date. */
export function inspectoratePlanDocx(model: ReportModel, created: Date): Promise<Buffer> {
  const { inspection, plan } = model;
  const fieldwork = inspection.fieldworkStart
    ? `${dateWords(inspection.fieldworkStart)} to ${dateWords(inspection.fieldworkEnd)}`
    : null;
  const endorsement = plan.endorsedBy ? `Endorsed by the ${plan.endorsedBy} on ${dateWords(plan.endorsedOn)}` : 'Draft';
  const title = plan.title;
  const children: Block[] = [
    ...(model.notice ? [notice(model.notice)] : []),
    paragraph(model.authority.name, { style: 'Caption' }),
    heading(1, title),
    ...frontSheet(
      [
        ['Council:', model.authority.name],
        ['Inspection:', `${inspection.title} (${inspection.inspectorate})`],
        ...(fieldwork ? [['Fieldwork:', fieldwork] as [string, string]] : []),
        ...(inspection.publishedOn
          ? [['Report published:', dateWords(inspection.publishedOn)] as [string, string]]
          : []),
        ...(inspection.framework ? [['Framework:', inspection.framework] as [string, string]] : []),
        ['Plan:', plan.reference],
        ['Status:', endorsement],
        ...(plan.statutoryClock ? [['Statutory deadline:', plan.statutoryClock.summary] as [string, string]] : []),
        ['As at:', dateWords(model.asOf)],
      ],
      'landscape',
    ),
    heading(2, 'The inspection'),
    ...dataTable({
      caption: "The inspection's judgements",
      orientation: 'landscape',
      columns: [
        { header: 'Area', width: 3 },
        { header: 'Grade as published', width: 2 },
        { header: 'Scored', width: 2 },
      ],
      rows: inspection.judgements.map((judgement) => [
        judgement.label,
        judgement.gradePublished,
        judgement.scored ? 'Scored' : 'Judged, not scored',
      ]),
      rowHeaders: true,
    }),
    heading(2, 'Recommendations and actions'),
    paragraph(
      'Each recommendation follows as the inspection published it, then the actions the council and its partners are taking to answer it: who leads each, when it will be done, its milestones and how success will be measured.',
    ),
    ...recommendations(model),
  ];
  return wordDocument({
    title,
    subject: `Improvement plan in response to the ${inspection.title}`,
    creator: model.authority.name,
    created,
    orientation: 'landscape',
    headerText: null,
    footerText: `${model.authority.name}: ${plan.reference}, as at ${dateWords(model.asOf)}`,
    children,
  });
}
