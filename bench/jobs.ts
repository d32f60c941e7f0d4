/**
 * bench/jobs: the job queue's own cost, on both engines. A job that does nothing, from enqueue to
 * done as its status shows it, on pg-boss (the server) and on the in-process runner (embedded
 * PGlite), and pg-boss on PGlite through the app's one connection for comparison; the baseline is
 * the three statements any job needs (add it, take it, mark it done) run directly on the same
 * connection. Then eight board papers queued against the same eight printed at once directly.
 *
 * Goals: a no-op job's round trip under 50 ms (median) on both engines; eight queued papers no
 * slower than eight printed at once directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AuthModule } from '../src/auth/auth.module';
import { runWithContext } from '../src/common/request-context';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { Database } from '../src/database/data-source';
import { DatabaseModule } from '../src/database/database.module';
import { asRole, createScratchDatabase, ensureLoginRole } from '../src/database/scratch-database';
import { ExampleModule } from '../src/example/example.module';
import { ExampleService } from '../src/example/example.service';
import { InProcessJobQueue } from '../src/jobs/in-process-job-queue';
import { JOB_QUEUE, type JobQueue } from '../src/jobs/job-queue';
import { PgBossJobQueue } from '../src/jobs/pg-boss-job-queue';
import { ImprovementPlanEntity } from '../src/plans/improvement-plan.entity';
import { PaperJobs } from '../src/reports/paper-jobs';
import { PapersService } from '../src/reports/papers.service';
import { ReportsModule } from '../src/reports/reports.module';
import { serverUrl } from './dashboard-data';
import { machine, writeSection } from './report';

const ROUND_TRIPS = 40;
const PAPERS = 8;
const BENCH_ROLE = { name: 'tracker_bench_app', password: 'tracker-bench-app' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Enqueue → done as `status` shows it, asked every millisecond. */
async function roundTrips(queue: JobQueue): Promise<number[]> {
  await queue.work('bench.noop', async () => null);
  const samples: number[] = [];
  for (let i = 0; i < ROUND_TRIPS + 3; i++) {
    const took = await timed(async () => {
      const id = await queue.enqueue('bench.noop', {});
      const since = Date.now();
      for (;;) {
        const job = await queue.status(id);
        if (job?.state === 'done') break;
        // A job that failed or was never taken would otherwise keep this loop asking for ever.
        if (job?.state === 'failed') throw new Error(`A no-op ${queue.kind} job failed: ${job.reason}`);
        if (Date.now() - since > 30_000) {
          throw new Error(`A no-op ${queue.kind} job was still ${job?.state ?? 'missing'} after 30 s.`);
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    });
    if (i >= 3) samples.push(took);
  }
  return samples;
}

/** The floor: the three statements a job needs, run one after another on the same database. */
async function baseline(db: { query(sql: string, parameters?: unknown[]): Promise<unknown> }): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUND_TRIPS + 3; i++) {
    const took = await timed(async () => {
      const rows = (await db.query(
        `INSERT INTO job (name, data, retry_limit, retry_delay_seconds, retry_backoff, expire_in_seconds)
         VALUES ('bench.baseline', '{}', 0, 0, false, 60) RETURNING id`,
      )) as { id: string }[];
      await db.query(`UPDATE job SET state = 'running', attempts = 1 WHERE id = $1`, [rows[0].id]);
      await db.query(`UPDATE job SET state = 'done' WHERE id = $1`, [rows[0].id]);
    });
    if (i >= 3) samples.push(took);
  }
  return samples;
}

interface Row {
  engine: string;
  queue: string;
  baseline: number[] | null;
  samples: number[];
}

async function onServer(rows: Row[], log: (line: string) => void): Promise<void> {
  const server = serverUrl();
  await ensureLoginRole(server, BENCH_ROLE.name, BENCH_ROLE.password);
  const scratch = await createScratchDatabase(server, 'tracker_bench_jobs');
  const settings = {
    databaseUrl: asRole(scratch.url, BENCH_ROLE.name, BENCH_ROLE.password),
    databaseOwnerUrl: scratch.url,
    dataDir: null,
    migrationsRun: true,
  };
  const database = await Database.open(settings);
  const queue = new PgBossJobQueue({ connectionString: settings.databaseUrl });
  try {
    await queue.start();
    log('jobs: the baseline on the server');
    const floor = await baseline(database.dataSource);
    log('jobs: pg-boss round trips');
    rows.push({ engine: 'PostgreSQL server', queue: 'pg-boss', baseline: floor, samples: await roundTrips(queue) });
  } finally {
    await queue.stop();
    await database.close();
    await scratch.drop();
  }
}

async function onPglite(rows: Row[], log: (line: string) => void): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tracker-bench-jobs-'));
  const database = await Database.open({ databaseUrl: null, databaseOwnerUrl: null, dataDir, migrationsRun: true });
  try {
    const floor = await baseline(database.dataSource);
    const runner = new InProcessJobQueue(database.dataSource);
    await runner.start();
    log('jobs: in-process round trips');
    rows.push({ engine: 'embedded PGlite', queue: 'in process', baseline: floor, samples: await roundTrips(runner) });
    await runner.stop();
    // pg-boss cannot open connections of its own here (the socket takes one, which the app holds): it shares the app's.
    const pool = (database.dataSource.driver as unknown as { master: Pool }).master;
    const shared = new PgBossJobQueue({
      db: { executeSql: (text, values) => pool.query(text, values) },
      pollingIntervalSeconds: 2,
    });
    await shared.start();
    log('jobs: pg-boss on PGlite round trips');
    rows.push({
      engine: 'embedded PGlite',
      queue: 'pg-boss, through the app’s connection',
      baseline: null,
      samples: await roundTrips(shared),
    });
    await shared.stop();
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

@Module({})
class JobsBenchModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: JobsBenchModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuthModule, ReportsModule, ExampleModule],
    };
  }
}

/** Eight Halton papers queued (two printed at a time by the instance's worker) against eight printed at once directly. */
async function papers(
  log: (line: string) => void,
): Promise<{ queued: number; direct: number; worker: string; printing: number[] }> {
  const server = serverUrl();
  await ensureLoginRole(server, BENCH_ROLE.name, BENCH_ROLE.password);
  const scratch = await createScratchDatabase(server, 'tracker_bench_job_papers');
  const config = loadConfig({
    DATABASE_URL: asRole(scratch.url, BENCH_ROLE.name, BENCH_ROLE.password),
    DATABASE_OWNER_URL: scratch.url,
    SESSION_SECRET: 'b'.repeat(48),
    EXAMPLE_DATA: 'none',
    LOG_LEVEL: 'silent',
  });
  // Without abortOnError: false, Nest ends the process with code 1 and, with its logger off, says nothing of why.
  const context = await NestFactory.createApplicationContext(JobsBenchModule.forRoot(config), {
    logger: false,
    abortOnError: false,
  });
  try {
    await context.get(ExampleService).load('halton');
    const plan = await context
      .get(DataSource)
      .getRepository(ImprovementPlanEntity)
      .findOneByOrFail({ reference: 'HALTON-JAR-2008' });
    const caller = { authorityId: plan.authorityId, userId: null, systemActor: 'system: bench' } as const;
    const request = (n: number) => ({
      committee: 'Executive Board',
      meetingDate: '2009-10-29',
      reportingOfficer: "Director of Children's Services",
      subject: `Improvement plan: progress ${n}`,
      asOf: '2009-10-20',
    });
    const direct = () =>
      runWithContext({ requestId: null, caller: null, systemActor: 'system: bench' }, () =>
        Promise.all(
          Array.from({ length: PAPERS }, (_, n) => context.get(PapersService).create(caller, plan.id, request(n))),
        ),
      );
    const jobs = context.get(PaperJobs);
    const queue = context.get<JobQueue>(JOB_QUEUE);
    /** How long each queued paper took to print, from its start to its end as the queue records them. */
    const printing: number[] = [];
    const queued = async () => {
      const ids = await Promise.all(
        Array.from({ length: PAPERS }, (_, n) => jobs.enqueue(caller, plan.id, request(n))),
      );
      for (const id of ids) {
        for (;;) {
          const job = await queue.status(id);
          if (job?.state === 'done') {
            printing.push(job.endedAt && job.startedAt ? job.endedAt.getTime() - job.startedAt.getTime() : NaN);
            break;
          }
          if (job?.state === 'failed') throw new Error(`A queued paper failed: ${job.reason}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };
    log('jobs: warming the printer');
    await direct();
    log('jobs: 8 papers at once, directly');
    const directMs = await timed(direct);
    log('jobs: 8 papers queued');
    const queuedMs = await timed(queued);
    return { queued: queuedMs, direct: directMs, worker: queue.kind, printing };
  } finally {
    await context.close();
    await scratch.drop();
  }
}

export async function benchJobs(log: (line: string) => void = console.log): Promise<string> {
  const rows: Row[] = [];
  await onServer(rows, log);
  await onPglite(rows, log);
  const printed = await papers(log);
  const load = loadavg()[0].toFixed(1);
  const table = rows.map(
    (row) =>
      `| ${row.engine} | ${row.queue} | ${row.baseline ? ms(median(row.baseline)) : '–'} | ${ms(median(row.samples))} (p95 ${ms(p95(row.samples))}) | ${median(row.samples) < 50 ? 'met' : 'not met'} |`,
  );
  const ratio = printed.queued / printed.direct;
  // Two slots: the wall time if the queue cost nothing beyond the printing; the rest is the queue's own.
  const printingTotal = printed.printing.reduce((sum, value) => sum + value, 0);
  const slotsBusy = printingTotal / 2;
  const markdown = `## Job queue (\`npm run bench jobs\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL and Chromium on the same machine, with a load average of ${load} from other work when the runs ended. *Round trip*: a job that does nothing, from \`enqueue\` to \`done\` as \`status\` shows it (asked every millisecond), median of ${ROUND_TRIPS} after 3 to warm up. *Baseline*: the three statements any job needs (add it, take it, mark it done) run one after another on the same database. The pg-boss worker is woken by the instance that queues the job; a job queued by another instance waits for the next poll (every 2 s).

| database | queue | baseline | round trip | goal < 50 ms |
|---|---|---|---|---|
${table.join('\n')}

Board papers for the Halton example plan, as at 2009-10-20, after one warm-up round. *Directly*: ${PAPERS} papers printed at once with \`PapersService.create\` (Chromium prints four pages at a time). *Queued*: the same ${PAPERS} queued as the pages and the API queue them, and printed by this instance's ${printed.worker} worker, two at a time.

| measure | directly, at once | queued | queued ÷ directly |
|---|---|---|---|
| ${PAPERS} papers | ${Math.round(printed.direct)} ms | ${Math.round(printed.queued)} ms | ${ratio.toFixed(2)}× |

- Queued: ${ratio.toFixed(2)}× the time of printing them all at once directly (goal: no slower, ≤ 1.00×) — ${ratio <= 1 ? 'met' : 'not met'}. Each instance prints two queued papers at a time, so that pages stay quick while papers print; more instances print more at once.
- Where the queued time goes: each queued paper took ${Math.round(median(printed.printing))} ms to print (median; ${Math.round(printingTotal)} ms in all), so two slots were busy printing for ${Math.round(slotsBusy)} ms of the ${Math.round(printed.queued)} ms; the other ${Math.round(printed.queued - slotsBusy)} ms is the queue's own (taking each job, recording it done, and this loop's status reads every 20 ms).`;
  writeSection('jobs', markdown);
  return markdown;
}
