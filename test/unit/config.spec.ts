import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/app-config';

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'tracker-config-'));
}

function errorFor(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ DATA_DIR: freshDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded database in ./data with the Halton example', () => {
    const dataDir = freshDir();
    const sut = loadConfig({ DATA_DIR: dataDir });
    expect(sut).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir,
      exampleData: 'halton',
      exampleDataRequested: false,
      logLevel: 'info',
      migrationsRun: true,
      puppeteerExecutablePath: null,
      puppeteerBrowserWsEndpoint: null,
    });
  });

  it('keeps a generated session secret in DATA_DIR, readable only by its owner, and reuses it', () => {
    const dataDir = freshDir();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dataDir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dataDir, 'session-secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
  });

  it('turns the example off against a server unless it is asked for', () => {
    const server = {
      DATABASE_URL: 'postgresql://tracker_app@127.0.0.1:5432/x',
      DATABASE_OWNER_URL: 'postgresql://tracker@127.0.0.1:5432/x',
      SESSION_SECRET: 'x'.repeat(32),
    };
    expect(loadConfig(server).exampleData).toBe('none');
    expect(loadConfig({ ...server, EXAMPLE_DATA: 'halton' })).toMatchObject({
      exampleData: 'halton',
      exampleDataRequested: true,
    });
  });

  it('lets the app connect without the owner when migrations are run elsewhere', () => {
    const sut = loadConfig({
      DATABASE_URL: 'postgresql://tracker_app@127.0.0.1:5432/x',
      SESSION_SECRET: 'x'.repeat(32),
      MIGRATIONS_RUN: 'false',
    });
    expect(sut).toMatchObject({ databaseOwnerUrl: null, migrationsRun: false });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@localhost/x', SESSION_SECRET: 'x'.repeat(32) }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url', SESSION_SECRET: 'x'.repeat(32) }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgresql://postgres@127.0.0.1/x' }, 'SESSION_SECRET'],
    [{ DATABASE_URL: 'postgresql://tracker_app@127.0.0.1/x', SESSION_SECRET: 'x'.repeat(32) }, 'DATABASE_OWNER_URL'],
    [{ DATABASE_OWNER_URL: 'postgresql://tracker@127.0.0.1/x' }, 'DATABASE_OWNER_URL'],
    [
      { DATABASE_URL: 'postgresql://tracker@127.0.0.1/x', DATABASE_OWNER_URL: 'mysql://root@localhost/x' },
      'DATABASE_OWNER_URL',
    ],
    [
      {
        DATABASE_URL: 'postgresql://127.0.0.1/x',
        DATABASE_OWNER_URL: 'postgresql://tracker@127.0.0.1/x',
        SESSION_SECRET: 'x'.repeat(32),
      },
      'DATABASE_URL',
    ],
    [
      {
        DATABASE_URL: 'postgresql://tracker:one@127.0.0.1/x',
        DATABASE_OWNER_URL: 'postgresql://tracker:two@127.0.0.1/x',
        SESSION_SECRET: 'x'.repeat(32),
      },
      'DATABASE_OWNER_URL',
    ],
    [{ SESSION_SECRET: 'too-short' }, 'SESSION_SECRET'],
    [{ EXAMPLE_DATA: 'kent' }, 'EXAMPLE_DATA'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    [{ MIGRATIONS_RUN: 'sometimes' }, 'MIGRATIONS_RUN'],
    [{ PUPPETEER_EXECUTABLE_PATH: '/no/such/chromium' }, 'PUPPETEER_EXECUTABLE_PATH'],
    [{ PUPPETEER_BROWSER_WS_ENDPOINT: 'http://localhost:3000' }, 'PUPPETEER_BROWSER_WS_ENDPOINT'],
    [{ CORS_ORIGINS: 'https://ok.example, javascript:alert(1)' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://dashboard.example/path' }, 'CORS_ORIGINS'],
    [{ DASHBOARD_CACHE_ENTRIES: 'lots' }, 'DASHBOARD_CACHE_ENTRIES'],
    [{ DASHBOARD_CACHE_ENTRIES: '-1' }, 'DASHBOARD_CACHE_ENTRIES'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'uniquelocal' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.1, 10.0.0.256' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: 'fd00::/129' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/8/1' }, 'TRUST_PROXY'],
  ])('refuses %j with one sentence naming %s', (env, variable) => {
    const error = errorFor(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message.trim().split(/(?<=\.)\s+(?=[A-Z])/)).toHaveLength(1);
    expect(error.message.endsWith('.')).toBe(true);
  });

  it('refuses a DATA_DIR it cannot write to', () => {
    const error = errorFor({ DATA_DIR: join(__filename, 'data') });
    expect(error.variable).toBe('DATA_DIR');
  });

  it('reads CORS origins as a list, off when unset', () => {
    expect(loadConfig({ DATA_DIR: freshDir() }).corsOrigins).toEqual([]);
    expect(
      loadConfig({ DATA_DIR: freshDir(), CORS_ORIGINS: 'https://a.example, http://localhost:8080' }).corsOrigins,
    ).toEqual(['https://a.example', 'http://localhost:8080']);
  });

  it('trusts no proxy unless TRUST_PROXY names them, as addresses, CIDR ranges or loopback', () => {
    expect(loadConfig({ DATA_DIR: freshDir() }).trustProxy).toEqual([]);
    expect(
      loadConfig({ DATA_DIR: freshDir(), TRUST_PROXY: 'Loopback, 10.0.0.5, 10.1.0.0/16, fd00::/8, ::1' }).trustProxy,
    ).toEqual(['loopback', '10.0.0.5', '10.1.0.0/16', 'fd00::/8', '::1']);
  });

  it('reads booleans and levels in the usual spellings', () => {
    const sut = loadConfig({ DATA_DIR: freshDir(), MIGRATIONS_RUN: 'false', LOG_LEVEL: 'DEBUG', PORT: '8080' });
    expect(sut).toMatchObject({ migrationsRun: false, logLevel: 'debug', port: 8080 });
  });
});
