/**
 * Generates a dashboard benchmark database on a PostgreSQL server: N authorities, each with 10
 * plans of 200 actions, four milestones an action, 12 quarters of progress updates (April 2023 to
 * March 2026), an indicator on every tenth action and 12 quarters of its values. Due dates run from
 * early 2026 to late 2027 and owners report a mix of colours, so that, as in a real plan, a minority
 * of actions are exceptions. Written with
 * set-based SQL in one transaction, so 150 authorities (300,000 actions, 3.6 million updates) take
 * a minute or two; a database already generated with the same shape is reused.
 *
 *   node dist/bench/dashboard-data.js 150   (DATABASE_URL names the server; default local postgres)
 */
import { Client } from 'pg';
import { Database } from '../src/database/data-source';
import { asRole, ensureLoginRole } from '../src/database/scratch-database';
import { sha256 } from '../src/common/secrets';

export const BENCH_SHAPE = { plans: 10, actions: 200, recommendations: 20, quarters: 12, version: 2 };

export interface BenchDatabase {
  /** As the owner. */
  url: string;
  /** As a role that owns nothing, as the app connects. */
  appUrl: string;
  authorities: number;
  /** Bearer tokens, one per authority (a clerk's), in authority order. */
  tokens: string[];
}

export const BENCH_APP_ROLE = { name: 'tracker_bench_app', password: 'tracker-bench-app' };

export function serverUrl(): string {
  return process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function tokenOf(authority: number): string {
  return `itk_benchmark_${String(authority).padStart(4, '0')}_${'x'.repeat(24)}`;
}

export async function benchDatabase(
  authorities: number,
  log: (line: string) => void = console.log,
  server: string = serverUrl(),
): Promise<BenchDatabase> {
  const name = `tracker_bench_dashboard_${authorities}`;
  const url = withDatabase(server, name);
  const tokens = Array.from({ length: authorities }, (_, i) => tokenOf(i + 1));
  const shape = JSON.stringify({ authorities, ...BENCH_SHAPE });
  await ensureLoginRole(server, BENCH_APP_ROLE.name, BENCH_APP_ROLE.password);
  const appUrl = asRole(url, BENCH_APP_ROLE.name, BENCH_APP_ROLE.password);

  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists) {
      const probe = new Client({ connectionString: url });
      await probe.connect();
      const marker = await probe
        .query(`SELECT shape FROM bench_shape`)
        .then((result) => result.rows[0]?.shape as string | undefined)
        .catch(() => undefined);
      await probe.end();
      if (marker === shape) return { url, appUrl, authorities, tokens };
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }

  const started = Date.now();
  const database = await Database.openAsOwner({ databaseOwnerUrl: url, dataDir: null });
  await database.migrate();
  await database.close();

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(
      `INSERT INTO authority (name, ons_code, region)
       SELECT 'Benchmark Council ' || n, 'E0' || lpad(n::text, 7, '0'), 'North West' FROM generate_series(1, $1) n`,
      [authorities],
    );
    await client.query(
      `CREATE TEMP TABLE numbered AS SELECT id, row_number() OVER (ORDER BY ons_code) AS n FROM authority`,
    );
    await client.query(
      `INSERT INTO partner_organisation (authority_id, name, kind) SELECT id, 'Children''s services', 'council' FROM numbered`,
    );
    await client.query(
      `INSERT INTO app_user (authority_id, email, display_name, role)
       SELECT a.id, 'user' || u || '@council' || a.n || '.example', 'Owner ' || u, CASE WHEN u = 0 THEN 'clerk' ELSE 'owner' END
         FROM numbered a, generate_series(0, 10) u`,
    );
    const clerks = await client.query(
      `SELECT a.n, u.id AS user_id, a.id AS authority_id FROM numbered a JOIN app_user u ON u.authority_id = a.id AND u.role = 'clerk'`,
    );
    for (const row of clerks.rows as { n: string; user_id: string; authority_id: string }[]) {
      const token = tokenOf(Number(row.n));
      await client.query(
        `INSERT INTO access_token (authority_id, user_id, name, token_hash, prefix, expires_at)
         VALUES ($1, $2, 'benchmark', $3, $4, now() + interval '30 days')`,
        [row.authority_id, row.user_id, sha256(token), token.slice(0, 12)],
      );
    }
    await client.query(
      `INSERT INTO inspection (authority_id, kind, title, inspectorate)
       SELECT id, 'ILACS', 'Inspection of children''s social care services', 'Ofsted' FROM numbered`,
    );
    await client.query(
      `INSERT INTO recommendation (authority_id, inspection_id, position, text, kind)
       SELECT i.authority_id, i.id, r, 'Improve the timeliness and quality of practice, area ' || r,
              CASE WHEN r % 3 = 0 THEN 'outcome' ELSE 'process' END
         FROM inspection i, generate_series(1, $1) r`,
      [BENCH_SHAPE.recommendations],
    );
    await client.query(
      `INSERT INTO improvement_plan (authority_id, inspection_id, reference, title, status, start_date, report_received_on, version)
       SELECT i.authority_id, i.id, 'PLAN-' || p, 'Improvement plan ' || p, 'draft', DATE '2023-04-01', DATE '2023-03-01', 1
         FROM inspection i, generate_series(1, $1) p`,
      [BENCH_SHAPE.plans],
    );
    await client.query(
      `INSERT INTO action (authority_id, plan_id, recommendation_id, reference, title, kind, judgement_area_key, ecm_outcome,
                           owner_id, lead_partner_id, start_date, due_date, status, percent_complete, closed_on, version)
       SELECT p.authority_id, p.id, r.id, CASE WHEN k % 3 = 0 THEN 'O' ELSE 'P' END || k,
              'Action ' || k || ' of ' || p.reference, CASE WHEN k % 3 = 0 THEN 'outcome' ELSE 'process' END,
              (ARRAY['help_and_protection', 'children_in_care', 'leadership'])[1 + k % 3],
              (ARRAY['stay_safe', 'be_healthy', 'enjoy_and_achieve', 'positive_contribution', 'economic_well_being'])[1 + k % 5],
              (SELECT u.id FROM app_user u WHERE u.authority_id = p.authority_id AND u.email LIKE 'user' || (1 + k % 10) || '@%'),
              (SELECT o.id FROM partner_organisation o WHERE o.authority_id = p.authority_id),
              DATE '2023-04-01', DATE '2023-04-01' + (1000 + (k * 37) % 700),
              CASE WHEN k % 17 = 0 THEN 'complete' ELSE 'in_progress' END, (k * 13) % 100,
              CASE WHEN k % 17 = 0 THEN DATE '2025-03-31' END, 1
         FROM improvement_plan p
         JOIN recommendation r ON r.inspection_id = p.inspection_id
         CROSS JOIN generate_series(1, $1) k
        WHERE r.position = 1 + (k - 1) % $2`,
      [BENCH_SHAPE.actions, BENCH_SHAPE.recommendations],
    );
    log(`  ${authorities} authorities: actions written (${Math.round((Date.now() - started) / 1000)} s)`);
    await client.query(
      `INSERT INTO milestone (authority_id, action_id, title, due_date, completed_on)
       SELECT a.authority_id, a.id, 'Milestone ' || m, DATE '2023-06-30' + m * 182,
              CASE WHEN m < 3 OR (a.reference || m) LIKE '%1' THEN DATE '2023-06-20' + m * 182 END
         FROM action a, generate_series(0, 3) m`,
    );
    await client.query(
      `INSERT INTO progress_update (authority_id, action_id, author_id, period, narrative, percent_complete, proposed_rag, created_at)
       SELECT a.authority_id, a.id, a.owner_id,
              (2023 + q / 4) || '-' || lpad(((24 + q / 4) % 100)::text, 2, '0') || ' Q' || (1 + q % 4),
              'Quarter ' || (q + 1) || ': work continues with partners; the next milestone is on course.',
              least(100, (q + 1) * 8), (ARRAY['green', 'green', 'green', 'amber', 'red'])[1 + (q + length(a.reference)) % 5],
              TIMESTAMPTZ '2023-07-10 10:00+01' + make_interval(months => 3 * q)
         FROM action a, generate_series(0, $1 - 1) q`,
      [BENCH_SHAPE.quarters],
    );
    log(`  ${authorities} authorities: updates written (${Math.round((Date.now() - started) / 1000)} s)`);
    await client.query(
      `INSERT INTO indicator (authority_id, code, title, unit, polarity, frequency, source)
       SELECT id, 'L' || i, 'Local measure ' || i, 'percentage',
              CASE WHEN i % 2 = 0 THEN 'higher_is_better' ELSE 'lower_is_better' END, 'quarterly', 'Benchmark'
         FROM numbered, generate_series(1, 20) i`,
    );
    await client.query(
      `INSERT INTO action_indicator (authority_id, action_id, indicator_id, baseline_value, target_value, tolerance_kind, tolerance_value)
       SELECT a.authority_id, a.id, i.id, 50, 60, 'percentage', 5
         FROM action a JOIN improvement_plan p ON p.id = a.plan_id
         JOIN indicator i ON i.authority_id = a.authority_id
          AND i.code = 'L' || (1 + ((substring(a.reference FROM 2)::int / 10) + substring(p.reference FROM 6)::int) % 20)
        WHERE substring(a.reference FROM 2)::int % 10 = 0`,
    );
    await client.query(
      `INSERT INTO measurement (authority_id, indicator_id, period, period_end, value)
       SELECT i.authority_id, i.id,
              (2023 + q / 4) || '-' || lpad(((24 + q / 4) % 100)::text, 2, '0') || ' Q' || (1 + q % 4),
              (DATE '2023-07-01' + make_interval(months => 3 * q) - interval '1 day')::date, 50 + (q * 7 + length(i.code)) % 15
         FROM indicator i, generate_series(0, $1 - 1) q WHERE i.authority_id IS NOT NULL`,
      [BENCH_SHAPE.quarters],
    );
    await client.query(`CREATE TABLE bench_shape (shape text NOT NULL)`);
    await client.query(`INSERT INTO bench_shape VALUES ($1)`, [shape]);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  log(`  ${authorities} authorities generated in ${Math.round((Date.now() - started) / 1000)} s`);
  return { url, appUrl, authorities, tokens };
}

if (require.main === module) {
  benchDatabase(Number(process.argv[2] ?? 150)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
