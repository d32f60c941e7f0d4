import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenFor } from '../support/auth';
import { type TestDatabase, createTestDatabase, databaseMode, startTestApp } from '../support/test-app';
import { assertCliBuilt, commandEnv, tracker } from '../support/tracker-command';

describe(`setting up councils from the command line (${databaseMode} database)`, () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let haltonPassword: string;
  beforeAll(async () => {
    assertCliBuilt();
    database = await createTestDatabase('authority_cli');
    env = commandEnv(database);
  });
  afterAll(() => database.drop());

  it('sets up a council with its administrator, printing a made password once', () => {
    const added = tracker(
      [
        'authority',
        'add',
        '--ons-code',
        'e06000006',
        '--admin-email',
        'jo.bloggs@halton.gov.uk',
        '--admin-name',
        'Jo Bloggs',
      ],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const match =
      /^Set up Halton \(E06000006, North West\) with jo\.bloggs@halton\.gov\.uk as its administrator\.\nPassword \(shown once\): (\S{20})\n$/.exec(
        added.stdout,
      );
    expect(match).not.toBeNull();
    haltonPassword = (match as RegExpExecArray)[1];
  });

  it('sets up a second council, reading the password from standard input and printing none', () => {
    const added = tracker(
      [
        'authority',
        'add',
        '--ons-code',
        'E08000012',
        '--admin-email',
        'admin@liverpool.gov.uk',
        '--house-style',
        'cabinet',
        '--password-stdin',
      ],
      env,
      'mersey-ferry-across-42\n',
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe(
      'Set up Liverpool (E08000012, North West) with admin@liverpool.gov.uk as its administrator.\n',
    );
  });

  it.each([
    [
      'a council already set up',
      ['--ons-code', 'E06000006', '--admin-email', 'second@halton.gov.uk'],
      'tracker: Halton (E06000006) is already set up in this installation.\n',
    ],
    [
      'an unknown ONS code',
      ['--ons-code', 'E06999999', '--admin-email', 'someone@nowhere.gov.uk'],
      'tracker: There is no English council with children’s services whose ONS code is E06999999.\n',
    ],
    [
      'an address that already has an account',
      ['--ons-code', 'E08000011', '--admin-email', 'ADMIN@liverpool.gov.uk'],
      'tracker: There is already an account for ADMIN@liverpool.gov.uk.\n',
    ],
    [
      'no ONS code',
      ['--admin-email', 'someone@knowsley.gov.uk'],
      'tracker: Give --ons-code, the council’s ONS code, e.g. E06000006.\n',
    ],
  ])('refuses %s with one sentence, and exits 1', (_why, args, message) => {
    const refused = tracker(['authority', 'add', ...args], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(message);
    expect(refused.stdout).toBe('');
  });

  it('refuses a weak password and a house style it does not have, all at once', () => {
    const refused = tracker(
      [
        'authority',
        'add',
        '--ons-code',
        'E08000011',
        '--admin-email',
        'admin@knowsley.gov.uk',
        '--house-style',
        'glossy',
        '--password-stdin',
      ],
      env,
      'short\n',
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      'tracker: The password must be at least 12 characters long. Choose a house style: executive-board or cabinet.\n',
    );
  });

  it('leaves the councils it set up apart, each with its own administrator and nothing half-written', async () => {
    const sut = await startTestApp('authority_cli', { exampleData: 'none' }, database);
    try {
      const authorities = await sut.dataSource.query(`SELECT name, ons_code, house_style FROM authority ORDER BY name`);
      expect(authorities).toEqual([
        { name: 'Halton', ons_code: 'E06000006', house_style: 'executive-board' },
        { name: 'Liverpool', ons_code: 'E08000012', house_style: 'cabinet' },
      ]);
      expect(
        (await sut.dataSource.query(`SELECT email FROM app_user ORDER BY email`)).map(
          (row: { email: string }) => row.email,
        ),
      ).toEqual(['admin@liverpool.gov.uk', 'jo.bloggs@halton.gov.uk']);
      const events = await sut.dataSource.query(
        `SELECT DISTINCT actor_label FROM audit_event WHERE entity IN ('authority', 'app_user')`,
      );
      expect(events).toEqual([{ actor_label: 'system: tracker authority command' }]);
      const halton = await tokenFor(sut, 'jo.bloggs@halton.gov.uk', haltonPassword);
      const seen = await sut.http().get('/api/v1/authorities').set('Authorization', `Bearer ${halton}`).expect(200);
      expect(seen.body.map((authority: { onsCode: string }) => authority.onsCode)).toEqual(['E06000006']);
      const liverpool = await tokenFor(sut, 'admin@liverpool.gov.uk', 'mersey-ferry-across-42');
      const users = await sut.http().get('/api/v1/users').set('Authorization', `Bearer ${liverpool}`).expect(200);
      expect(users.body.map((user: { email: string }) => user.email)).toEqual(['admin@liverpool.gov.uk']);
      // A report naming another council is imported with a warning that names it by its ONS code.
      const report = readFileSync(join(__dirname, '../fixtures/halton-jar-executive-board-2008.txt'));
      const draft = await sut
        .http()
        .post('/api/v1/inspections/drafts')
        .set('Authorization', `Bearer ${liverpool}`)
        .attach('file', report, 'halton.txt')
        .expect(201);
      expect(draft.body.draft.warnings[0]).toMatchObject({
        code: 'authority_mismatch',
        reason:
          'The report names Halton (E06000006), but you are importing it for Liverpool. Check it is the right report.',
      });
      // With councils set up, no set-up link is offered.
      expect(await sut.dataSource.query(`SELECT id FROM setup_token`)).toEqual([]);
    } finally {
      await sut.stop();
    }
  });
});
