/**
 * The board paper as a Word document, from the same report model as the PDF and in the same house
 * style: the same front sheet, sections, numbering, tables and charts, so a clerk can put it in an
 * agenda pack and edit the wording. Section numbers are Word numbering, so they follow when a
 * section is added or removed.
 */
import { AlignmentType, type INumberingOptions, LevelFormat, LevelSuffix, type Paragraph, type Table } from 'docx';
import type { ReportModel } from '../report-model';
import { comparisonBlocks } from './comparison-docx';
import { changeWord, dateWords, directionWord, exemptDescription, plainNumber, type RagKey } from './presentation';
import {
  banner,
  type Cell,
  dataTable,
  figure,
  frontSheet,
  heading,
  notice,
  paragraph,
  paragraphs,
  wordDocument,
} from './word-parts';

type Block = Paragraph | Table;

const hanging = { paragraph: { indent: { left: 720, hanging: 720 } } };

/** Halton's 1.0, 2.0 …; Harrow's Section 1 – and 2.1; the recommendations' (i), (ii) and 1., 2.; bullets. */
const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: 'sections',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.0', alignment: AlignmentType.LEFT, style: hanging }],
    },
    {
      reference: 'cabinet-sections',
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: 'Section %1 –',
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
        },
        { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: hanging },
      ],
    },
    {
      reference: 'roman',
      levels: [
        { level: 0, format: LevelFormat.LOWER_ROMAN, text: '(%1)', alignment: AlignmentType.LEFT, style: hanging },
      ],
    },
    {
      reference: 'decimal',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: hanging }],
    },
    {
      reference: 'bullets',
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 360 } } },
        },
      ],
    },
  ],
};

const IMPLICATION_HEADINGS: [keyof ReportModel['paper']['implications'], string][] = [
  ['policy', 'Policy implications'],
  ['financial', 'Financial implications'],
  ['legal', 'Legal implications'],
  ['equalities', 'Equalities implications'],
  ['risk', 'Risk management'],
  ['crimeAndDisorder', 'Section 17 of the Crime and Disorder Act 1998'],
];

const rag = (value: RagKey): Cell => ({ rag: value });

function list(items: string[], reference: string): Paragraph[] {
  return items.map((item) => paragraph(item, { numbering: { reference, level: 0 } }));
}

function exemptBanner(model: ReportModel): Block[] {
  if (model.paper.status !== 'exempt') return [];
  const number = model.paper.exemptParagraph;
  return [
    banner(
      `Not for publication: exempt information under paragraph ${number} of Part 1 of Schedule 12A to the Local Government Act 1972 (${exemptDescription(number)}).`,
    ),
  ];
}

function statusWords(model: ReportModel): string {
  return model.paper.status === 'exempt' ? `Exempt (paragraph ${model.paper.exemptParagraph})` : 'Public';
}

/** A front-sheet line only when it has a value: a paper prints no empty line and no placeholder. */
function given(label: string, value: string | null | undefined): [string, string][] {
  return value ? [[label, value]] : [];
}

/** A corrected paper says on its front sheet which paper it replaces. */
function replaces(model: ReportModel): Block[] {
  const of = model.paper.replacesPaperOf;
  return of ? [paragraph(`This paper replaces the paper of ${dateWords(of)}.`)] : [];
}

/** A paper printed before every theme signed off its updates for the period says which have not. */
function signOffWaiting(model: ReportModel): Block[] {
  const waiting = model.signOff?.waiting ?? [];
  return waiting.length
    ? [banner(`Data not yet signed off for: ${waiting.join(', ')} (updates for ${model.signOff?.period}).`)]
    : [];
}

function opening(model: ReportModel): Block[] {
  return [
    ...exemptBanner(model),
    ...(model.notice ? [notice(model.notice)] : []),
    paragraph(model.authority.name, { style: 'Caption' }),
  ];
}

function background(model: ReportModel): Block[] {
  const { inspection, plan } = model;
  const fieldwork = inspection.fieldworkStart
    ? ` between ${dateWords(inspection.fieldworkStart)} and ${dateWords(inspection.fieldworkEnd)}`
    : '';
  const published = inspection.publishedOn ? `, and published its report on ${dateWords(inspection.publishedOn)}` : '';
  const endorsed = plan.endorsedBy
    ? ` was endorsed by the ${plan.endorsedBy} on ${dateWords(plan.endorsedOn)}`
    : ' is a draft';
  return [
    paragraph(
      `${inspection.inspectorate} carried out the ${inspection.title}${fieldwork}${published}. The improvement plan ${plan.reference}${endorsed}.`,
    ),
    ...dataTable({
      caption: "The inspection's judgements",
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
    ...(inspection.framework ? [paragraph(`The inspection was made under the ${inspection.framework}.`)] : []),
    ...(plan.statutoryClock ? [paragraph(`Statutory deadline: ${plan.statutoryClock.summary}`)] : []),
  ];
}

function progress(model: ReportModel): Block[] {
  const { summary } = model;
  const counts = summary.counts;
  const sentences = [
    `As at ${dateWords(model.asOf)} (${model.reportingPeriod}), ${summary.total} actions are counted: ${counts.red} red, ${counts.amber} amber, ${counts.green} green, ${counts.complete} complete and ${counts.not_started} not started.`,
    summary.shareOnTrack !== null ? `${summary.shareOnTrack} % are on track or complete.` : '',
    counts.cancelled ? `${counts.cancelled} cancelled actions are left out.` : '',
  ];
  const movement = model.movement;
  return [
    paragraph(sentences.filter(Boolean).join(' ')),
    ...model.charts
      .filter((chart) => chart.id === 'rag-counts' || chart.id === 'by-area')
      .flatMap((chart) => figure(chart)),
    ...dataTable({
      caption: 'Actions by judgement area',
      columns: [
        { header: 'Judgement area', width: 4 },
        { header: 'Overall', width: 2 },
        { header: 'Red', width: 1.2 },
        { header: 'Amber', width: 1.4 },
        { header: 'Green', width: 1.4 },
        { header: 'Complete', width: 1.8 },
        { header: 'On track', width: 1.6 },
      ],
      rows: model.byJudgementArea.map((group) => [
        group.label,
        group.headline ? rag(group.headline) : 'None counted',
        String(group.counts.red),
        String(group.counts.amber),
        String(group.counts.green),
        String(group.counts.complete),
        group.shareOnTrack !== null ? `${group.shareOnTrack} %` : '–',
      ]),
      rowHeaders: true,
    }),
    heading(3, 'Movement since the last paper'),
    ...(!movement
      ? [paragraph('This is the first paper on the plan, so there is no earlier position to compare with.')]
      : !movement.actions.length
        ? [paragraph(`No action has changed status since the paper of ${dateWords(movement.previousPaperOn)}.`)]
        : dataTable({
            caption: `Changes since the paper of ${dateWords(movement.previousPaperOn)}`,
            columns: [
              { header: 'Action', width: 5 },
              { header: 'Was', width: 1.6 },
              { header: 'Now', width: 1.6 },
              { header: 'Change', width: 1.6 },
            ],
            rows: movement.actions.map((line) => [
              `${line.reference} ${line.title}`,
              line.from ? rag(line.from) : 'New',
              line.to ? rag(line.to) : 'Removed',
              changeWord(line.change),
            ]),
            rowHeaders: true,
          })),
  ];
}

function exceptions(model: ReportModel): Block[] {
  if (!model.exceptions.length) return [paragraph('No action is red or amber.')];
  return dataTable({
    caption: 'Red and amber actions',
    columns: [
      { header: 'Ref.', width: 1.4 },
      { header: 'Action', width: 3 },
      { header: 'Status', width: 1.4 },
      { header: 'Owner and partner', width: 2.4 },
      { header: 'Due', width: 1.8 },
      { header: 'Why', width: 3 },
      { header: 'Latest commentary', width: 4 },
    ],
    rows: model.exceptions.map((line) => [
      line.reference,
      line.title,
      rag(line.rag),
      { lines: [line.owner ? line.owner.name : 'Unassigned', ...(line.leadPartner ? [line.leadPartner.name] : [])] },
      dateWords(line.dueDate),
      line.reason,
      line.latestUpdate ? `${line.latestUpdate.period}: ${line.latestUpdate.narrative}` : 'No update yet.',
    ]),
    rowHeaders: true,
  });
}

function indicators(model: ReportModel): Block[] {
  if (!model.indicators.length) return [paragraph("No indicators are attached to the plan's actions.")];
  return [
    ...dataTable({
      caption: 'Indicators',
      columns: [
        { header: 'Indicator', width: 3.4 },
        { header: 'Action', width: 1.2 },
        { header: 'Baseline', width: 1.8 },
        { header: 'Target', width: 2 },
        { header: 'Latest', width: 1.8 },
        { header: 'Status', width: 1.4 },
        { header: 'Direction', width: 1.8 },
      ],
      rows: model.indicators.map((line) => [
        `${line.code} ${line.title}`,
        line.actionReference,
        line.baseline
          ? `${plainNumber(line.baseline.value)}${line.baseline.period ? ` (${line.baseline.period})` : ''}`
          : '–',
        line.target
          ? `${plainNumber(line.target.value)}${line.target.date ? ` by ${dateWords(line.target.date)}` : ''}`
          : '–',
        line.latest
          ? `${plainNumber(line.latest.value)} (${line.latest.period})`
          : line.previous && line.currency
            ? `None current; last ${plainNumber(line.previous.value)} (${line.previous.period})`
            : 'No data',
        rag(line.rag),
        directionWord(line.direction),
      ]),
      rowHeaders: true,
    }),
    ...model.charts.filter((chart) => chart.id.startsWith('indicator-')).flatMap((chart) => figure(chart)),
  ];
}

function appendix(model: ReportModel): Block[] {
  return model.appendix.flatMap((group) =>
    dataTable({
      caption: `Recommendation ${group.position}: ${group.recommendation}`,
      columns: [
        { header: 'Ref.', width: 1.4 },
        { header: 'Action', width: 3.4 },
        { header: 'Owner', width: 2.2 },
        { header: 'Due', width: 1.8 },
        { header: 'Complete', width: 1.4 },
        { header: 'Status', width: 1.4 },
        { header: 'Why', width: 3.4 },
      ],
      rows: group.actions.map((line) => [
        line.reference,
        line.title,
        line.owner ? line.owner.name : 'Unassigned',
        dateWords(line.dueDate),
        `${line.percentComplete} %`,
        rag(line.rag),
        line.reason,
      ]),
      rowHeaders: true,
    }),
  );
}

function implications(model: ReportModel): Block[] {
  return IMPLICATION_HEADINGS.flatMap(([key, label]) => {
    const text = model.paper.implications[key];
    return text ? [heading(3, label), ...paragraphs(text)] : [];
  });
}

function executiveBoard(model: ReportModel): Block[] {
  const { paper } = model;
  const numbered = (text: string) => heading(2, text, { reference: 'sections', level: 0 });
  const blocks: Block[] = [
    ...opening(model),
    ...frontSheet([
      ['REPORT TO:', paper.committee],
      ['DATE:', dateWords(paper.meetingDate)],
      ['REPORTING OFFICER:', paper.reportingOfficer],
      ['SUBJECT:', paper.subject],
      ...given('PORTFOLIO:', paper.portfolioHolder),
      ...given('CONTACT OFFICER:', paper.contactOfficer),
      ['KEY DECISION:', paper.keyDecision ? 'Yes' : 'No'],
      ...given('WARDS AFFECTED:', paper.wards),
      ...given('AGENDA ITEM:', paper.agendaItem),
      ['STATUS:', statusWords(model)],
    ]),
    ...replaces(model),
    ...signOffWaiting(model),
    heading(1, paper.subject),
    numbered('PURPOSE OF THE REPORT'),
    ...paragraphs(paper.purpose ?? `To report progress on the ${model.plan.title} as at ${dateWords(model.asOf)}.`),
    numbered('RECOMMENDATION: That'),
    ...list(paper.recommendations.length ? paper.recommendations : ['the report be noted.'], 'roman'),
    numbered('BACKGROUND'),
    ...background(model),
    numbered('PROGRESS SUMMARY'),
    ...progress(model),
    numbered('EXCEPTIONS: RED AND AMBER ACTIONS'),
    ...exceptions(model),
    numbered('INDICATORS'),
    ...indicators(model),
  ];
  const comparison = comparisonBlocks(model);
  if (comparison.length) blocks.push(numbered('HOW WE COMPARE'), ...comparison);
  if (paper.nextSteps) blocks.push(numbered('NEXT STEPS'), ...paragraphs(paper.nextSteps));
  const implicationBlocks = implications(model);
  if (implicationBlocks.length) blocks.push(numbered('IMPLICATIONS'), ...implicationBlocks);
  if (paper.backgroundPapers.length) {
    blocks.push(numbered('BACKGROUND PAPERS'), ...list(paper.backgroundPapers, 'bullets'));
  }
  blocks.push(
    heading(2, 'APPENDIX: THE IMPROVEMENT PLAN IN FULL', undefined, { pageBreakBefore: true }),
    ...appendix(model),
  );
  return blocks;
}

function cabinet(model: ReportModel): Block[] {
  const { paper } = model;
  const section = (text: string, pageBreakBefore = false) =>
    heading(2, text, { reference: 'cabinet-sections', level: 0 }, { pageBreakBefore });
  const subsection = (text: string) => heading(3, text, { reference: 'cabinet-sections', level: 1 });
  const share = model.summary.shareOnTrack;
  const blocks: Block[] = [
    ...opening(model),
    ...frontSheet([
      ['Meeting:', paper.committee],
      ['Date:', dateWords(paper.meetingDate)],
      ['Subject:', paper.subject],
      ['Responsible Officer:', paper.reportingOfficer],
      ['Contact Officer:', paper.contactOfficer ?? paper.reportingOfficer],
      ...given('Portfolio Holder:', paper.portfolioHolder),
      ['Key Decision:', paper.keyDecision ? 'Yes' : 'No'],
      ...given('Wards affected:', paper.wards),
      ['Status:', statusWords(model)],
      ...given('Agenda item:', paper.agendaItem),
    ]),
    ...replaces(model),
    ...signOffWaiting(model),
    heading(1, paper.subject),
    section('Summary'),
    ...paragraphs(
      paper.purpose ?? `This report sets out progress on the ${model.plan.title} as at ${dateWords(model.asOf)}.`,
    ),
    heading(3, 'Decision required'),
    ...list(paper.recommendations.length ? paper.recommendations : ['That the report be noted.'], 'decimal'),
    heading(3, 'Reason for the decision'),
    paragraph(
      'To keep members informed of progress against the improvement plan that answers the inspection, and to challenge where it is off track.',
    ),
    heading(3, 'Benefits'),
    paragraph(
      share !== null
        ? `${share} % of the plan's actions are on track or complete.`
        : 'No action of the plan is counted yet.',
    ),
  ];
  if (paper.implications.financial) {
    blocks.push(heading(3, 'Cost of the proposals'), ...paragraphs(paper.implications.financial));
  }
  if (paper.implications.risk) blocks.push(heading(3, 'Risks'), ...paragraphs(paper.implications.risk));
  blocks.push(
    heading(3, 'Implications if the recommendations are rejected'),
    paragraph('Members would not have assured themselves of progress on the actions the inspection asked for.'),
    section('Report'),
    subsection('Background'),
    ...background(model),
    subsection('Progress summary'),
    ...progress(model),
    subsection('Red and amber actions'),
    ...exceptions(model),
    subsection('Indicators'),
    ...indicators(model),
  );
  const comparison = comparisonBlocks(model);
  if (comparison.length) blocks.push(subsection('How we compare'), ...comparison);
  if (paper.nextSteps) blocks.push(subsection('Next steps'), ...paragraphs(paper.nextSteps));
  blocks.push(...implications(model), section('Supporting information', true));
  if (paper.backgroundPapers.length) {
    blocks.push(heading(3, 'Background papers'), ...list(paper.backgroundPapers, 'bullets'));
  }
  blocks.push(heading(3, 'The improvement plan in full'), ...appendix(model));
  return blocks;
}

/** The paper's title, as the PDF's: subject – committee, date. */
export function paperTitle(model: ReportModel): string {
  return `${model.paper.subject} – ${model.paper.committee}, ${dateWords(model.paper.meetingDate)}`;
}

/** The board paper's .docx bytes, in its house style. */
export function boardPaperDocx(model: ReportModel, created: Date): Promise<Buffer> {
  const { paper } = model;
  return wordDocument({
    title: paperTitle(model),
    subject: paper.subject,
    creator: model.authority.name,
    created,
    orientation: 'portrait',
    headerText:
      paper.status === 'exempt'
        ? `Exempt: paragraph ${paper.exemptParagraph} of Schedule 12A to the Local Government Act 1972`
        : null,
    footerText: `${paper.committee}, ${dateWords(paper.meetingDate)}`,
    numbering: NUMBERING,
    children: paper.houseStyle === 'cabinet' ? cabinet(model) : executiveBoard(model),
  });
}
