/**
 * Once per Jest run, before any test file: names the run, so that every worker's test files copy
 * the same seed databases (test/support/seed-databases.ts), removes seeds that runs stopped
 * part-way left behind, and starts the run's one Chromium (test/support/shared-browser.js). Plain JavaScript: Jest loads it before anything is compiled.
 */
const { readdirSync, rmSync, statfsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');
const { Client } = require('pg');
const { startSharedBrowser } = require('./shared-browser');

const SEED_DATABASE_PREFIX = 'tracker_seed_';
const SEED_FOLDER_PREFIX = 'tracker-seed-';
/** No run lasts this long, so an older seed belongs to a run that was stopped. */
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Where test files keep their embedded databases and the run's seed folders: memory (/dev/shm)
 * when it has room to spare, where copying and removing a database's thousands of files takes a
 * tenth of the time it takes on a busy disk; the system's temporary folder otherwise.
 */
function testFolders() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 2 * 1024 ** 3) return '/dev/shm';
  } catch {
    // No /dev/shm on this system.
  }
  return tmpdir();
}

/** Base 36 of the start time first, so that a seed's name says when its run started. */
function runName() {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

function startedAt(name) {
  return parseInt(name.slice(0, 8), 36);
}

async function dropSeedDatabases(serverUrl, which) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname AS name FROM pg_database WHERE datname LIKE $1 AND pg_has_role(datdba, 'MEMBER')`,
      [`${SEED_DATABASE_PREFIX}%`],
    );
    for (const { name } of rows) {
      if (which(name.slice(SEED_DATABASE_PREFIX.length))) {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      }
    }
  } finally {
    await client.end();
  }
}

function removeSeedFolders(folders, which) {
  for (const entry of readdirSync(folders)) {
    if (entry.startsWith(SEED_FOLDER_PREFIX) && which(entry.slice(SEED_FOLDER_PREFIX.length))) {
      rmSync(join(folders, entry), { recursive: true, force: true });
    }
  }
}

function abandoned(rest) {
  const started = startedAt(rest);
  return Number.isFinite(started) && Date.now() - started > ABANDONED_AFTER_MS;
}

module.exports = async function globalSetup(globalConfig) {
  process.env.TRACKER_TEST_RUN = runName();
  // Kept for the global teardown, which runs in this same process.
  globalThis.trackerSharedBrowser = await startSharedBrowser(globalConfig);
  process.env.TRACKER_TEST_FOLDERS ??= testFolders();
  removeSeedFolders(process.env.TRACKER_TEST_FOLDERS, abandoned);
  if (process.env.DATABASE_URL) await dropSeedDatabases(process.env.DATABASE_URL, abandoned);
};

module.exports.dropSeedDatabases = dropSeedDatabases;
module.exports.removeSeedFolders = removeSeedFolders;
