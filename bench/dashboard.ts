/**
 * bench/dashboard: the plan dashboard and the authority dashboard under 50 concurrent connections
 * (autocannon), on PostgreSQL, at 1 and at 150 authorities (bench/dashboard-data.ts), against a
 * baseline measured in the same run: a bare Node `http` server with `pg` answering the same SQL
 * (the status repository's five queries) with the rows as JSON, without sign-in, rules or Nest.
 *
 * Goals (issue): throughput at least half the baseline's; p99 under 100 ms; latency at 150
 * authorities no more than 1.5 times that at 1.
 */
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BASELINE_AS_OF, BASELINE_POOL_SIZE } from './baseline-server';
import { benchDatabase } from './dashboard-data';
import { machine, writeSection } from './report';
import { serve } from './servers';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const POOL_SIZE = BASELINE_POOL_SIZE;
const AS_OF = BASELINE_AS_OF;

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  // A short warm-up, then the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

interface Scale {
  authorities: number;
  app: { plan: Result; authority: Result };
  uncached: { plan: Result; authority: Result };
  baseline: { plan: Result; authority: Result };
}

async function measure(authorities: number): Promise<Scale> {
  const database = await benchDatabase(authorities);
  // The authority in the middle: its rows sit among everyone else's.
  const which = Math.ceil(authorities / 2);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query(
    `SELECT a.id AS authority_id, p.id AS plan_id FROM authority a JOIN improvement_plan p ON p.authority_id = a.id
      WHERE a.ons_code = $1 ORDER BY p.reference LIMIT 1`,
    [`E0${String(which).padStart(7, '0')}`],
  );
  await client.end();
  const { authority_id: authorityId, plan_id: planId } = rows[0] as { authority_id: string; plan_id: string };

  const baseline = await serve('bench/baseline-server.js', [], { DATABASE_URL: database.url }, `/plan/${planId}`);
  const baselinePlan = await load(`${baseline.base}/plan/${planId}`, { 'x-authority': authorityId });
  const baselineAuthority = await load(`${baseline.base}/authority/${authorityId}`);
  await baseline.stop();

  const runApp = async (cacheEntries: string) => {
    const app = await serve(
      'src/cli.js',
      ['serve'],
      {
        DATABASE_URL: database.appUrl,
        DATABASE_OWNER_URL: database.url,
        SESSION_SECRET: 'b'.repeat(48),
        EXAMPLE_DATA: 'none',
        LOG_LEVEL: 'silent',
        DASHBOARD_CACHE_ENTRIES: cacheEntries,
      },
      '/health',
    );
    const auth = { authorization: `Bearer ${database.tokens[which - 1]}` };
    const plan = await load(`${app.base}/api/v1/plans/${planId}/dashboard?asOf=${AS_OF}`, auth);
    const authority = await load(`${app.base}/api/v1/dashboard?asOf=${AS_OF}`, auth);
    await app.stop();
    return { plan, authority };
  };
  return {
    authorities,
    app: await runApp('500'),
    uncached: await runApp('0'),
    baseline: { plan: baselinePlan, authority: baselineAuthority },
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function benchDashboard(): Promise<string> {
  const small = await measure(1);
  const large = await measure(150);
  const rows: string[] = [];
  const verdicts: string[] = [];
  for (const endpoint of ['plan', 'authority'] as const) {
    for (const scale of [small, large]) {
      const cell = (result: Result) => `${result.rps.toFixed(0)} req/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}`;
      const app = scale.app[endpoint];
      const uncached = scale.uncached[endpoint];
      const baseline = scale.baseline[endpoint];
      rows.push(
        `| ${endpoint === 'plan' ? 'plan dashboard (200 actions)' : 'authority dashboard (10 plans, 2,000 actions)'} | ${scale.authorities} | ${cell(baseline)} | ${cell(app)} | ${((app.rps / baseline.rps) * 100).toFixed(0)} % | ${cell(uncached)} | ${((uncached.rps / baseline.rps) * 100).toFixed(0)} % | ${app.errors + uncached.errors} |`,
      );
    }
    for (const [label, pick] of [
      ['cached', (scale: Scale) => scale.app[endpoint]],
      ['uncached', (scale: Scale) => scale.uncached[endpoint]],
    ] as const) {
      const growth = pick(large).p50 / Math.max(1, pick(small).p50);
      const share = pick(large).rps / large.baseline[endpoint].rps;
      verdicts.push(
        `- **${endpoint} dashboard, ${label}**: throughput ${(share * 100).toFixed(0)} % of the baseline's (goal ≥ 50 %) — ${share >= 0.5 ? 'met' : 'not met'}; p99 ${ms(pick(large).p99)} at 150 authorities (goal < 100 ms) — ${pick(large).p99 < 100 ? 'met' : 'not met'}; median latency ${growth.toFixed(2)}× at 150 authorities against 1 (goal ≤ 1.5×) — ${growth <= 1.5 ? 'met' : 'not met'}.`,
      );
    }
  }
  const section = [
    '## Dashboard (`bench/dashboard`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL on the same machine. ${CONNECTIONS} concurrent connections for ${DURATION_S} s each (autocannon), after a 2 s warm-up; as of ${AS_OF}. Data: per authority 10 plans × 200 actions, 4 milestones an action, 12 quarters of updates and indicator values (150 authorities: 300,000 actions, 3.6 million updates). Baseline: a bare Node \`http\` server with a \`pg\` pool of the same size (${POOL_SIZE}) answering the same five queries with their rows as JSON — no sign-in, no rules, no Nest. Each server runs in a process of its own; autocannon runs in a third. The app also checks the bearer token on every request. *App*: as deployed, with the dashboard cache (an answer is reused until the authority's data changes, checked against the newest audit event on every request); *cache off*: \`DASHBOARD_CACHE_ENTRIES=0\`, every request computed afresh.`,
    '',
    '| request | authorities | baseline | app | app ÷ baseline | app, cache off | ÷ baseline | errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...verdicts,
  ].join('\n');
  writeSection('dashboard', section);
  return section;
}
