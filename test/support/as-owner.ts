import { Client } from 'pg';
import { databaseMode, type TestApp } from './test-app';

/**
 * Runs one statement as the database's owner, as a test does to set up what the app's own role may
 * not do (such as making a stored record look as an older version left it). On a server: a
 * connection as DATABASE_OWNER_URL. In PGlite the app's one session can return to PGlite's
 * superuser for one transaction (the limit docs/operations.md states).
 */
export async function asOwner(sut: TestApp, statement: string, parameters: unknown[] = []): Promise<void> {
  if (databaseMode === 'server') {
    const owner = new Client({ connectionString: sut.config.databaseOwnerUrl as string });
    await owner.connect();
    try {
      await owner.query(statement, parameters);
    } finally {
      await owner.end();
    }
    return;
  }
  await sut.dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL SESSION AUTHORIZATION postgres');
    await manager.query(statement, parameters);
  });
}
