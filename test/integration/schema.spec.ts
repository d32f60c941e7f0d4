import { Client } from 'pg';
import { asOwner as runAsOwner } from '../support/as-owner';
import { APPEND_ONLY_TABLES } from '../../src/database/app-role';
import { Database } from '../../src/database/data-source';
import { checkMigrations } from '../../src/database/migration-check';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`schema (${databaseMode} database)`, () => {
  it('migrates an empty database with nothing left for TypeORM to generate, and reverts cleanly', async () => {
    const result = await checkMigrations(process.env.DATABASE_URL || null);
    expect(result.applied.length).toBeGreaterThan(0);
    expect(result.drift).toEqual([]);
    expect(result.leftAfterRevert).toEqual([]);
  });

  describe('on a migrated database', () => {
    let sut: TestApp;
    beforeAll(async () => {
      sut = await startTestApp('schema', { exampleData: 'halton' });
    });
    afterAll(() => sut.close());

    const insertAuthority = (onsCode: string) =>
      sut.dataSource.query(
        `INSERT INTO authority (name, ons_code, region) VALUES ('Test Council', $1, 'North West') RETURNING id`,
        [onsCode],
      ) as Promise<{ id: string }[]>;
    const count = async (table: string): Promise<number> =>
      (await sut.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;

    it("refuses the app's own role every way of changing or removing the audit trail and progress updates", async () => {
      const before = { audit: await count('audit_event'), updates: await count('progress_update') };
      expect(before.updates).toBeGreaterThan(0);
      const refusals: [string, RegExp][] = [];
      for (const table of ['audit_event', 'progress_update']) {
        refusals.push(
          [`UPDATE ${table} SET authority_id = authority_id`, /permission denied for table/],
          [`DELETE FROM ${table}`, /permission denied for table/],
          [`TRUNCATE ${table}`, /permission denied for table/],
          [`ALTER TABLE ${table} DISABLE TRIGGER ${table}_append_only`, /must be owner of table/],
          [`ALTER TABLE ${table} DISABLE TRIGGER ALL`, /must be owner of table/],
          [`DROP TRIGGER ${table}_append_only ON ${table}`, /must be owner of (table|relation)/],
          [`DROP TABLE ${table} CASCADE`, /must be owner of table/],
        );
      }
      refusals.push(
        [`SET session_replication_role = replica`, /permission denied to set parameter/],
        // Progress updates go with their authority, so only the owner removes one.
        [`DELETE FROM authority`, /permission denied for table authority/],
        [`UPDATE board_paper SET subject = 'rewritten'`, /permission denied for table board_paper/],
      );
      for (const [statement, refusal] of refusals) {
        await expect(sut.dataSource.query(statement)).rejects.toThrow(refusal);
      }
      expect({ audit: await count('audit_event'), updates: await count('progress_update') }).toEqual(before);
    });

    it('refuses even the owner to change, remove or truncate audit events and progress updates while the triggers stand', async () => {
      // The server test database's owner is DATABASE_URL's role. In PGlite the app's one session can
      // return to PGlite's superuser (the limit the README states), which shows the owner's view.
      const asOwner = (statement: string) => runAsOwner(sut, statement);
      for (const [table, words] of [
        ['audit_event', /audit events cannot be changed or removed \((UPDATE|DELETE|TRUNCATE) refused\)/],
        ['progress_update', /progress updates cannot be changed or removed/],
      ] as const) {
        await expect(asOwner(`UPDATE ${table} SET authority_id = authority_id`)).rejects.toThrow(words);
        await expect(asOwner(`DELETE FROM ${table}`)).rejects.toThrow(words);
        // CASCADE, or a table other tables point at could not be truncated at all, triggers or none.
        await expect(asOwner(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(words);
      }
      expect(await count('progress_update')).toBeGreaterThan(0);
    });

    it('names every table with an append-only trigger among those the app may only add to', async () => {
      const guarded: { table: string }[] = await sut.dataSource.query(
        `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE t.tgname LIKE '%\\_append\\_only' ORDER BY 1`,
      );
      expect(guarded.length).toBeGreaterThan(0);
      expect(APPEND_ONLY_TABLES).toEqual(expect.arrayContaining(guarded.map((row) => row.table)));
    });

    const onServer = databaseMode === 'server' ? it : it.skip;

    onServer(
      'refuses to start as a superuser, or as a role that may change the records, in a sentence naming DATABASE_URL',
      async () => {
        const app = sut.config.databaseUrl as string;
        const owner = sut.config.databaseOwnerUrl as string;
        const open = (databaseUrl: string, databaseOwnerUrl: string | null) =>
          Database.open({ databaseUrl, databaseOwnerUrl, dataDir: null, migrationsRun: false });
        await expect(open(owner, null)).rejects.toThrow(/^DATABASE_URL connects as "[^"]+", a superuser, /);

        const client = new Client({ connectionString: owner });
        await client.connect();
        try {
          await client.query(`GRANT UPDATE, TRUNCATE ON audit_event TO ${new URL(app).username}`);
        } finally {
          await client.end();
        }
        await expect(open(app, null)).rejects.toThrow(/may change or remove the rows of audit_event:/);
        // Given the owner, the app sets its role's privileges again, taking the extra ones away.
        const fixed = await open(app, owner);
        await fixed.close();
        await expect(open(app, null).then((database) => database.close())).resolves.toBeUndefined();
      },
    );

    it('treats email addresses case-insensitively: one account per address', async () => {
      const [authority] = await insertAuthority('E99000001');
      const insertUser = (email: string) =>
        sut.dataSource.query(
          `INSERT INTO app_user (authority_id, email, display_name, role) VALUES ($1, $2, 'A Person', 'owner')`,
          [authority.id, email],
        );
      await insertUser('a.person@council.example');
      await expect(insertUser('A.Person@Council.example')).rejects.toThrow(/uq_app_user_email/);
    });

    it('keeps date-only values as YYYY-MM-DD strings and indicator values as exact decimals', async () => {
      const [authority] = await insertAuthority('E99000002');
      const [indicator] = await sut.dataSource.query(
        `INSERT INTO indicator (code, title, unit, polarity, frequency, source)
         VALUES ('T 1', 'Test', '%', 'higher_is_better', 'quarterly', 'test') RETURNING id`,
      );
      await sut.dataSource.query(
        `INSERT INTO measurement (authority_id, indicator_id, period, period_end, value)
         VALUES ($1, $2, '2008-09 Q3', '2008-12-31', 0.1 + 0.2)`,
        [authority.id, indicator.id],
      );
      const [row] = await sut.dataSource.query(`SELECT period_end, value FROM measurement WHERE indicator_id = $1`, [
        indicator.id,
      ]);
      expect(row).toEqual({ period_end: '2008-12-31', value: '0.3000' });
    });

    it('refuses rows that break the domain rules', async () => {
      const [authority] = await insertAuthority('E99000003');
      await expect(
        sut.dataSource.query(
          `INSERT INTO app_user (authority_id, email, display_name, role) VALUES ($1, 'x@y.example', 'X', 'superuser')`,
          [authority.id],
        ),
      ).rejects.toThrow(/ck_app_user_role/);
      await expect(
        sut.dataSource.query(
          `INSERT INTO authority (name, ons_code, region) VALUES ('Again', 'E99000003', 'North West')`,
        ),
      ).rejects.toThrow(/uq_authority_ons_code/);
    });
  });
});
