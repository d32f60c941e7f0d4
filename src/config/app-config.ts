import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const EXAMPLE_DATA_SETS = ['halton', 'none'] as const;
export type ExampleDataSet = (typeof EXAMPLE_DATA_SETS)[number];

/** Every setting the application reads, validated once at start-up. */
export interface AppConfig {
  port: number;
  /** Null: the embedded database in `dataDir`. Otherwise the role the app connects as, which owns nothing. */
  databaseUrl: string | null;
  /** The role that owns the tables: runs migrations and grants the app's role its privileges. */
  databaseOwnerUrl: string | null;
  dataDir: string;
  sessionSecret: string;
  puppeteerExecutablePath: string | null;
  puppeteerBrowserWsEndpoint: string | null;
  exampleData: ExampleDataSet;
  /** True when EXAMPLE_DATA was set rather than defaulted: required to load the example on a server. */
  exampleDataRequested: boolean;
  logLevel: LogLevel;
  migrationsRun: boolean;
  /** Origins allowed to call the API from a browser; empty: CORS stays off. */
  corsOrigins: string[];
  /**
   * The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: `loopback`, addresses
   * and CIDR ranges. Empty: those headers are ignored.
   */
  trustProxy: string[];
  /** Dashboards kept in memory, each valid until its authority's data changes; 0 turns the cache off. */
  dashboardCacheEntries: number;
}

/** A wrong setting: its message is one sentence that names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function parsePort(env: Env): number {
  const raw = read(env, 'PORT');
  if (raw === undefined) return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `PORT must be a whole number from 1 to 65535, but it is "${raw}".`);
  }
  return port;
}

function parsePostgresUrl(env: Env, name: string): string | null {
  const raw = read(env, name);
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `${name} must be a URL such as postgresql://user@host:5432/database.`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      name,
      `${name} must start with postgresql:// (or postgres://), but it starts with ${url.protocol}//.`,
    );
  }
  return raw;
}

/** The role a PostgreSQL URL names, or null when it names none (libpq's defaults then apply). */
export function roleOf(url: string): string | null {
  const user = decodeURIComponent(new URL(url).username);
  return user === '' ? null : user;
}

/**
 * On a server the app connects as a role that owns nothing (DATABASE_URL), so that it cannot
 * switch off what the database guarantees; migrations and grants run as the owner
 * (DATABASE_OWNER_URL), at start-up or with `tracker migrate`.
 */
function checkDatabaseRoles(databaseUrl: string | null, ownerUrl: string | null, migrationsRun: boolean): void {
  if (databaseUrl === null) {
    if (ownerUrl !== null) {
      throw new ConfigError(
        'DATABASE_OWNER_URL',
        'DATABASE_OWNER_URL is set but DATABASE_URL is not: set DATABASE_URL to the role the app connects as, or unset both to use the embedded database.',
      );
    }
    return;
  }
  if (ownerUrl === null) {
    if (!migrationsRun) return;
    throw new ConfigError(
      'DATABASE_OWNER_URL',
      'DATABASE_OWNER_URL must be set with DATABASE_URL, so that migrations run as the role that owns the tables while the app connects as a role that owns nothing; or set MIGRATIONS_RUN=false and run "tracker migrate" where DATABASE_OWNER_URL is set.',
    );
  }
  const appRole = roleOf(databaseUrl);
  if (appRole === null) {
    throw new ConfigError(
      'DATABASE_URL',
      'DATABASE_URL must name the role the app connects as, such as postgresql://tracker_app@db.example.internal/tracker, so that it can be granted its privileges.',
    );
  }
  if (appRole === roleOf(ownerUrl)) {
    throw new ConfigError(
      'DATABASE_OWNER_URL',
      `DATABASE_OWNER_URL must connect as the role that owns the tables, and DATABASE_URL as another that owns nothing, but both connect as "${appRole}".`,
    );
  }
}

function parseEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = raw.toLowerCase() as T;
  if (!allowed.includes(value)) {
    throw new ConfigError(name, `${name} must be one of ${allowed.join(', ')}, but it is "${raw}".`);
  }
  return value;
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `${name} must be true or false, but it is "${raw}".`);
}

function parseExecutable(env: Env): string | null {
  const raw = read(env, 'PUPPETEER_EXECUTABLE_PATH');
  if (raw === undefined) return null;
  try {
    accessSync(raw, constants.X_OK);
  } catch {
    throw new ConfigError(
      'PUPPETEER_EXECUTABLE_PATH',
      `PUPPETEER_EXECUTABLE_PATH must name an executable browser, but "${raw}" does not exist or cannot be run.`,
    );
  }
  return raw;
}

function parseWsEndpoint(env: Env): string | null {
  const raw = read(env, 'PUPPETEER_BROWSER_WS_ENDPOINT');
  if (raw === undefined) return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'ws:' && protocol !== 'wss:') {
    throw new ConfigError(
      'PUPPETEER_BROWSER_WS_ENDPOINT',
      `PUPPETEER_BROWSER_WS_ENDPOINT must be a ws:// or wss:// URL, but it is "${raw}".`,
    );
  }
  return raw;
}

function parseOrigins(env: Env): string[] {
  const raw = read(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    let url: URL | undefined;
    try {
      url = new URL(trimmed);
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== trimmed.replace(/\/$/, '')) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `CORS_ORIGINS must be a comma-separated list of origins such as https://dashboard.council.example, but "${trimmed}" is not one.`,
      );
    }
    return url.origin;
  });
}

/** `loopback`, an IPv4 or IPv6 address, or a CIDR range such as 10.0.0.0/8 or fd00::/8. */
function isProxyAddress(entry: string): boolean {
  if (entry === 'loopback') return true;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function parseTrustProxy(env: Env): string[] {
  const raw = read(env, 'TRUST_PROXY');
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => {
    const trimmed = entry.trim().toLowerCase();
    if (!isProxyAddress(trimmed)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `TRUST_PROXY must be a comma-separated list of proxy addresses, CIDR ranges such as 10.0.0.0/8, or loopback, but "${entry.trim()}" is not one.`,
      );
    }
    return trimmed;
  });
}

/**
 * In embedded mode an unset SESSION_SECRET is generated once and kept in DATA_DIR, so sessions
 * survive a restart. Against a server it must be given: several instances must share it.
 */
function resolveSessionSecret(env: Env, databaseUrl: string | null, dataDir: string): string {
  const raw = read(env, 'SESSION_SECRET');
  if (raw !== undefined) {
    if (raw.length < 32) {
      throw new ConfigError('SESSION_SECRET', 'SESSION_SECRET must be at least 32 characters long.');
    }
    return raw;
  }
  if (databaseUrl !== null) {
    throw new ConfigError(
      'SESSION_SECRET',
      'SESSION_SECRET must be set (32 characters or more) when DATABASE_URL is set, so that every instance signs sessions alike.',
    );
  }
  const file = join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    try {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    } catch {
      throw new ConfigError(
        'DATA_DIR',
        `DATA_DIR must be a folder the application can write to, but "${dataDir}" is not.`,
      );
    }
    return secret;
  }
}

/** Reads and checks the environment; throws a ConfigError naming the first wrong variable. */
function parseCacheEntries(env: Env): number {
  const raw = read(env, 'DASHBOARD_CACHE_ENTRIES');
  if (raw === undefined) return 500;
  if (!/^\d+$/.test(raw) || Number(raw) > 100_000) {
    throw new ConfigError(
      'DASHBOARD_CACHE_ENTRIES',
      `DASHBOARD_CACHE_ENTRIES must be a whole number from 0 to 100000, but it is "${raw}".`,
    );
  }
  return Number(raw);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const port = parsePort(env);
  const databaseUrl = parsePostgresUrl(env, 'DATABASE_URL');
  const databaseOwnerUrl = parsePostgresUrl(env, 'DATABASE_OWNER_URL');
  const dataDir = resolve(read(env, 'DATA_DIR') ?? './data');
  const exampleDataRequested = read(env, 'EXAMPLE_DATA') !== undefined;
  const exampleData = parseEnum(env, 'EXAMPLE_DATA', EXAMPLE_DATA_SETS, databaseUrl === null ? 'halton' : 'none');
  const logLevel = parseEnum(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  const migrationsRun = parseBoolean(env, 'MIGRATIONS_RUN', true);
  const puppeteerExecutablePath = parseExecutable(env);
  const puppeteerBrowserWsEndpoint = parseWsEndpoint(env);
  const corsOrigins = parseOrigins(env);
  const trustProxy = parseTrustProxy(env);
  const sessionSecret = resolveSessionSecret(env, databaseUrl, dataDir);
  const dashboardCacheEntries = parseCacheEntries(env);
  checkDatabaseRoles(databaseUrl, databaseOwnerUrl, migrationsRun);
  return {
    port,
    databaseUrl,
    databaseOwnerUrl,
    dataDir,
    sessionSecret,
    puppeteerExecutablePath,
    puppeteerBrowserWsEndpoint,
    exampleData,
    exampleDataRequested,
    logLevel,
    migrationsRun,
    corsOrigins,
    trustProxy,
    dashboardCacheEntries,
  };
}
