import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { databaseMode } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');

function tracker(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function query<T extends object>(url: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

// Making a database and roles needs a PostgreSQL server; the embedded database has neither.
const onServer = databaseMode === 'server' ? describe : describe.skip;

onServer('tracker database create (server database)', () => {
  const adminUrl = process.env.DATABASE_URL as string;
  const suffix = randomBytes(4).toString('hex');
  const names = {
    database: `tracker_dc_${suffix}`,
    owner: `tracker_dc_owner_${suffix}`,
    appRole: `tracker_dc_app_${suffix}`,
  };
  const create = (extra: string[] = []) =>
    tracker([
      'database',
      'create',
      '--admin-url',
      adminUrl,
      '--database',
      names.database,
      '--owner',
      names.owner,
      '--app-role',
      names.appRole,
      ...extra,
    ]);
  const urlFrom = (stdout: string, variable: string): string => {
    const match = new RegExp(`^export ${variable}='([^']+)'$`, 'm').exec(stdout);
    if (!match) throw new Error(`No ${variable} in:\n${stdout}`);
    return match[1];
  };

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the tests (npm test does).`);
  });

  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${names.database}" WITH (FORCE)`);
    await query(adminUrl, `DROP ROLE IF EXISTS "${names.appRole}"`);
    await query(adminUrl, `DROP ROLE IF EXISTS "${names.owner}"`);
  });

  it('makes the database and its two roles, and the app migrates and runs on them with no SQL typed', async () => {
    const made = create();
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const ownerUrl = urlFrom(made.stdout, 'DATABASE_OWNER_URL');
    const appUrl = urlFrom(made.stdout, 'DATABASE_URL');
    expect(new URL(ownerUrl).username).toBe(names.owner);
    expect(new URL(appUrl).username).toBe(names.appRole);

    const migrated = tracker(['migrate'], {
      DATABASE_OWNER_URL: ownerUrl,
      DATABASE_URL: appUrl,
      SESSION_SECRET: 'database-create-test-secret-0123456789',
    });
    expect(migrated.stderr).toBe('');
    expect(migrated.status).toBe(0);

    // The tables belong to the owner; the app's role owns nothing yet reads and writes them.
    const owned = await query<{ owner: string; tables: string }>(
      appUrl,
      `SELECT pg_get_userbyid(relowner) AS owner, count(*) AS tables FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' GROUP BY 1`,
    );
    expect(owned).toEqual([{ owner: names.owner, tables: expect.any(String) }]);
    expect(Number(owned[0].tables)).toBeGreaterThan(10);
    const [{ count }] = await query<{ count: string }>(appUrl, 'SELECT count(*) AS count FROM authority');
    expect(count).toBe('0');
    const [roles] = await query<{ super: boolean; createrole: boolean; createdb: boolean }>(
      adminUrl,
      'SELECT rolsuper AS super, rolcreaterole AS createrole, rolcreatedb AS createdb FROM pg_roles WHERE rolname = $1',
      [names.appRole],
    );
    expect(roles).toEqual({ super: false, createrole: false, createdb: false });
  });

  it('refuses to make them again, says what exists, and changes nothing', async () => {
    const [before] = await query<{ password: string | null }>(
      adminUrl,
      'SELECT rolpassword AS password FROM pg_authid WHERE rolname = $1',
      [names.owner],
    );
    const again = create();
    expect(again.status).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([
      `tracker: Nothing was created: the database "${names.database}", the role "${names.appRole}" and the role "${names.owner}" already exist.`,
    ]);
    const [after] = await query<{ password: string | null }>(
      adminUrl,
      'SELECT rolpassword AS password FROM pg_authid WHERE rolname = $1',
      [names.owner],
    );
    expect(after.password).toBe(before.password);
  });

  it('refuses a name that is not plain, and a missing admin connection, with one sentence each', () => {
    const badName = tracker(['database', 'create', '--admin-url', adminUrl, '--owner', 'Robert"; DROP']);
    expect(badName.status).toBe(1);
    expect(badName.stderr).toMatch(/^tracker: "Robert"; DROP" cannot be the owner's name/);
    const noAdmin = tracker(['database', 'create']);
    expect(noAdmin.status).toBe(1);
    expect(noAdmin.stderr).toMatch(/^tracker: Give --admin-url/);
  });
});
