/**
 * bench/workbook: the committee workbook for a plan of 5,000 actions, 50 indicators × 40 periods
 * and 10,000 updates, against a baseline measured in the same run: exceljs's streaming writer
 * writing the same cell values (every list sheet's, Actions (print) included) with no styling. For scale, exceljs's in-memory writer with the same
 * unstyled values is measured too. Each run is a child process of its own, so that its peak
 * memory (maximum resident set) is its own.
 *
 * Goals (issue): within 1.5 times the baseline's time; under 300 MB peak.
 */
import { execFileSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { createCanvas } from 'canvas';
import ExcelJS from 'exceljs';
import { compareCouncil } from '../src/benchmarking/comparison';
import { datasetInfo } from '../src/benchmarking/national-picture.service';
import { loadShippedNationalOutcomes } from '../src/benchmarking/shipped-dataset';
import { ACTION_RAGS } from '../src/domain/vocabulary';
import { DEFAULT_THRESHOLDS, rollUp } from '../src/rag/rules';
import type { ActionStatusLine, IndicatorStatusLine } from '../src/rag/plan-status';
import {
  type CellValue,
  type UpdateLogRow,
  committeeTables,
  committeeWorkbook,
} from '../src/reports/excel/committee-workbook';
import { type ReportModel, blankPaperInputs } from '../src/reports/report-model';
import { machine, writeSection } from './report';

const ACTIONS = 5_000;
const INDICATORS = 50;
const PERIODS = 40;
const UPDATES_PER_ACTION = 2;
const RUNS = 5;
const VARIANTS = ['baseline', 'workbook', 'in-memory'] as const;
type Variant = (typeof VARIANTS)[number];

const words = (n: number, seed: number) =>
  Array.from(
    { length: n },
    (_, i) => ['children', 'placement', 'review', 'plan', 'support', 'carers'][(i + seed) % 6],
  ).join(' ');

function quarter(index: number): string {
  const year = 2000 + Math.floor(index / 4);
  return `${year}-${String((year + 1) % 100).padStart(2, '0')} Q${(index % 4) + 1}`;
}

/** A plan as large as the biggest a council would run, as the report model holds it. */
export function largeModel(): { model: ReportModel; updates: UpdateLogRow[] } {
  const actions: ActionStatusLine[] = Array.from({ length: ACTIONS }, (_, i) => ({
    id: `action-${i}`,
    planId: 'plan',
    reference: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
    title: `Action ${i}: ${words(12, i)}`,
    kind: i % 3 === 0 ? 'process' : 'outcome',
    startDate: '2025-04-01',
    rag: ACTION_RAGS[i % ACTION_RAGS.length],
    reason: `Reason ${i}: ${words(10, i + 1)}`,
    overridden: false,
    updateOverdue: i % 7 === 0,
    owner: { id: `owner-${i % 40}`, name: `Owner ${i % 40}` },
    leadPartner: i % 2 ? { id: 'partner', name: 'Halton and St Helens PCT' } : null,
    recommendation: { id: `rec-${Math.floor(i / 100)}`, position: Math.floor(i / 100) + 1, text: words(20, i) },
    judgementAreaKey: ['safeguarding', 'looked_after_children', 'service_management'][i % 3],
    judgementAreaLabel: ['Safeguarding', 'Looked after children', 'Service management'][i % 3],
    ecmOutcome: 'stay_safe',
    dueDate: '2026-03-31',
    percentComplete: i % 101,
    latestUpdate: { period: '2025-26 Q3', narrative: words(40, i), proposedRag: 'amber', createdOn: '2026-01-10' },
  }));
  const indicators: IndicatorStatusLine[] = Array.from({ length: INDICATORS }, (_, i) => ({
    actionIndicatorId: `link-${i}`,
    actionId: `action-${i}`,
    actionReference: actions[i].reference,
    indicatorId: `indicator-${i}`,
    code: `L${i}`,
    title: `Local measure ${i}`,
    unit: 'percentage',
    polarity: i % 2 ? 'higher_is_better' : 'lower_is_better',
    baseline: { value: '50.0000', period: quarter(0) },
    target: { value: '75.0000', date: '2026-03-31' },
    latest: { value: '61.5000', period: quarter(PERIODS - 1) },
    previous: { value: '60.0000', period: quarter(PERIODS - 2) },
    currency: 'Latest: the last quarter, current for three months.',
    targetNow: { value: '72.5', basis: 'straight_line' },
    rag: 'amber',
    reason: 'Short of target.',
    direction: 'improving',
  }));
  const series = Object.fromEntries(
    indicators.map((line, i) => [
      line.indicatorId,
      Array.from({ length: PERIODS }, (_, p) => ({ period: quarter(p), value: String(40 + ((i + p) % 50)) })),
    ]),
  );
  const groups = Array.from({ length: ACTIONS / 100 }, (_, g) => ({
    position: g + 1,
    recommendation: words(20, g),
    actions: actions.slice(g * 100, g * 100 + 100),
  }));
  const summary = rollUp(actions.map((line) => line.rag));
  const national = loadShippedNationalOutcomes();
  const model: ReportModel = {
    authority: { name: 'Benchmark Borough Council' },
    paper: blankPaperInputs('Benchmark plan', '2026-03-31'),
    plan: {
      reference: 'BENCH-1',
      title: 'Benchmark plan',
      status: 'endorsed',
      endorsedBy: null,
      endorsedOn: null,
      statutoryClock: null,
    },
    inspection: {
      kind: 'ilacs',
      title: 'Inspection',
      inspectorate: 'Ofsted',
      fieldworkStart: null,
      fieldworkEnd: null,
      publishedOn: null,
      judgements: [
        {
          label: 'Overall effectiveness',
          gradePublished: 'Requires improvement',
          grade: 'requires_improvement',
          level: 2,
          scored: true,
        },
      ],
    },
    asOf: '2026-03-31',
    reportingPeriod: '2025-26 Q4',
    thresholds: DEFAULT_THRESHOLDS,
    summary,
    byJudgementArea: ['safeguarding', 'looked_after_children', 'service_management'].map((key) => ({
      ...summary,
      key,
      label: key,
    })),
    exceptions: [],
    indicators,
    movement: null,
    appendix: groups,
    series,
    comparison: {
      dataset: datasetInfo({ version: 'shipped', outcomes: national, refresh: null }),
      comparison: compareCouncil(national, 'E06000006'),
      reason: '',
    },
    charts: [],
    notice: null,
  };
  const updates: UpdateLogRow[] = actions.flatMap((line, i) =>
    Array.from({ length: UPDATES_PER_ACTION }, (_, u) => ({
      reference: line.reference,
      period: quarter(PERIODS - 1 - u),
      narrative: words(50, i + u),
      percentComplete: (i + u) % 101,
      proposedRag: u % 2 ? 'green' : 'amber',
      author: `Owner ${i % 40}`,
      createdAt: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
    })),
  );
  return { model, updates };
}

function chartPng(): Buffer {
  const canvas = createCanvas(1120, 480);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 1120, 480);
  context.fillStyle = '#d4351c';
  context.fillRect(100, 100, 200, 300);
  return canvas.toBuffer('image/png');
}

/** The same values as the workbook's sheets, written with no styles, widths, rules or picture. */
function summaryValues(model: ReportModel): CellValue[][] {
  return [
    [model.plan.title],
    ['Authority', model.authority.name],
    ['Plan', model.plan.reference],
    ['As at', new Date(`${model.asOf}T00:00:00Z`)],
    ...Object.entries(model.summary.counts).map(([rag, count]): CellValue[] => [rag, count]),
    ...model.byJudgementArea.map((area): CellValue[] => [area.label, area.headline, area.counts.red]),
  ];
}

async function baseline(model: ReportModel, updates: UpdateLogRow[]): Promise<number> {
  const output = new PassThrough();
  let bytes = 0;
  output.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const done = new Promise((resolve) => output.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const summary = workbook.addWorksheet('Summary');
  for (const values of summaryValues(model)) summary.addRow(values).commit();
  summary.commit();
  for (const table of committeeTables(model, { updates })) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow(table.columns.map((column) => column.header)).commit();
    for (const values of table.rows) sheet.addRow(values).commit();
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return bytes;
}

async function inMemory(model: ReportModel, updates: UpdateLogRow[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Summary').addRows(summaryValues(model));
  for (const table of committeeTables(model, { updates })) {
    const sheet = workbook.addWorksheet(table.name);
    sheet.addRow(table.columns.map((column) => column.header));
    for (const values of table.rows) sheet.addRow(values);
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

/** One run in this process: prints {ms, bytes, peakMb} as JSON. */
async function runOnce(variant: Variant): Promise<void> {
  const { model, updates } = largeModel();
  const png = chartPng();
  const start = process.hrtime.bigint();
  const bytes =
    variant === 'workbook'
      ? (await committeeWorkbook(model, { updates, ragChart: png, author: 'Benchmark' })).length
      : variant === 'baseline'
        ? await baseline(model, updates)
        : await inMemory(model, updates);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, bytes, peakMb }));
}

interface Sample {
  ms: number;
  bytes: number;
  peakMb: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchWorkbook(): Promise<string> {
  const samples: Record<Variant, Sample[]> = { baseline: [], workbook: [], 'in-memory': [] };
  // Interleaved, so that drift on the machine falls on every variant alike; the first round warms the disk cache.
  for (let round = 0; round <= RUNS; round++) {
    for (const variant of VARIANTS) {
      const output = execFileSync(process.execPath, [__filename, variant], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (round > 0) samples[variant].push(JSON.parse(output) as Sample);
    }
  }
  const summary = (variant: Variant) => ({
    ms: median(samples[variant].map((sample) => sample.ms)),
    peakMb: Math.max(...samples[variant].map((sample) => sample.peakMb)),
    kb: samples[variant][0].bytes / 1024,
  });
  const base = summary('baseline');
  const styled = summary('workbook');
  const memory = summary('in-memory');
  const ratio = styled.ms / base.ms;
  const row = (name: string, figures: ReturnType<typeof summary>) =>
    `| ${name} | ${figures.ms.toFixed(0)} ms | ${(figures.ms / base.ms).toFixed(2)}× | ${figures.peakMb.toFixed(0)} MB | ${figures.kb.toFixed(0)} KB |`;
  const markdown = [
    '## Committee workbook (`npm run bench workbook`)',
    '',
    `${ACTIONS.toLocaleString('en-GB')} actions, ${INDICATORS} indicators × ${PERIODS} periods and ${(ACTIONS * UPDATES_PER_ACTION).toLocaleString('en-GB')} updates, written from the report model. Each figure is the median of ${RUNS} runs, each run a process of its own; peak is the largest resident set of any run (the model itself included). Machine: ${machine()}.`,
    '',
    '| Writer | Time | vs baseline | Peak memory | File |',
    '| --- | --- | --- | --- | --- |',
    row('Baseline: exceljs streaming writer, same values, no styling', base),
    row('Committee workbook (streamed, styled, row heights, print sheet, chart, rules, validation)', styled),
    row('For scale: exceljs in-memory writer, same values, no styling', memory),
    '',
    `Goal: within 1.5× the baseline's time — ${ratio <= 1.5 ? 'met' : 'not met'} (${ratio.toFixed(2)}×); under 300 MB peak — ${styled.peakMb < 300 ? 'met' : 'not met'} (${styled.peakMb.toFixed(0)} MB).`,
  ].join('\n');
  writeSection('workbook', markdown);
  return markdown;
}

if (require.main === module && VARIANTS.includes(process.argv[2] as Variant)) {
  runOnce(process.argv[2] as Variant).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
