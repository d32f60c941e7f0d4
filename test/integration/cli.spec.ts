import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestDatabase, createTestDatabase, databaseMode } from '../support/test-app';
import { assertCliBuilt, commandEnv, tracker } from '../support/tracker-command';

/**
 * The tracker command where the engine under it does not matter: its settings, reading a report,
 * and the commands an administrator runs on a council that is already there. What the command does
 * to the data folder or server itself (migrate, the example, papers, serve) is in
 * cli-data-folder.spec.ts.
 */
describe(`the tracker command (${databaseMode} database)`, () => {
  beforeAll(assertCliBuilt);

  it('stops with one sentence naming the setting that is wrong (each setting: config.spec.ts)', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tracker-cli-'));
    const result = tracker(['serve'], { DATA_DIR: dataDir, PORT: 'eighty' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tracker: PORT /);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('lists its commands under its own name with --help, and exits 0', () => {
    const result = tracker(['--help'], {});
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: tracker /);
    for (const command of ['serve', 'migrate', 'import', 'paper', 'workbook', 'user', 'authority', 'reminders']) {
      expect(result.stdout).toMatch(new RegExp(`\\n  ${command}\\b`));
    }
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

  describe('on a council that is already there', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    beforeAll(async () => {
      database = await createTestDatabase('cli', 'halton');
      env = commandEnv(database);
    });
    afterAll(() => database.drop());

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
  });
});
