/**
 * bench/load: 100 connections for 60 s on a mix of reads and progress posts, on a PostgreSQL
 * server the benchmark starts itself, against the bare `pg` + `http` baseline answering the same
 * mix with the same SQL, measured in the same run.
 *
 * Each connection repeats: the plan dashboard, an action, an action's history, a progress post.
 * Reads go round all 200 actions of a plan; posts go round 50 of them, so that several land on one
 * action at once. Afterwards every acknowledged post (201) must be in the database, and every
 * action's % complete must be that of the newest update in its history.
 *
 * Goals: no 5xx; every acknowledged write present; throughput and p99 beside the baseline's.
 * To see where the time goes, each kind of request is then run alone, and the app is profiled
 * under the mix. `BENCH_LOAD_S` and `BENCH_BREAKDOWN_S` shorten the runs.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { londonToday, reportingPeriodOf } from '../src/domain/periods';
import { BASELINE_POOL_SIZE } from './baseline-server';
import { benchDatabase } from './dashboard-data';
import { type PostgresInstance, startPostgres } from './postgres-instance';
import { machine, writeSection } from './report';
import { serve } from './servers';

const CONNECTIONS = 100;
const DURATION_S = Number(process.env.BENCH_LOAD_S ?? 60);
const HOT_ACTIONS = 50;
const BREAKDOWN_S = Number(process.env.BENCH_BREAKDOWN_S ?? 10);
const PROFILE_S = 20;
const KINDS = ['dashboard', 'action', 'history', 'post'] as const;
type Kind = (typeof KINDS)[number];

interface Target {
  planId: string;
  authorityId: string;
  actionIds: string[];
  token: string;
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  status5xx: number;
  non2xx: number;
  errors: number;
  byKind: Record<Kind, { count: number; p50: number; p99: number }>;
  acknowledged: { id: string; actionId: string }[];
}

const percentile = (sorted: number[], share: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] : 0;

/** The mix, as one request list that every connection goes round; `paths` says how each server names things. */
async function runMix(
  base: string,
  target: Target,
  paths: Record<Kind, (actionId: string) => string>,
  headers: Record<string, string>,
  duration: number,
): Promise<LoadResult> {
  const period = reportingPeriodOf(londonToday(), 'quarterly').label;
  const timings: Record<Kind, number[]> = { dashboard: [], action: [], history: [], post: [] };
  const acknowledged: { id: string; actionId: string }[] = [];
  let read = 0;
  let posted = 0;
  const step = (kind: Kind, method: 'GET' | 'POST') => ({
    method,
    setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
      const actionId =
        kind === 'post' ? target.actionIds[posted++ % HOT_ACTIONS] : target.actionIds[read++ % target.actionIds.length];
      context.sent = process.hrtime.bigint();
      context.actionId = actionId;
      return {
        ...request,
        path: paths[kind](actionId),
        headers: { ...headers, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        body:
          method === 'POST'
            ? JSON.stringify({
                period,
                narrative: `Load test: post ${posted} on this action's quarter.`,
                percentComplete: posted % 101,
              })
            : undefined,
      };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      timings[kind].push(Number(process.hrtime.bigint() - (context.sent as bigint)) / 1e6);
      if (kind === 'post' && status === 201) {
        acknowledged.push({ id: (JSON.parse(body) as { id: string }).id, actionId: context.actionId as string });
      }
    },
  });
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration,
    timeout: 30,
    requests: [step('dashboard', 'GET'), step('action', 'GET'), step('history', 'GET'), step('post', 'POST')] as never,
  });
  const byKind = Object.fromEntries(
    KINDS.map((kind) => {
      const sorted = [...timings[kind]].sort((a, b) => a - b);
      return [kind, { count: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) }];
    }),
  ) as LoadResult['byKind'];
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    status5xx: (result as unknown as Record<string, number>)['5xx'] ?? 0,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    byKind,
    acknowledged,
  };
}

/** Every acknowledged post is stored, and each action's % complete is its newest update's. */
async function verify(url: string, acknowledged: LoadResult['acknowledged']) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS count FROM progress_update WHERE id = ANY($1::uuid[])`,
      [acknowledged.map((post) => post.id)],
    );
    const actionIds = [...new Set(acknowledged.map((post) => post.actionId))];
    const mismatched = await client.query(
      `SELECT a.id FROM action a
         CROSS JOIN LATERAL (SELECT u.percent_complete FROM progress_update u WHERE u.action_id = a.id
                              ORDER BY u.created_at DESC, u.id DESC LIMIT 1) newest
        WHERE a.id = ANY($1::uuid[]) AND a.percent_complete <> newest.percent_complete`,
      [actionIds],
    );
    return { stored: rows[0].count as number, mismatched: mismatched.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

async function loadTarget(url: string, token: string): Promise<Target> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT p.id AS plan_id, p.authority_id, array_agg(a.id ORDER BY a.reference) AS action_ids
         FROM improvement_plan p JOIN action a ON a.plan_id = p.id
        WHERE p.reference = 'PLAN-1' AND a.status <> 'complete' GROUP BY p.id, p.authority_id`,
    );
    return { planId: rows[0].plan_id, authorityId: rows[0].authority_id, actionIds: rows[0].action_ids, token };
  } finally {
    await client.end();
  }
}

/**
 * Where the profiled app spent its CPU time while under load (samples after `skipMs`, so start-up
 * is left out), grouped by package, by our own folder, or by what V8 names native work.
 */
function profileSummary(dir: string, skipMs: number): string[] {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return ['(no profile written)'];
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map<string, number>();
  let elapsedUs = 0;
  let total = 0;
  profile.samples.forEach((id, index) => {
    elapsedUs += profile.timeDeltas[index];
    if (elapsedUs < skipMs * 1000) return;
    const { url, functionName } = (nodes.get(id) as (typeof profile.nodes)[number]).callFrame;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const ours = /\/dist\/(src\/[^/]+)/.exec(url)?.[1];
    const group =
      pkg ?? ours ?? (url === '' ? `(${functionName || 'native'})` : url.startsWith('node:') ? 'node' : 'other');
    hits.set(group, (hits.get(group) ?? 0) + 1);
    total++;
  });
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([group, count]) => `${group} ${((count / total) * 100).toFixed(0)} %`);
}

/** Each kind of request alone for a short run, to see what each costs the app. */
async function breakdown(
  base: string,
  target: Target,
  auth: Record<string, string>,
  paths: Record<Kind, (actionId: string) => string>,
  label: string,
  kinds: readonly (Kind | 'health' | 'token')[],
): Promise<string[]> {
  const rows: string[] = [];
  for (const kind of kinds) {
    let n = 0;
    const period = reportingPeriodOf(londonToday(), 'quarterly').label;
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: BREAKDOWN_S,
      requests: [
        {
          setupRequest: (request: Record<string, unknown>) => {
            const actionId = target.actionIds[n++ % (kind === 'post' ? HOT_ACTIONS : target.actionIds.length)];
            if (kind === 'health') return { ...request, method: 'GET', path: '/health' };
            if (kind === 'token') return { ...request, method: 'GET', path: '/api/v1/auth/me', headers: auth };
            if (kind !== 'post') return { ...request, method: 'GET', path: paths[kind](actionId), headers: auth };
            return {
              ...request,
              method: 'POST',
              path: paths.post(actionId),
              headers: { ...auth, 'content-type': 'application/json' },
              body: JSON.stringify({ period, narrative: `Load test: post ${n}.`, percentComplete: n % 101 }),
            };
          },
        },
      ] as never,
    });
    const bytes = result.throughput.total / Math.max(1, result.requests.total);
    rows.push(
      `| ${label === '' ? kind : `${kind}, ${label}`} | ${result.requests.average.toFixed(0)} req/s | ${result.latency.p50.toFixed(0)} ms | ${result.latency.p99.toFixed(0)} ms | ${(bytes / 1024).toFixed(1)} KB | ${result.non2xx} |`,
    );
  }
  return rows;
}

export async function benchLoad(): Promise<string> {
  const postgres: PostgresInstance = await startPostgres();
  try {
    const database = await benchDatabase(1, console.log, postgres.url);
    const target = await loadTarget(database.url, database.tokens[0]);
    const appPaths: Record<Kind, (actionId: string) => string> = {
      dashboard: () => `/api/v1/plans/${target.planId}/dashboard`,
      action: (id) => `/api/v1/actions/${id}`,
      history: (id) => `/api/v1/actions/${id}/updates`,
      post: (id) => `/api/v1/actions/${id}/updates`,
    };
    const baselinePaths: Record<Kind, (actionId: string) => string> = {
      dashboard: () => `/plan/${target.planId}`,
      action: (id) => `/action/${id}`,
      history: (id) => `/action/${id}/updates`,
      post: (id) => `/action/${id}/updates`,
    };
    const appEnv = {
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.url,
      SESSION_SECRET: 'b'.repeat(48),
      EXAMPLE_DATA: 'none',
      LOG_LEVEL: 'silent',
    };

    const app = await serve('src/cli.js', ['serve'], appEnv, '/health');
    const auth = { authorization: `Bearer ${target.token}` };
    await runMix(app.base, target, appPaths, auth, 3);
    const appResult = await runMix(app.base, target, appPaths, auth, DURATION_S);
    await app.stop();
    const appCheck = await verify(database.url, appResult.acknowledged);

    const bare = await serve(
      'bench/baseline-server.js',
      [],
      { DATABASE_URL: database.appUrl },
      `/action/${target.actionIds[0]}`,
    );
    const headers = { 'x-authority': target.authorityId };
    await runMix(bare.base, target, baselinePaths, headers, 3);
    const baselineResult = await runMix(bare.base, target, baselinePaths, headers, DURATION_S);
    await bare.stop();
    const baselineCheck = await verify(database.url, baselineResult.acknowledged);

    // Where the time goes: each request alone, the dashboard also with its cache off, and a profile of the mix.
    const parts = await serve('src/cli.js', ['serve'], appEnv, '/health');
    const alone = await breakdown(parts.base, target, auth, appPaths, '', ['health', 'token', ...KINDS]);
    await parts.stop();
    const uncached = await serve('src/cli.js', ['serve'], { ...appEnv, DASHBOARD_CACHE_ENTRIES: '0' }, '/health');
    alone.push(...(await breakdown(uncached.base, target, auth, appPaths, 'cache off', ['dashboard'])));
    await uncached.stop();
    const dir = mkdtempSync(join(tmpdir(), 'tracker-profile-'));
    const launched = Date.now();
    const profiled = await serve('src/cli.js', ['serve'], appEnv, '/health', ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const startupMs = Date.now() - launched;
    await runMix(profiled.base, target, appPaths, auth, PROFILE_S);
    await profiled.stop();
    const profile = profileSummary(dir, startupMs);
    rmSync(dir, { recursive: true, force: true });

    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const row = (label: string, result: LoadResult, check: { stored: number; mismatched: number }) =>
      `| ${label} | ${result.rps.toFixed(0)} req/s | ${ms(result.p50)} | ${ms(result.p99)} | ${result.requests} | ${result.status5xx} | ${result.non2xx} | ${result.errors} | ${check.stored} of ${result.acknowledged.length} | ${check.mismatched} |`;
    const kindRow = (kind: Kind) =>
      `| ${kind} | ${appResult.byKind[kind].count} | ${ms(appResult.byKind[kind].p50)} | ${ms(appResult.byKind[kind].p99)} | ${baselineResult.byKind[kind].count} | ${ms(baselineResult.byKind[kind].p50)} | ${ms(baselineResult.byKind[kind].p99)} |`;
    const met =
      appResult.status5xx === 0 &&
      appResult.acknowledged.length > 0 &&
      appCheck.stored === appResult.acknowledged.length &&
      appCheck.mismatched === 0;
    const section = [
      '## Load (`bench/load`)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, on a PostgreSQL server the benchmark starts for itself on the same machine. ${CONNECTIONS} connections for ${DURATION_S} s (autocannon, after a 3 s warm-up), each going round: the plan dashboard (200 actions), an action, an action's history, and a progress post. Reads go round the plan's actions; posts go round ${HOT_ACTIONS} of them, so several land on one action at once. The app authenticates with a bearer token and runs as a role that owns nothing; the baseline is a bare Node \`http\` server with a \`pg\` pool of the same size (${BASELINE_POOL_SIZE}) running the same SQL (status queries, the action and its history, and the post's transaction with its audit events) with no sign-in, rules or Nest. The app ran first, then the baseline, one after the other in the same run.`,
      '',
      "| server | throughput | p50 | p99 | requests | 5xx | non-2xx | errors | acknowledged posts stored | actions whose % complete is not their newest update's |",
      '|---|---|---|---|---|---|---|---|---|---|',
      row('app', appResult, appCheck),
      row('baseline', baselineResult, baselineCheck),
      '',
      'Latency by request, as the load generator saw it:',
      '',
      '| request | app: count | app: p50 | app: p99 | baseline: count | baseline: p50 | baseline: p99 |',
      '|---|---|---|---|---|---|---|',
      ...KINDS.map(kindRow),
      '',
      `- App: ${(appResult.rps / baselineResult.rps).toFixed(2)}× the baseline's throughput, p99 ${ms(appResult.p99)} against ${ms(baselineResult.p99)}.`,
      `- No 5xx, every acknowledged post stored, every action's % complete its newest update's — ${met ? 'met' : 'not met'}.`,
      '',
      `Each request alone, ${CONNECTIONS} connections for ${BREAKDOWN_S} s against the app (\`token\` is \`GET /api/v1/auth/me\`: signing the request in and nothing more; \`health\` asks the database one small question and signs nothing in):`,
      '',
      '| request | throughput | p50 | p99 | size | non-2xx |',
      '|---|---|---|---|---|---|',
      ...alone,
      '',
      `Where the app spent its CPU time during ${PROFILE_S} s of the mix (a profile taken with \`--cpu-prof\`, start-up left out; native work in brackets): ${profile.join(', ')}.`,
    ].join('\n');
    writeSection('load', section);
    return section;
  } finally {
    await postgres.stop();
  }
}
