import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestDatabase, createTestDatabase, databaseMode } from '../support/test-app';
import { CLI, assertCliBuilt, commandEnv, tracker } from '../support/tracker-command';

/**
 * The tracker command opening the database itself, from nothing: migrations, the example, a board
 * paper and a workbook printed from it, and the app started. In order: each test builds on the last.
 */
describe(`the tracker command on a new database (${databaseMode} database)`, () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    assertCliBuilt();
    database = await createTestDatabase('cli_data');
    env = commandEnv(database);
  });
  afterAll(() => database.drop());

  it('migrates, then has nothing more to apply', () => {
    const first = tracker(['migrate'], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Applied: InitialSchema\d+/);
    expect(tracker(['migrate'], env).stdout).toBe('The database is up to date.\n');
  });

  it('loads the example once, and only onto a server when told to', () => {
    if (database.settings.databaseUrl) {
      const refused = tracker(['example', 'load'], env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/--allow-server/);
    }
    const args = database.settings.databaseUrl ? ['example', 'load', '--allow-server'] : ['example', 'load'];
    const loaded = tracker(args, env);
    expect(loaded.stdout).toMatch(/^Loaded the Halton example: \d+ users/);
    expect(tracker(args, env).stdout).toBe('Not loaded: Halton Borough Council is already in the database.\n');
  });

  it('prints a board paper for a plan by its reference, and refuses an unknown plan', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tracker-paper-')), 'paper.pdf');
    const printed = tracker(
      [
        'paper',
        '--plan',
        'HALTON-JAR-2008',
        '--committee',
        'Executive Board',
        '--meeting-date',
        '2009-10-29',
        '--as-of',
        '2009-10-20',
        '--style',
        'cabinet',
        '--out',
        out,
      ],
      env,
    );
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toMatch(
      /^Printed HALTON-JAR-2008 for Executive Board, 2009-10-29: .*paper\.pdf \(paper [0-9a-f-]{36}, SHA-256 [0-9a-f]{64}\)\.\n$/,
    );
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const sha = /SHA-256 ([0-9a-f]{64})/.exec(printed.stdout)?.[1];
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha);
    const unknown = tracker(
      ['paper', '--plan', 'NO-SUCH-PLAN', '--committee', 'Cabinet', '--meeting-date', '2009-10-29', '--out', out],
      env,
    );
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no plan NO-SUCH-PLAN\./);
  });

  it('writes the Word version of the paper it prints with --format docx, and refuses another format', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tracker-paper-')), 'paper.docx');
    const args = ['paper', '--plan', 'HALTON-JAR-2008', '--committee', 'Cabinet', '--meeting-date', '2009-10-29'];
    const printed = tracker([...args, '--as-of', '2009-10-20', '--format', 'docx', '--out', out], env);
    expect(printed.stderr).toBe('');
    const docx = readFileSync(out);
    // A .docx is a zip whose main part is the Word document.
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes('word/document.xml')).toBe(true);
    const sha = /SHA-256 ([0-9a-f]{64})/.exec(printed.stdout)?.[1];
    expect(createHash('sha256').update(docx).digest('hex')).toBe(sha);
    const refused = tracker([...args, '--format', 'odt', '--out', out], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--format must be pdf or docx\./);
  });

  it('writes the committee workbook for a plan', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tracker-workbook-')), 'plan.xlsx');
    const written = tracker(['workbook', '--plan', 'HALTON-JAR-2008', '--as-of', '2009-10-20', '--out', out], env);
    expect(written.stderr).toBe('');
    expect(written.stdout).toBe(`Wrote the workbook for HALTON-JAR-2008 to ${out}.\n`);
    // An .xlsx is a zip: it starts with the zip signature.
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('starts with its log lines as JSON when not on a terminal, and prints the address last', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, [CLI, 'serve'], {
      env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), LOG_LEVEL: 'info' },
    });
    let stdout = '';
    let stderr = '';
    server.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      await until(
        () => /\n\n$/.test(stdout) && stdout.includes('Improvement Tracker is running'),
        60_000,
        () => `stdout:\n${stdout}\nstderr:\n${stderr}`,
      );
      // Anything logged late would land after the banner: give it the chance.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      server.kill('SIGTERM');
    }
    const bannerAt = stdout.indexOf(`\nImprovement Tracker is running at http://localhost:${port} `);
    expect(bannerAt).toBeGreaterThan(0);
    const banner = stdout.slice(bannerAt);
    expect(banner).toContain(`\n  API docs: http://localhost:${port}/api/docs\n`);
    expect(banner).toMatch(/\n\n$/);
    expect(banner).not.toContain('"level":');
    const logs = stdout
      .slice(0, bannerAt)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(logs).toContainEqual(expect.objectContaining({ context: 'NestApplication', level: 30 }));
    // Nest's line per route and per module is for debugging only.
    expect(logs.filter((log) => ['RouterExplorer', 'RoutesResolver', 'InstanceLoader'].includes(log.context))).toEqual(
      [],
    );
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function until(condition: () => boolean, timeoutMs: number, got: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Gave up after ${timeoutMs} ms. ${got()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
