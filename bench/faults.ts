/**
 * bench/faults: what happens when something under the app fails while it works. Each check breaks
 * one thing and says whether the app kept its promises: it answered, it recovered, and nothing it
 * acknowledged was lost or half-stored. The server checks run on a PostgreSQL server the benchmark
 * starts for itself, never the machine's shared one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { londonToday, reportingPeriodOf } from '../src/domain/periods';
import { type BenchDatabase, benchDatabase } from './dashboard-data';
import { HOSTILE_INPUT_CHECK } from './faults-input';
import { type PostgresInstance, startPostgres } from './postgres-instance';
import { machine, writeSection } from './report';
import { type RunningServer, serve } from './servers';

export interface FaultOutcome {
  passed: boolean;
  /** What was done and seen, in a sentence or two, with figures. */
  details: string;
}

export interface FaultCheck {
  name: string;
  run(): Promise<FaultOutcome>;
}

/**
 * Checks on hostile input (zip bombs, fuzzed bodies, the app's memory meanwhile), kept in
 * bench/faults-input.ts beside the input handling they test; they are added to this list.
 */
export const INPUT_FAULT_CHECKS: FaultCheck[] = [HOSTILE_INPUT_CHECK];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const period = () => reportingPeriodOf(londonToday(), 'quarterly').label;

/** One PostgreSQL server and benchmark database for the server checks, made on first use. */
let serverFixture: Promise<{ postgres: PostgresInstance; database: BenchDatabase }> | null = null;
function server() {
  serverFixture ??= (async () => {
    const postgres = await startPostgres();
    return { postgres, database: await benchDatabase(1, console.log, postgres.url) };
  })();
  return serverFixture;
}

async function startServerApp(database: BenchDatabase): Promise<RunningServer> {
  return serve(
    'src/cli.js',
    ['serve'],
    {
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.url,
      SESSION_SECRET: 'b'.repeat(48),
      EXAMPLE_DATA: 'none',
      LOG_LEVEL: 'silent',
    },
    '/health',
  );
}

async function query<T>(url: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The processes below `pid`, children first found first. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

interface Writers {
  acknowledged: { id: string; actionId: string; at: number }[];
  statuses: Map<number, number>;
  /** The longest any post waited for its answer. */
  slowestMs: number;
  stop(): Promise<void>;
}

/** `count` loops each posting progress one after another until stopped, keeping what was acknowledged. */
function startWriters(base: string, token: string, actionIds: string[], count: number): Writers {
  const acknowledged: Writers['acknowledged'] = [];
  const statuses = new Map<number, number>();
  let running = true;
  let sent = 0;
  const writers = { acknowledged, statuses, slowestMs: 0 } as Writers;
  const loop = async (writer: number) => {
    while (running) {
      const started = Date.now();
      const actionId = actionIds[(writer + sent) % actionIds.length];
      sent++;
      const response = await fetch(`${base}/api/v1/actions/${actionId}/updates`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          period: period(),
          narrative: `Fault check: post ${sent}.`,
          percentComplete: sent % 101,
        }),
        signal: AbortSignal.timeout(30_000),
      }).catch(() => null);
      const status = response?.status ?? 0;
      writers.slowestMs = Math.max(writers.slowestMs, Date.now() - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 201) {
        acknowledged.push({ id: ((await response?.json()) as { id: string }).id, actionId, at: Date.now() });
      } else {
        await response?.arrayBuffer().catch(() => undefined);
        await sleep(50);
      }
    }
  };
  const loops = Array.from({ length: count }, (_, writer) => loop(writer));
  writers.stop = async () => {
    running = false;
    await Promise.all(loops);
  };
  return writers;
}

const statusList = (statuses: Map<number, number>) =>
  [...statuses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([status, count]) => `${count} × ${status === 0 ? 'no answer' : status}`)
    .join(', ');

async function planAndActions(url: string) {
  const rows = await query<{ plan_id: string; action_ids: string[] }>(
    url,
    `SELECT p.id AS plan_id, array_agg(a.id ORDER BY a.reference) AS action_ids
       FROM improvement_plan p JOIN action a ON a.plan_id = p.id
      WHERE p.reference = 'PLAN-1' AND a.status <> 'complete' GROUP BY p.id`,
  );
  return { planId: rows[0].plan_id, actionIds: rows[0].action_ids };
}

const chromiumKilledMidPrint: FaultCheck = {
  name: 'Chromium killed while printing',
  async run() {
    const { database } = await server();
    const { planId } = await planAndActions(database.url);
    const app = await startServerApp(database);
    try {
      const print = () =>
        fetch(`${app.base}/api/v1/plans/${planId}/papers`, {
          method: 'POST',
          headers: { authorization: `Bearer ${database.tokens[0]}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            committee: 'Executive Board',
            meetingDate: '2026-04-16',
            reportingOfficer: "Director of Children's Services",
            subject: 'Improvement plan: progress',
            asOf: '2026-03-31',
          }),
        });
      const first = await print();
      if (first.status !== 201) return { passed: false, details: `The first paper answered ${first.status}.` };
      const started = Date.now();
      const warm = await print();
      const warmMs = Date.now() - started;
      if (warm.status !== 201) return { passed: false, details: `The second paper answered ${warm.status}.` };
      const count = async () =>
        (
          await query<{ papers: number; snapshots: number; meetings: number }>(
            database.url,
            `SELECT (SELECT count(*) FROM board_paper)::int AS papers, (SELECT count(*) FROM rag_snapshot)::int AS snapshots,
                    (SELECT count(*) FROM committee_meeting)::int AS meetings`,
          )
        )[0];
      const before = await count();
      // Four papers at once (the printer's limit), then Chromium and every process it started are killed.
      const inFlight = Array.from({ length: 4 }, () => print().then((response) => response.status));
      await sleep(Math.round(warmMs * 0.6));
      const killed = descendants(app.child.pid as number);
      for (const pid of killed) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      const statuses = await Promise.all(inFlight);
      const afterKill = await count();
      const next = await print();
      const after = await count();
      const printed = statuses.filter((status) => status === 201).length;
      const refused = statuses.filter((status) => status === 503).length;
      const incomplete = await query<{ id: string }>(
        database.url,
        `SELECT id FROM board_paper
          WHERE substring(pdf FROM 1 FOR 5) <> '%PDF-'::bytea OR position('%%EOF'::bytea IN pdf) = 0
             OR encode(sha256(pdf), 'hex') <> pdf_sha256`,
      );
      const passed =
        killed.length > 0 &&
        refused > 0 &&
        printed + refused === statuses.length &&
        afterKill.papers - before.papers === printed &&
        afterKill.snapshots - before.snapshots === printed &&
        next.status === 201 &&
        after.papers === afterKill.papers + 1 &&
        incomplete.length === 0;
      return {
        passed,
        details: `A warm paper took ${warmMs} ms. Four papers were sent at once and ${killed.length} Chromium processes were killed ${Math.round(warmMs * 0.6)} ms later: ${printed} printed (201), ${refused} refused with 503, ${statuses.length - printed - refused} otherwise. Papers stored: +${afterKill.papers - before.papers}, snapshots +${afterKill.snapshots - before.snapshots}. The next paper answered ${next.status} (a new Chromium). Stored papers that are not a whole PDF or do not match their hash: ${incomplete.length}.`,
      };
    } finally {
      await app.stop();
    }
  },
};

const postgresRestartedDuringWrites: FaultCheck = {
  name: 'PostgreSQL restarted during writes',
  async run() {
    const { postgres, database } = await server();
    const { actionIds } = await planAndActions(database.url);
    const app = await startServerApp(database);
    try {
      const health: { at: number; status: number }[] = [];
      let watching = true;
      const watch = (async () => {
        while (watching) {
          const status = await fetch(`${app.base}/health`, { signal: AbortSignal.timeout(15_000) }).then(
            (response) => response.status,
            () => 0,
          );
          health.push({ at: Date.now(), status });
          await sleep(100);
        }
      })();
      const writers = startWriters(app.base, database.tokens[0], actionIds.slice(0, 20), 10);
      await sleep(3000);
      const down = Date.now();
      await postgres.restart('immediate', 2000);
      const up = Date.now();
      let recoveredAt: number | null = null;
      while (Date.now() - up < 30_000) {
        const last = health.at(-1);
        if (last && last.at > up && last.status === 200) {
          recoveredAt = last.at;
          break;
        }
        await sleep(100);
      }
      await sleep(3000);
      await writers.stop();
      watching = false;
      await watch;
      const duringOutage = health.filter((probe) => probe.at > down && probe.at < up);
      const stored = await query<{ count: number }>(
        database.url,
        'SELECT count(*)::int AS count FROM progress_update WHERE id = ANY($1::uuid[])',
        [writers.acknowledged.map((post) => post.id)],
      );
      const afterRestart = writers.acknowledged.filter((post) => post.at > (recoveredAt ?? Infinity)).length;
      const serverErrors = [...writers.statuses.entries()]
        .filter(([status]) => status >= 500 && status !== 503)
        .reduce((sum, [, n]) => sum + n, 0);
      const passed =
        duringOutage.length > 0 &&
        duringOutage.every((probe) => probe.status === 503) &&
        serverErrors === 0 &&
        recoveredAt !== null &&
        afterRestart > 0 &&
        stored[0].count === writers.acknowledged.length;
      return {
        passed,
        details: `Ten writers posted progress; PostgreSQL was stopped as if it crashed (\`pg_ctl stop -m immediate\`), kept down 2 s and started again (down ${up - down} ms in all, with crash recovery). /health during the outage: ${statusList(new Map(duringOutage.reduce((m, p) => m.set(p.status, (m.get(p.status) ?? 0) + 1), new Map<number, number>())))}; 200 again ${recoveredAt === null ? 'never (within 30 s)' : `${recoveredAt - up} ms after the server was back`}. Posts: ${statusList(writers.statuses)} (${serverErrors} 5xx other than 503), the slowest answered in ${writers.slowestMs} ms; ${afterRestart} acknowledged after recovery. Acknowledged posts stored: ${stored[0].count} of ${writers.acknowledged.length}.`,
      };
    } finally {
      await app.stop();
    }
  },
};

const embeddedKilledDuringWrites: FaultCheck = {
  name: 'Embedded app killed with SIGKILL during writes',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'tracker-faults-embedded-'));
    const env = { DATA_DIR: dataDir, EXAMPLE_DATA: 'halton', LOG_LEVEL: 'silent' };
    let app = await serve('src/cli.js', ['serve'], env, '/health');
    try {
      const tokenResponse = await fetch(`${app.base}/api/v1/auth/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'clerk@halton.example',
          password: 'halton-example-2008',
          name: 'Fault check',
          expiresInDays: 7,
        }),
      });
      const { token } = (await tokenResponse.json()) as { token: string };
      const get = async (path: string) =>
        (await fetch(`${app.base}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
      const [plan] = (await get('/api/v1/plans')) as { id: string }[];
      const actions = ((await get(`/api/v1/plans/${plan.id}`)) as { actions: { id: string; status: string }[] }).actions
        .filter((action) => action.status !== 'complete' && action.status !== 'cancelled')
        .map((action) => action.id);
      const writers = startWriters(app.base, token, actions, 4);
      await sleep(4000);
      app.child.kill('SIGKILL');
      await writers.stop();
      app = await serve('src/cli.js', ['serve'], env, '/health');
      const found = new Set<string>();
      for (const actionId of new Set(writers.acknowledged.map((post) => post.actionId))) {
        for (const update of (await get(`/api/v1/actions/${actionId}/updates`)) as { id: string }[])
          found.add(update.id);
      }
      const lost = writers.acknowledged.filter((post) => !found.has(post.id)).length;
      return {
        passed: writers.acknowledged.length > 0 && lost === 0,
        details: `Four writers posted progress to the embedded app (Halton example) for 4 s, then the app was killed with SIGKILL. Posts: ${statusList(writers.statuses)}. It started again on the same folder; acknowledged posts found: ${writers.acknowledged.length - lost} of ${writers.acknowledged.length}.`,
      };
    } finally {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

export const DATABASE_FAULT_CHECKS: FaultCheck[] = [
  chromiumKilledMidPrint,
  postgresRestartedDuringWrites,
  embeddedKilledDuringWrites,
];

export async function benchFaults(): Promise<string> {
  const rows: string[] = [];
  let passed = 0;
  const checks = [...DATABASE_FAULT_CHECKS, ...INPUT_FAULT_CHECKS];
  try {
    for (const check of checks) {
      console.log(`  ${check.name}…`);
      const outcome = await check.run().catch((error: unknown): FaultOutcome => ({
        passed: false,
        details: `The check itself failed: ${error instanceof Error ? error.message : String(error)}`,
      }));
      if (outcome.passed) passed++;
      rows.push(`| ${check.name} | ${outcome.passed ? 'passed' : '**failed**'} | ${outcome.details} |`);
    }
  } finally {
    const fixture = serverFixture;
    serverFixture = null;
    await (await fixture?.catch(() => null))?.postgres.stop();
  }
  const section = [
    '## Faults (`bench/faults`)',
    '',
    `Run ${new Date().toISOString().slice(0, 10)} on ${machine()}. The server checks use a PostgreSQL server the benchmark starts for itself, with one authority's data (a plan of 200 actions); the app runs as a role that owns nothing, in a process of its own. ${passed} of ${checks.length} checks passed.`,
    '',
    '| fault | result | what happened |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
  writeSection('faults', section);
  return section;
}
