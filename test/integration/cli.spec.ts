import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestDatabase, createTestDatabase, databaseMode } from '../support/test-app';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');

function tracker(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 90_000,
    input,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe(`the tracker command (${databaseMode} database)`, () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the tests (npm test does).`);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/tracker', SESSION_SECRET: 'x'.repeat(40) }],
    ['SESSION_SECRET', { DATABASE_URL: 'postgresql://postgres@127.0.0.1/tracker' }],
    [
      'DATABASE_OWNER_URL',
      { DATABASE_URL: 'postgresql://tracker_app@127.0.0.1/tracker', SESSION_SECRET: 'x'.repeat(40) },
    ],
    ['MIGRATIONS_RUN', { MIGRATIONS_RUN: 'perhaps' }],
  ])('stops with one sentence naming %s when it is wrong', (variable, env) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tracker-cli-'));
    const result = tracker(['serve'], { DATA_DIR: dataDir, ...env });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^tracker: ${variable} `));
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints the draft of a report as JSON without a database', () => {
    const file = join(__dirname, '..', '..', 'src', 'example', 'halton-jar-executive-board-2008.txt');
    const result = tracker(['import', file, '--json'], { DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(result.stderr).toBe('');
    const draft = JSON.parse(result.stdout);
    expect(draft).toMatchObject({ format: 'text', kind: 'JAR', authority: { name: 'Halton' } });
    expect(draft.judgements).toHaveLength(7);
    expect(draft.judgements[0]).toMatchObject({
      key: 'safeguarding',
      label: 'Safeguarding',
      grade: { published: 'Outstanding', normalised: 'outstanding', level: 4 },
      scored: true,
      lines: [34, 34],
    });
    expect(draft.recommendations).toHaveLength(13);
    expect(draft.recommendations[0]).toMatchObject({ kind: 'outcome', timescale: null, addressee: null });
    expect(Array.isArray(draft.warnings)).toBe(true);
  });

  it('says why it cannot import a file, and exits 1', () => {
    const result = tracker(['import', join(__dirname, 'no-such-report.pdf')], {});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tracker: There is no file .*no-such-report\.pdf\.\n$/);
  });

  describe('on a database', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    beforeAll(async () => {
      database = await createTestDatabase('cli');
      env = database.settings.databaseUrl
        ? {
            DATABASE_URL: database.settings.databaseUrl,
            DATABASE_OWNER_URL: database.settings.databaseOwnerUrl as string,
            SESSION_SECRET: 'x'.repeat(40),
          }
        : { DATA_DIR: database.settings.dataDir };
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

    it('adds, disables and resets the password of a user', () => {
      const add = tracker(
        [
          'user',
          'add',
          '--authority',
          'E06000006',
          '--email',
          'cli.user@halton.example',
          '--name',
          'Cli User',
          '--role',
          'clerk',
        ],
        env,
      );
      expect(add.stderr).toBe('');
      expect(add.stdout).toMatch(
        /^Added cli\.user@halton\.example \(clerk\) to Halton Borough Council\.\nPassword \(shown once\): \S{20}\n$/,
      );
      const weak = tracker(['user', 'reset-password', 'cli.user@halton.example', '--password-stdin'], env, 'short\n');
      expect(weak.status).toBe(1);
      expect(weak.stderr).toBe('tracker: The password must be at least 12 characters long.\n');
      const reset = tracker(
        ['user', 'reset-password', 'cli.user@halton.example', '--password-stdin'],
        env,
        'a-sensible-passphrase\n',
      );
      expect(reset.stdout).toBe(
        'Set a new password for cli.user@halton.example; their sessions have ended and their access tokens are revoked.\n',
      );
      expect(tracker(['user', 'disable', 'cli.user@halton.example'], env).stdout).toBe(
        'Disabled cli.user@halton.example; their sessions have ended and their access tokens are revoked.\n',
      );
      const unknown = tracker(['user', 'disable', 'nobody@halton.example'], env);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toBe('tracker: There is no account for nobody@halton.example.\n');
    });

    it('refreshes the national outcomes from a newer file, and refuses a malformed one with a sentence', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tracker-outcomes-'));
      const shipped = readFileSync(
        join(__dirname, '..', '..', 'src', 'benchmarking', 'datasets', 'ofsted-ilacs-2026-11', 'ilacs-history.csv'),
        'utf8',
      );
      const malformed = join(dir, 'no-grades.csv');
      writeFileSync(malformed, shipped.replace('in_care_grade', 'in_care'));
      const refused = tracker(['outcomes', 'import', malformed, '--as-at', '2026-12'], env);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toBe(
        'tracker: no-grades.csv was not imported. The outcomes file has no column "in_care_grade"; its first line must name it.\n',
      );
      const badGrade = join(dir, 'bad-grade.csv');
      writeFileSync(badGrade, shipped.replace(',inadequate,inadequate,inadequate,', ',inadequate,poor,inadequate,'));
      const unknown = tracker(['outcomes', 'import', badGrade, '--as-at', '2026-12'], env);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toMatch(
        /^tracker: bad-grade\.csv was not imported\. Line \d+ of the outcomes file, column "\w+", has "poor", which is not a grade/,
      );

      const newer = join(dir, 'outcomes-2026-12.csv');
      writeFileSync(newer, shipped);
      const imported = tracker(['outcomes', 'import', newer, '--as-at', '2026-12'], env);
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toMatch(
        /^Imported outcomes-2026-12\.csv: 497 inspections of \d+ councils, as at December 2026 \(version 1, SHA-256 [0-9a-f]{64}\)\. Every instance uses it from its next request\.\n$/,
      );
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
      expect(
        logs.filter((log) => ['RouterExplorer', 'RoutesResolver', 'InstanceLoader'].includes(log.context)),
      ).toEqual([]);
    });
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
