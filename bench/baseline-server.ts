/**
 * The dashboard benchmark's baseline, run as its own process like the app: a bare Node `http`
 * server with a `pg` pool answering the status repository's own SQL with the rows as JSON. No
 * sign-in, no rules, no framework. PORT and DATABASE_URL come from the environment.
 */
import { createServer } from 'node:http';
import { Pool, types } from 'pg';
import type { EntityManager } from 'typeorm';
import { StatusRepository } from '../src/rag/status.repository';

export const BASELINE_POOL_SIZE = 10;
export const BASELINE_AS_OF = '2026-03-31';

function main(): void {
  types.setTypeParser(1082, (value) => value);
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: BASELINE_POOL_SIZE });
  const repository = new StatusRepository(null as never);
  const manager = {
    query: async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows,
  } as unknown as EntityManager;
  const server = createServer((request, response) => {
    const match = /^\/(plan|authority)\/([0-9a-f-]{36})/.exec(request.url ?? '');
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    const plan = match[1] === 'plan';
    const scope = plan
      ? { authorityId: request.headers['x-authority'] as string, planId: match[2] }
      : { authorityId: match[2] };
    repository.load(scope, BASELINE_AS_OF, manager, { indicators: plan }).then(
      (rows) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
}

if (require.main === module) main();
