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
      sut = await startTestApp('schema');
    });
    afterAll(() => sut.close());

    const insertAuthority = (onsCode: string) =>
      sut.dataSource.query(
        `INSERT INTO authority (name, ons_code, region) VALUES ('Test Council', $1, 'North West') RETURNING id`,
        [onsCode],
      ) as Promise<{ id: string }[]>;

    it('refuses to change or remove audit events', async () => {
      const [event] = await sut.dataSource.query(
        `INSERT INTO audit_event (actor_label, entity, entity_id, operation, after)
         VALUES ('test', 'authority', 'x', 'insert', '{}') RETURNING id`,
      );
      await expect(
        sut.dataSource.query(`UPDATE audit_event SET actor_label = 'someone else' WHERE id = $1`, [event.id]),
      ).rejects.toThrow(/audit events cannot be changed or removed/);
      await expect(sut.dataSource.query(`DELETE FROM audit_event WHERE id = $1`, [event.id])).rejects.toThrow(
        /audit events cannot be changed or removed/,
      );
      await expect(sut.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(
        /audit events cannot be changed or removed/,
      );
      const [row] = await sut.dataSource.query(`SELECT actor_label FROM audit_event WHERE id = $1`, [event.id]);
      expect(row.actor_label).toBe('test');
    });

    it('keeps progress updates append-only: a correction is a new update', async () => {
      const sut2 = await startTestApp('schema-progress', { exampleData: 'halton' });
      try {
        const [update] = await sut2.dataSource.query(`SELECT id, narrative FROM progress_update LIMIT 1`);
        await expect(
          sut2.dataSource.query(`UPDATE progress_update SET narrative = 'rewritten' WHERE id = $1`, [update.id]),
        ).rejects.toThrow(/progress updates cannot be changed or removed/);
        await expect(sut2.dataSource.query(`DELETE FROM progress_update WHERE id = $1`, [update.id])).rejects.toThrow(
          /progress updates cannot be changed or removed/,
        );
        const [kept] = await sut2.dataSource.query(`SELECT narrative FROM progress_update WHERE id = $1`, [update.id]);
        expect(kept.narrative).toBe(update.narrative);
      } finally {
        await sut2.close();
      }
    });

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
