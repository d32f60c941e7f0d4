import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quoteIdentifier } from './app-role';

/** What a new server database is called, and its two roles: the owner of the tables and the app's. */
export interface ServerDatabaseNames {
  database: string;
  owner: string;
  appRole: string;
}

export const DEFAULT_SERVER_DATABASE_NAMES: ServerDatabaseNames = {
  database: 'tracker',
  owner: 'tracker',
  appRole: 'tracker_app',
};

/** The two connection strings the app is started with, passwords included. */
export interface ServerDatabaseUrls {
  databaseOwnerUrl: string;
  databaseUrl: string;
}

export class ServerDatabaseError extends Error {}

const PLAIN_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Makes the app's database on a PostgreSQL server, connecting with `adminUrl` (a superuser, or a
 * role with CREATEROLE and CREATEDB): a role that will own the tables, a role for the app that
 * owns nothing and has no other options, and the database owned by the first. Each role gets a
 * new random password. Refuses, creating nothing, when any of the three exists already. The
 * tables are made later by the migrations, run as the owner when the app starts.
 */
export async function createServerDatabase(
  adminUrl: string,
  names: ServerDatabaseNames = DEFAULT_SERVER_DATABASE_NAMES,
): Promise<ServerDatabaseUrls> {
  for (const [what, name] of Object.entries(names)) {
    if (!PLAIN_NAME.test(name)) {
      throw new ServerDatabaseError(
        `"${name}" cannot be the ${what === 'appRole' ? "app's role" : what}'s name: use lower-case letters, digits and _, starting with a letter.`,
      );
    }
  }
  if (names.owner === names.appRole) {
    throw new ServerDatabaseError('The owner and the app need two different roles: the app’s role owns nothing.');
  }
  const client = new Client({ connectionString: adminUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new ServerDatabaseError(`Could not connect to ${redacted(adminUrl)}: ${(error as Error).message}.`);
  }
  try {
    const taken = await whatExists(client, names);
    if (taken.length > 0) {
      throw new ServerDatabaseError(
        `Nothing was created: ${inWords(taken)} already exist${taken.length > 1 ? '' : 's'}.`,
      );
    }
    const ownerPassword = newPassword();
    const appPassword = newPassword();
    // Roles in one transaction; CREATE DATABASE cannot run in one, so the roles go if it fails.
    await client.query('BEGIN');
    await client.query(`CREATE ROLE ${quoteIdentifier(names.owner)} LOGIN PASSWORD '${ownerPassword}'`);
    await client.query(`CREATE ROLE ${quoteIdentifier(names.appRole)} LOGIN PASSWORD '${appPassword}'`);
    await client.query('COMMIT');
    try {
      // The admin must be a member of the owner to give it a database, unless it is a superuser.
      await client.query(`GRANT ${quoteIdentifier(names.owner)} TO CURRENT_USER`);
      await client.query(`CREATE DATABASE ${quoteIdentifier(names.database)} OWNER ${quoteIdentifier(names.owner)}`);
      await client.query(`REVOKE ${quoteIdentifier(names.owner)} FROM CURRENT_USER`);
    } catch (error) {
      await client.query(`DROP ROLE IF EXISTS ${quoteIdentifier(names.appRole)}`).catch(() => undefined);
      await client.query(`DROP ROLE IF EXISTS ${quoteIdentifier(names.owner)}`).catch(() => undefined);
      throw new ServerDatabaseError(
        `Nothing was created: the database could not be made: ${(error as Error).message}.`,
      );
    }
    return {
      databaseOwnerUrl: urlFor(adminUrl, names.database, names.owner, ownerPassword),
      databaseUrl: urlFor(adminUrl, names.database, names.appRole, appPassword),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (error instanceof ServerDatabaseError) throw error;
    throw new ServerDatabaseError(`Nothing was created: ${(error as Error).message}.`);
  } finally {
    await client.end();
  }
}

async function whatExists(client: Client, names: ServerDatabaseNames): Promise<string[]> {
  const { rows: databases } = await client.query<{ name: string }>(
    'SELECT datname AS name FROM pg_database WHERE datname = $1',
    [names.database],
  );
  const { rows: roles } = await client.query<{ name: string }>(
    'SELECT rolname AS name FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname',
    [[names.owner, names.appRole]],
  );
  return [...databases.map((row) => `the database "${row.name}"`), ...roles.map((row) => `the role "${row.name}"`)];
}

function inWords(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0];
}

/** 32 hex digits: nothing a connection string or SQL literal needs to escape. */
function newPassword(): string {
  return randomBytes(16).toString('hex');
}

function urlFor(adminUrl: string, database: string, role: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.toString();
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '…';
    return parsed.toString();
  } catch {
    return 'the server';
  }
}
