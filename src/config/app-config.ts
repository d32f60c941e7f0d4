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
  /** Where messages to people go: GOV.UK Notify, an SMTP server, or (neither configured) the outbox table. */
  mail: MailSettings;
  /** The address people reach the app at, for the links in messages. */
  publicUrl: string;
  /** When owners are reminded of updates and when missing ones are escalated, in working days. */
  reminders: {
    beforeWorkingDays: number;
    escalateAfterWorkingDays: number;
    /** When the day's reminders go, London time (HH:MM); null when the app sends none by itself. */
    dailyAt: string | null;
  };
}

export type MailSettings =
  | { transport: 'notify'; apiKey: string; digestTemplateId: string; replyToId: string | null }
  /** `url` may hold a password: it is never logged. */
  | { transport: 'smtp'; url: string; from: string }
  | { transport: 'outbox' };

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseUuid(env: Env, name: string, required: string | null): string | null {
  const raw = read(env, name);
  if (raw === undefined) {
    if (required !== null) throw new ConfigError(name, `${name} must be set ${required}.`);
    return null;
  }
  if (!UUID.test(raw)) throw new ConfigError(name, `${name} must be a GOV.UK Notify id such as 0f2b5a1e-…, a UUID.`);
  return raw.toLowerCase();
}

function parseSmtpUrl(env: Env): string | null {
  const raw = read(env, 'SMTP_URL');
  if (raw !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(raw).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') {
      // The value may hold a password, so it is not repeated.
      throw new ConfigError(
        'SMTP_URL',
        'SMTP_URL must be a URL such as smtp://user:password@mail.council.example:587.',
      );
    }
    return raw;
  }
  const host = read(env, 'SMTP_HOST');
  if (host === undefined) {
    for (const name of ['SMTP_PORT', 'SMTP_USER', 'SMTP_PASS']) {
      if (read(env, name) !== undefined) throw new ConfigError('SMTP_HOST', `SMTP_HOST must be set when ${name} is.`);
    }
    return null;
  }
  if (!/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/.test(host)) {
    throw new ConfigError('SMTP_HOST', `SMTP_HOST must be a host name or address, but it is "${host}".`);
  }
  const rawPort = read(env, 'SMTP_PORT') ?? '587';
  if (!/^\d+$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) {
    throw new ConfigError('SMTP_PORT', `SMTP_PORT must be a whole number from 1 to 65535, but it is "${rawPort}".`);
  }
  const secure = parseBoolean(env, 'SMTP_SECURE', Number(rawPort) === 465);
  const user = read(env, 'SMTP_USER');
  const pass = read(env, 'SMTP_PASS');
  if ((user === undefined) !== (pass === undefined)) {
    throw new ConfigError(
      user === undefined ? 'SMTP_USER' : 'SMTP_PASS',
      'SMTP_USER and SMTP_PASS must be set together.',
    );
  }
  const credentials = user === undefined ? '' : `${encodeURIComponent(user)}:${encodeURIComponent(pass as string)}@`;
  return `${secure ? 'smtps' : 'smtp'}://${credentials}${host}:${rawPort}`;
}

function parseMail(env: Env): MailSettings {
  const apiKey = read(env, 'NOTIFY_API_KEY');
  const smtpUrl = parseSmtpUrl(env);
  if (apiKey !== undefined && smtpUrl !== null) {
    throw new ConfigError(
      'NOTIFY_API_KEY',
      'NOTIFY_API_KEY and SMTP settings are both set: set one, so that it is clear how mail goes.',
    );
  }
  if (apiKey !== undefined) {
    // A Notify key is its name, the service id and the secret key: the last two are UUIDs.
    if (
      !/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
        apiKey,
      )
    ) {
      throw new ConfigError(
        'NOTIFY_API_KEY',
        'NOTIFY_API_KEY must be an API key copied from GOV.UK Notify (its name, then two UUIDs).',
      );
    }
    return {
      transport: 'notify',
      apiKey,
      digestTemplateId: parseUuid(env, 'NOTIFY_DIGEST_TEMPLATE_ID', 'with NOTIFY_API_KEY') as string,
      replyToId: parseUuid(env, 'NOTIFY_REPLY_TO_ID', null),
    };
  }
  if (smtpUrl !== null) {
    const from = read(env, 'MAIL_FROM');
    if (from === undefined)
      throw new ConfigError(
        'MAIL_FROM',
        'MAIL_FROM must be set with SMTP, such as "Improvement Tracker <tracker@council.example>".',
      );
    if (!/^[^@\s<>]+@[^@\s<>]+$|<[^@\s<>]+@[^@\s<>]+>$/.test(from)) {
      throw new ConfigError(
        'MAIL_FROM',
        `MAIL_FROM must be an email address, such as tracker@council.example, but it is "${from}".`,
      );
    }
    return { transport: 'smtp', url: smtpUrl, from };
  }
  return { transport: 'outbox' };
}

function parsePublicUrl(env: Env, port: number): string {
  const raw = read(env, 'PUBLIC_URL');
  if (raw === undefined) return `http://localhost:${port}`;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ConfigError(
      'PUBLIC_URL',
      `PUBLIC_URL must be the address people open the app at, such as https://tracker.council.example, but it is "${raw}".`,
    );
  }
  return raw.replace(/\/+$/, '');
}

function parseDailyAt(env: Env): string | null {
  const raw = read(env, 'REMINDERS_DAILY_AT');
  if (raw === undefined) return '07:00';
  if (raw.toLowerCase() === 'off') return null;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(raw)) {
    throw new ConfigError(
      'REMINDERS_DAILY_AT',
      `REMINDERS_DAILY_AT must be a time of day in London as HH:MM, such as 07:00, or off, but it is "${raw}".`,
    );
  }
  return raw;
}

function parseWorkingDays(env: Env, name: string, fallback: number, min: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > 30) {
    throw new ConfigError(
      name,
      `${name} must be a whole number of working days from ${min} to 30, but it is "${raw}".`,
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
  const mail = parseMail(env);
  const publicUrl = parsePublicUrl(env, port);
  const reminders = {
    beforeWorkingDays: parseWorkingDays(env, 'REMINDER_WORKING_DAYS', 5, 0),
    escalateAfterWorkingDays: parseWorkingDays(env, 'ESCALATION_WORKING_DAYS', 5, 1),
    dailyAt: parseDailyAt(env),
  };
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
    mail,
    publicUrl,
    reminders,
  };
}
