/**
 * Seeds made once per test run and copied for each test file, so that a file starts on a migrated
 * database (and the Halton example, when it asks for it) in a fraction of a second instead of
 * running every migration and loading the example itself:
 *
 * - on a PostgreSQL server, a database that each file's database is created from with
 *   `CREATE DATABASE … TEMPLATE`;
 * - on embedded PGlite, a data folder that each file's folder is copied from.
 *
 * A seed is made by the app itself (migrations, grants and the example loader, exactly as on a
 * first start), by whichever test file needs it first; files running in other Jest workers at the
 * same time wait for it. The run's name comes from `test/support/global-setup.js`, and
 * `global-teardown.js` removes the run's seeds; without it (a test started some other way) every
 * file builds its own database as before.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { quoteIdentifier } from '../../src/database/app-role';

/** What a test file's database starts with. */
export type Seed = 'empty' | 'migrated' | 'halton';

/** Makes a seed: opens the app on a database with these settings, then closes it. */
export type SeedBuilder = (
  seed: Exclude<Seed, 'empty'>,
  owner: { serverUrl: string } | { dataDir: string },
) => Promise<void>;

/** This run's name, set by the global setup; null when the tests were started without it. */
export function testRun(): string | null {
  const run = process.env.TRACKER_TEST_RUN;
  return run && /^[a-z0-9]+$/.test(run) ? run : null;
}

/** The folder test files keep their embedded databases in, chosen by the global setup. */
export function testFolders(): string {
  return process.env.TRACKER_TEST_FOLDERS ?? tmpdir();
}

/** Prefixes the global setup and teardown look for; kept in step with them. */
export const SEED_DATABASE_PREFIX = 'tracker_seed_';
export const SEED_FOLDER_PREFIX = 'tracker-seed-';

/**
 * The seed database on the server for this run, made unless another file made it already. One
 * file at a time makes it, under an advisory lock; it is made under a working name and renamed
 * when whole, then closed to connections so that nothing changes it and it can be copied.
 */
export async function serverSeed(serverUrl: string, run: string, seed: Exclude<Seed, 'empty'>, build: SeedBuilder) {
  const name = `${SEED_DATABASE_PREFIX}${run}_${seed}`;
  const working = `${name}_making`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(working)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${quoteIdentifier(working)}`);
      const url = new URL(serverUrl);
      url.pathname = `/${working}`;
      await build(seed, { serverUrl: url.toString() });
      await client.query(`ALTER DATABASE ${quoteIdentifier(working)} RENAME TO ${quoteIdentifier(name)}`);
      await client.query(`ALTER DATABASE ${quoteIdentifier(name)} WITH ALLOW_CONNECTIONS false`);
    }
    return name;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await client.end();
  }
}

const LOCK_STALE_MS = 5 * 60_000;

/**
 * The seed data folder for embedded PGlite for this run, made unless another file made it
 * already. One process at a time makes it, holding a lock folder; it is made under a working name
 * and renamed when whole.
 */
export async function embeddedSeed(run: string, seed: Exclude<Seed, 'empty'>, build: SeedBuilder): Promise<string> {
  const folder = join(testFolders(), `${SEED_FOLDER_PREFIX}${run}-${seed}`);
  const lock = `${folder}.lock`;
  while (!existsSync(folder)) {
    if (takeLock(lock)) {
      try {
        if (existsSync(folder)) break;
        const working = `${folder}.making-${process.pid}`;
        rmSync(working, { recursive: true, force: true });
        mkdirSync(working, { recursive: true });
        await build(seed, { dataDir: working });
        rmSync(join(working, 'pglite.lock'), { force: true });
        renameSync(working, folder);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return folder;
}

/** Copies a seed folder into a test file's own data folder. */
export function copySeed(seedFolder: string, dataDir: string): void {
  cpSync(seedFolder, dataDir, { recursive: true });
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Gone already: the next turn takes it.
    }
    return false;
  }
}
