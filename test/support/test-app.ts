import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as argon2 from 'argon2';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import type { AppConfig } from '../../src/config/app-config';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { asRole, createScratchDatabase, ensureLoginRole } from '../../src/database/scratch-database';
import { type Seed, copySeed, embeddedSeed, serverSeed, testFolders, testRun } from './seed-databases';

export type { Seed } from './seed-databases';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  /** A client that keeps cookies between requests, like a browser. */
  browser: () => ReturnType<typeof request.agent>;
  /** Closes the app only, keeping its database (to start again on the same data). */
  stop(): Promise<void>;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** 'server' when DATABASE_URL names a PostgreSQL server (as in CI), else 'embedded'. */
export const databaseMode: 'server' | 'embedded' = process.env.DATABASE_URL ? 'server' : 'embedded';

export interface TestDatabase {
  /** Settings that point the app at this test file's own database. */
  settings: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'dataDir'>;
  drop(): Promise<void>;
}

/**
 * The role every test app connects as on the server, as the app does in production: one that
 * owns nothing. Roles are server-wide, so all test databases share this one.
 */
const TEST_APP_ROLE = { name: 'tracker_test_app', password: 'tracker-test-app' };
let testAppRole: Promise<void> | null = null;

/**
 * A database of this test file's own: a scratch database on the server when DATABASE_URL is set
 * (owned by DATABASE_URL's role, and used by the app as TEST_APP_ROLE), else a new folder for
 * embedded PGlite. Dropped by `drop()`.
 *
 * `seed` is what it starts with: nothing (the default), every migration applied, or that and the
 * Halton example as the app loads it. The migrated and Halton databases are copies of a seed made
 * once per test run (see seed-databases.ts).
 */
export async function createTestDatabase(name: string, seed: Seed = 'empty'): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(testFolders(), `tracker-${name}-`));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  const run = testRun();
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    testAppRole ??= ensureLoginRole(serverUrl, TEST_APP_ROLE.name, TEST_APP_ROLE.password);
    await testAppRole;
    const copied = seed !== 'empty' && run !== null;
    const template = copied ? await serverSeed(serverUrl, run, seed, buildSeed) : undefined;
    const scratch = await createScratchDatabase(serverUrl, `it_${name}`, { template });
    if (seed !== 'empty' && !copied) await buildSeed(seed, { serverUrl: scratch.url });
    return serverTestDatabase(scratch, dataDir, removeDir);
  }
  if (seed !== 'empty') {
    if (run === null) await buildSeed(seed, { dataDir });
    else copySeed(await embeddedSeed(run, seed, buildSeed), dataDir);
  }
  return { settings: { databaseUrl: null, databaseOwnerUrl: null, dataDir }, drop: removeDir };
}

function serverTestDatabase(
  scratch: { url: string; drop(): Promise<void> },
  dataDir: string,
  removeDir: () => Promise<void>,
): TestDatabase {
  return {
    settings: {
      databaseUrl: asRole(scratch.url, TEST_APP_ROLE.name, TEST_APP_ROLE.password),
      databaseOwnerUrl: scratch.url,
      dataDir,
    },
    drop: async () => {
      await scratch.drop();
      await removeDir();
    },
  };
}

/** Opens the app once on the database at `place`, which migrates it and loads the example when asked. */
async function buildSeed(seed: Exclude<Seed, 'empty'>, place: { serverUrl: string } | { dataDir: string }) {
  const settings =
    'serverUrl' in place
      ? {
          databaseUrl: asRole(place.serverUrl, TEST_APP_ROLE.name, TEST_APP_ROLE.password),
          databaseOwnerUrl: place.serverUrl,
          dataDir: tmpdir(),
        }
      : { databaseUrl: null, databaseOwnerUrl: null, dataDir: place.dataDir };
  const app = await createApp(
    testConfig(
      { settings, drop: async () => undefined },
      { exampleData: seed === 'halton' ? 'halton' : 'none', exampleDataRequested: true, migrationsRun: true },
    ),
  );
  // A start with no council makes a set-up link; each copy of the seed starts without one, as a new database does.
  await app.get(DataSource).query('DELETE FROM setup_token');
  if (seed === 'halton') await rehashExamplePassword(app.get(DataSource));
  await app.close();
}

/**
 * The one way a seed differs from the app's own first start: the example users' published password
 * is hashed again with argon2id at a 64th of the memory and one pass, so that each of the suite's
 * few hundred sign-ins verifies it in milliseconds instead of 0.4 s of CPU. Nothing else is
 * changed: the app still hashes every password it sets with its own parameters, which
 * test/unit/password-hasher.spec.ts checks, and an example the app loads itself (as in
 * embedded-persistence.spec.ts) keeps them.
 */
async function rehashExamplePassword(dataSource: DataSource): Promise<void> {
  const hash = await argon2.hash(EXAMPLE_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 1024,
    timeCost: 1,
    parallelism: 1,
  });
  const emails = HALTON_EXAMPLE.users.map((user) => user.email);
  await dataSource.query('UPDATE app_user SET password_hash = $1 WHERE email = ANY($2)', [hash, emails]);
}

/**
 * What the app's first start with these overrides would leave in its database: nothing when it
 * runs no migrations, else the migrations, and the example when it would load it.
 */
function seedFor(overrides: Partial<AppConfig>): Seed {
  const config = testConfig(
    { settings: { databaseUrl: null, databaseOwnerUrl: null, dataDir: tmpdir() }, drop: async () => undefined },
    overrides,
  );
  if (!config.migrationsRun) return 'empty';
  if (config.exampleData === 'none') return 'migrated';
  return databaseMode === 'embedded' || config.exampleDataRequested ? config.exampleData : 'migrated';
}

export function testConfig(database: TestDatabase, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    ...database.settings,
    sessionSecret: 'test-session-secret-test-session-secret',
    puppeteerExecutablePath: null,
    // Papers are printed in the run's one Chromium (test/support/shared-browser.js) when there is one.
    puppeteerBrowserWsEndpoint: process.env.TRACKER_TEST_BROWSER ?? null,
    exampleData: 'none',
    exampleDataRequested: true,
    logLevel: 'silent',
    migrationsRun: true,
    corsOrigins: [],
    trustProxy: [],
    dashboardCacheEntries: 500,
    mail: { transport: 'outbox' },
    publicUrl: 'http://localhost:3000',
    // Test apps schedule no daily reminders: the tests run them on the day they choose.
    reminders: { beforeWorkingDays: 5, escalateAfterWorkingDays: 5, dailyAt: null },
    ...overrides,
  };
}

/** The whole application, initialised on its own database, driven through HTTP by supertest. */
export async function startTestApp(
  name: string,
  overrides: Partial<AppConfig> = {},
  database?: TestDatabase,
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase(name, seedFor(overrides)));
  const config = testConfig(db, overrides);
  const app = await createApp(config);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await app.close();
  };
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    browser: () => request.agent(app.getHttpServer()),
    stop,
    close: async () => {
      await stop();
      await db.drop();
    },
  };
}
