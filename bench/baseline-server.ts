/**
 * The benchmarks' baseline, run as its own process like the app: a bare Node `http` server with a
 * `pg` pool answering the app's own SQL with the rows as JSON. No sign-in, no rules, no framework.
 * PORT and DATABASE_URL come from the environment.
 *
 * - `GET /plan/:id` (header `x-authority`) and `GET /authority/:id`: the status repository's
 *   queries, as the dashboards read them (bench/dashboard);
 * - `GET /action/:id`, `GET /action/:id/updates` and `POST /action/:id/updates`: reading an action
 *   and its history, and posting progress as the app does it, in one transaction with the action
 *   row locked and the audit events written (bench/load).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool, type PoolClient, types } from 'pg';
import type { EntityManager } from 'typeorm';
import { StatusRepository } from '../src/rag/status.repository';

export const BASELINE_POOL_SIZE = 10;
export const BASELINE_AS_OF = '2026-03-31';

async function readAction(pool: Pool, id: string): Promise<unknown> {
  const [action, indicators] = await Promise.all([
    pool.query(
      `SELECT a.*, o.display_name AS owner_name, p.name AS partner_name,
              (SELECT json_agg(m ORDER BY m.due_date) FROM milestone m WHERE m.action_id = a.id) AS milestones
         FROM action a LEFT JOIN app_user o ON o.id = a.owner_id LEFT JOIN partner_organisation p ON p.id = a.lead_partner_id
        WHERE a.id = $1`,
      [id],
    ),
    pool.query(
      `SELECT l.*, i.code, i.title FROM action_indicator l JOIN indicator i ON i.id = l.indicator_id WHERE l.action_id = $1`,
      [id],
    ),
  ]);
  return { ...action.rows[0], indicators: indicators.rows };
}

async function readUpdates(pool: Pool, id: string): Promise<unknown> {
  const { rows } = await pool.query(
    `SELECT u.*, a.display_name AS author_name FROM progress_update u LEFT JOIN app_user a ON a.id = u.author_id
      WHERE u.action_id = $1 ORDER BY u.created_at DESC, u.id DESC`,
    [id],
  );
  return rows;
}

/** What the app writes for one progress post: the update, the action, and an audit event for each. */
async function postUpdate(
  pool: Pool,
  id: string,
  body: { period: string; narrative: string; percentComplete: number },
) {
  const client: PoolClient = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query('SELECT * FROM action WHERE id = $1 FOR UPDATE', [id]);
    const action = rows[0] as { authority_id: string; owner_id: string | null };
    const inserted = await client.query(
      `INSERT INTO progress_update (authority_id, action_id, author_id, period, narrative, percent_complete)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [action.authority_id, id, action.owner_id, body.period, body.narrative, body.percentComplete],
    );
    const updated = await client.query(
      `UPDATE action SET percent_complete = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, body.percentComplete],
    );
    await client.query(
      `INSERT INTO audit_event (authority_id, actor_label, entity, entity_id, operation, before, after)
       VALUES ($1, 'baseline', 'progress_update', $2, 'insert', NULL, $3), ($1, 'baseline', 'action', $4, 'update', $5, $6)`,
      [action.authority_id, inserted.rows[0].id, inserted.rows[0], id, rows[0], updated.rows[0]],
    );
    await client.query('COMMIT');
    return inserted.rows[0];
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function main(): void {
  types.setTypeParser(1082, (value) => value);
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: BASELINE_POOL_SIZE });
  const repository = new StatusRepository(null as never);
  const manager = {
    query: async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows,
  } as unknown as EntityManager;
  const answer = (response: ServerResponse, status: number, work: Promise<unknown>) =>
    work.then(
      (result) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    const status = /^\/(plan|authority)\/([0-9a-f-]{36})/.exec(url);
    if (status) {
      const plan = status[1] === 'plan';
      const scope = plan
        ? { authorityId: request.headers['x-authority'] as string, planId: status[2] }
        : { authorityId: status[2] };
      void answer(response, 200, repository.load(scope, BASELINE_AS_OF, manager, { indicators: plan }));
      return;
    }
    const action = /^\/action\/([0-9a-f-]{36})(\/updates)?$/.exec(url);
    if (action && request.method === 'GET') {
      void answer(response, 200, action[2] ? readUpdates(pool, action[1]) : readAction(pool, action[1]));
      return;
    }
    if (action?.[2] && request.method === 'POST') {
      void answer(
        response,
        201,
        bodyOf(request).then((text) => postUpdate(pool, action[1], JSON.parse(text))),
      );
      return;
    }
    response.writeHead(404).end();
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
}

if (require.main === module) main();
