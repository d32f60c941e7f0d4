import { Database } from './data-source';
import { createScratchDatabase } from './scratch-database';
import { schemaDifference } from './schema-drift';

export interface MigrationCheckResult {
  applied: string[];
  /** Statements TypeORM would still run after every migration: empty when nothing has drifted. */
  drift: string[];
  /** Tables left after reverting every migration: empty when every `down` undoes its `up`. */
  leftAfterRevert: string[];
}

/**
 * Migrates an empty database (a scratch database on the server at `serverUrl`, else an in-memory
 * embedded one), asks TypeORM what it would still generate, then reverts every migration.
 */
export async function checkMigrations(serverUrl: string | null): Promise<MigrationCheckResult> {
  const scratch = serverUrl === null ? null : await createScratchDatabase(serverUrl, 'migration_check');
  try {
    const database = await Database.openAsOwner({ databaseOwnerUrl: scratch?.url ?? null, dataDir: null });
    try {
      const applied = await database.migrate();
      const drift = (await schemaDifference(database.dataSource)).up;
      for (let i = 0; i < applied.length; i++) {
        await database.dataSource.undoLastMigration({ transaction: 'each' });
      }
      const rows: { table_name: string }[] = await database.dataSource.query(
        `SELECT table_name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_name <> 'schema_migration' ORDER BY table_name`,
      );
      return { applied, drift, leftAfterRevert: rows.map((row) => row.table_name) };
    } finally {
      await database.close();
    }
  } finally {
    await scratch?.drop();
  }
}
