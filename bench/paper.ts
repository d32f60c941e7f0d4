/**
 * bench/paper: printing a board paper for a 200-action, 40-indicator plan, warm and eight at once,
 * against a baseline measured in the same run: the same final HTML printed by bare Puppeteer
 * (setContent and pdf with the same options), the floor for printing through Chromium. Then the
 * Word version against the PDF, each from the same report model.
 *
 * Goals: warm, within 1.2 times the baseline; eight papers at once with throughput no lower than
 * one after another; the Word version made in no longer than the PDF.
 */
import { loadavg } from 'node:os';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import puppeteer from 'puppeteer-core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuthModule } from '../src/auth/auth.module';
import { runWithContext } from '../src/common/request-context';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { DatabaseModule } from '../src/database/database.module';
import { ImprovementPlanEntity } from '../src/plans/improvement-plan.entity';
import { StatusService } from '../src/rag/status.service';
import { boardPaperDocx } from '../src/reports/docx/board-paper-docx';
import { headerFooter, paperHtml } from '../src/reports/paper-html';
import { PapersService } from '../src/reports/papers.service';
import { CHROMIUM_ARGS, PdfRenderer, pdfOptions } from '../src/reports/pdf/pdf-renderer';
import { ReportBuilder } from '../src/reports/report-builder';
import { blankPaperInputs } from '../src/reports/report-model';
import { ReportsModule } from '../src/reports/reports.module';
import { benchDatabase } from './dashboard-data';
import { machine, writeSection } from './report';

const AS_OF = '2026-03-31';
const RUNS = 5;
const CONCURRENT = 8;

@Module({})
class PaperBenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PaperBenchModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuthModule, ReportsModule],
    };
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Forty indicators on the first plan of the one-authority benchmark database, each with 12 quarters of values. */
async function fortyIndicators(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO indicator (authority_id, code, title, unit, polarity, frequency, source)
     SELECT a.id, 'L' || i, 'Local measure ' || i, 'percentage',
            CASE WHEN i % 2 = 0 THEN 'higher_is_better' ELSE 'lower_is_better' END, 'quarterly', 'Benchmark'
       FROM authority a, generate_series(21, 40) i
     ON CONFLICT DO NOTHING`,
  );
  await client.query(
    `INSERT INTO measurement (authority_id, indicator_id, period, period_end, value)
     SELECT i.authority_id, i.id,
            (2023 + q / 4) || '-' || lpad(((24 + q / 4) % 100)::text, 2, '0') || ' Q' || (1 + q % 4),
            (DATE '2023-07-01' + make_interval(months => 3 * q) - interval '1 day')::date, 50 + (q * 7 + length(i.code)) % 15
       FROM indicator i, generate_series(0, 11) q
      WHERE i.authority_id IS NOT NULL AND substring(i.code FROM 2)::int > 20
     ON CONFLICT DO NOTHING`,
  );
  await client.query(
    `INSERT INTO action_indicator (authority_id, action_id, indicator_id, baseline_value, target_value, tolerance_kind, tolerance_value)
     SELECT a.authority_id, a.id, i.id, 50, 60, 'percentage', 5
       FROM action a JOIN improvement_plan p ON p.id = a.plan_id AND p.reference = 'PLAN-1'
       JOIN indicator i ON i.authority_id = a.authority_id
        AND i.code = 'L' || (21 + (substring(a.reference FROM 2)::int / 10) % 20)
      WHERE substring(a.reference FROM 2)::int % 10 = 5
     ON CONFLICT DO NOTHING`,
  );
  const { rows } = await client.query(
    `SELECT count(DISTINCT l.indicator_id)::int AS count FROM action_indicator l
       JOIN action a ON a.id = l.action_id JOIN improvement_plan p ON p.id = a.plan_id AND p.reference = 'PLAN-1'`,
  );
  await client.end();
  if (rows[0].count !== 40) throw new Error(`The benchmark plan has ${rows[0].count} indicators, not 40.`);
}

export async function benchPaper(): Promise<string> {
  const database = await benchDatabase(1);
  await fortyIndicators(database.url);
  const config = loadConfig({
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.url,
    SESSION_SECRET: 'b'.repeat(48),
    EXAMPLE_DATA: 'none',
    LOG_LEVEL: 'silent',
  });
  const context = await NestFactory.createApplicationContext(PaperBenchModule.forRoot(config), { logger: false });
  const plan = await context
    .get(DataSource)
    .getRepository(ImprovementPlanEntity)
    .findOneByOrFail({ reference: 'PLAN-1' });
  const caller = { authorityId: plan.authorityId, userId: null };
  const request = {
    committee: 'Executive Board',
    meetingDate: '2026-04-16',
    reportingOfficer: "Director of Children's Services",
    subject: 'Improvement plan: progress',
    asOf: AS_OF,
  };
  const papers = context.get(PapersService);
  const printPaper = () =>
    runWithContext({ requestId: null, caller: null, systemActor: 'system: bench' }, () =>
      papers.create(caller, plan.id, request),
    );

  // The baseline's input: the final HTML of the same paper.
  const status = context.get(StatusService);
  const { status: planStatus, thresholds } = await status.planStatus(caller, plan.id, AS_OF);
  const inputs = { ...blankPaperInputs(request.subject, request.meetingDate), ...request };
  const model = await context
    .get(ReportBuilder)
    .build(context.get(DataSource).manager, plan.authorityId, plan, inputs, AS_OF, planStatus, thresholds);
  const html = paperHtml(model);
  const { header, footer } = headerFooter(model);
  const browser = await puppeteer.launch({
    executablePath: config.puppeteerExecutablePath ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const bare = async () => {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf(pdfOptions({ headerTemplate: header, footerTemplate: footer }));
    await page.close();
  };

  try {
    for (let i = 0; i < 2; i++) {
      await bare();
      await printPaper();
    }
    const baseline: number[] = [];
    const app: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      baseline.push(await timed(bare));
      app.push(await timed(printPaper));
    }
    const concurrentMs = await timed(() => Promise.all(Array.from({ length: CONCURRENT }, printPaper)));

    // The two forms of the paper from the one model: the PDF through the app's printer, and Word.
    const printer = context.get(PdfRenderer);
    let pdfBytes = 0;
    let docxBytes = 0;
    const pdfFromModel = async () => {
      pdfBytes = (await printer.print(paperHtml(model), { headerTemplate: header, footerTemplate: footer })).length;
    };
    const docxFromModel = async () => {
      docxBytes = (await boardPaperDocx(model, new Date())).length;
    };
    for (let i = 0; i < 2; i++) {
      await pdfFromModel();
      await docxFromModel();
    }
    const pdfMs: number[] = [];
    const docxMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      pdfMs.push(await timed(pdfFromModel));
      docxMs.push(await timed(docxFromModel));
    }
    const wordRatio = median(docxMs) / median(pdfMs);

    const warmRatio = median(app) / median(baseline);
    const sequentialRate = 1000 / median(app);
    const concurrentRate = (CONCURRENT * 1000) / concurrentMs;
    const section = [
      '## Board paper (`bench/paper`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL and Chromium on the same machine, with a load average of ${loadavg()[0].toFixed(1)} from other work when the runs ended. One plan of 200 actions with 40 indicators (each with 12 quarters of values, so 42 charts), as at ${AS_OF}, house style \`executive-board\`. *Paper*: the whole of \`POST /api/v1/plans/:id/papers\` without HTTP — reading the plan, the report model, charts, HTML, printing the PDF, making the Word version, and storing both with the snapshot. *Baseline*: the same final HTML printed by bare Puppeteer in the same browser set-up (setContent and pdf only). Medians of ${RUNS} warm runs.`,
      '',
      '| measure | baseline | paper | paper ÷ baseline |',
      '|---|---|---|---|',
      `| one paper, warm | ${median(baseline).toFixed(0)} ms | ${median(app).toFixed(0)} ms | ${warmRatio.toFixed(2)}× |`,
      `| ${CONCURRENT} papers at once | – | ${concurrentMs.toFixed(0)} ms in all: ${concurrentRate.toFixed(2)} papers/s against ${sequentialRate.toFixed(2)} one after another | – |`,
      '',
      `- Warm: ${warmRatio.toFixed(2)}× the baseline (goal ≤ 1.2×) — ${warmRatio <= 1.2 ? 'met' : 'not met'}. The baseline prints the PDF only; the paper also makes its Word version, which takes the time in the table below.`,
      `- ${CONCURRENT} at once: ${concurrentRate.toFixed(2)} papers/s against ${sequentialRate.toFixed(2)} sequential (goal: no lower) — ${concurrentRate >= sequentialRate ? 'met' : 'not met'}.`,
      '',
      `The two forms from the one report model (built once, not timed), medians of ${RUNS} warm runs. *PDF*: the HTML from the house style's templates, printed by the app's Chromium printer. *Word*: the .docx written with \`docx\`, charts placed from the model's PNGs.`,
      '',
      '| form | time | size | ÷ PDF |',
      '|---|---|---|---|',
      `| PDF (HTML and Chromium) | ${median(pdfMs).toFixed(0)} ms | ${(pdfBytes / 1024).toFixed(0)} KB | 1.00× |`,
      `| Word (.docx) | ${median(docxMs).toFixed(0)} ms | ${(docxBytes / 1024).toFixed(0)} KB | ${wordRatio.toFixed(2)}× |`,
      '',
      `- Word: ${wordRatio.toFixed(2)}× the PDF's time (goal ≤ 1.0×) — ${wordRatio <= 1 ? 'met' : 'not met'}.`,
    ].join('\n');
    writeSection('paper', section);
    return section;
  } finally {
    await browser.close();
    await context.close();
  }
}
