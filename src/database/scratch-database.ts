import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quoteIdentifier } from './app-role';

export interface ScratchDatabase {
  /** As the server URL's role, which owns the new database. */
  url: string;
  drop(): Promise<void>;
}

/**
 * A new database on the server at `serverUrl`, for a test file or a schema check, and a way to
 * drop it again: empty, or a copy of `template` (a database no one is connected to).
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
  options: { template?: string } = {},
): Promise<ScratchDatabase> {
  const name = `${prefix
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 40)}_${randomBytes(4).toString('hex')}`;
  const template = options.template === undefined ? '' : ` TEMPLATE ${quoteIdentifier(options.template)}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdminClient(serverUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A login role that owns nothing, for an app under test or benchmark to connect as, made unless it
 * exists. Roles belong to the whole server, so every database there shares it: it is made once and
 * never altered, and two processes making it at once both succeed.
 */
export async function ensureLoginRole(serverUrl: string, role: string, password: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role) || !/^[A-Za-z0-9-]+$/.test(password)) {
    throw new Error(`"${role}" is not a plain role name, or its password is not plain.`);
  }
  await withAdminClient(serverUrl, (client) =>
    client.query(
      `DO $$ BEGIN
         CREATE ROLE ${role} LOGIN PASSWORD '${password}';
       EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
       END $$`,
    ),
  );
}

/** `url` connecting as another role. */
export function asRole(url: string, role: string, password: string): string {
  const other = new URL(url);
  other.username = role;
  other.password = password;
  return other.toString();
}
