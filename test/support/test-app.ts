import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import type { AppConfig } from '../../src/config/app-config';
import { asRole, createScratchDatabase, ensureLoginRole } from '../../src/database/scratch-database';

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
 */
export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `tracker-${name}-`));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    testAppRole ??= ensureLoginRole(serverUrl, TEST_APP_ROLE.name, TEST_APP_ROLE.password);
    const [scratch] = await Promise.all([createScratchDatabase(serverUrl, `it_${name}`), testAppRole]);
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
  return { settings: { databaseUrl: null, databaseOwnerUrl: null, dataDir }, drop: removeDir };
}

export function testConfig(database: TestDatabase, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    ...database.settings,
    sessionSecret: 'test-session-secret-test-session-secret',
    puppeteerExecutablePath: null,
    puppeteerBrowserWsEndpoint: null,
    exampleData: 'none',
    exampleDataRequested: true,
    logLevel: 'silent',
    migrationsRun: true,
    corsOrigins: [],
    trustProxy: [],
    dashboardCacheEntries: 500,
    ...overrides,
  };
}

/** The whole application, initialised on its own database, driven through HTTP by supertest. */
export async function startTestApp(
  name: string,
  overrides: Partial<AppConfig> = {},
  database?: TestDatabase,
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase(name));
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
