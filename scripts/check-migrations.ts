/**
 * CI's guard that entities and migrations agree: migrate an empty database, ask TypeORM to
 * generate a migration (there must be nothing to generate), then revert everything.
 * Uses a scratch database on DATABASE_URL's server when it is set, else embedded PGlite.
 */
import { checkMigrations } from '../src/database/migration-check';

async function main(): Promise<void> {
  const result = await checkMigrations(process.env.DATABASE_URL || null);
  console.log(`Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`);
  let failed = false;
  if (result.drift.length > 0) {
    failed = true;
    console.error('The entities differ from the migrations. TypeORM would still run:');
    for (const statement of result.drift) console.error(`  ${statement}`);
    console.error('Generate a migration with: npm run migration:generate -- <Name>');
  }
  if (result.leftAfterRevert.length > 0) {
    failed = true;
    console.error(`Reverting every migration left these tables: ${result.leftAfterRevert.join(', ')}`);
  }
  if (failed) process.exit(1);
  console.log('Migrations and entities agree, and every migration reverts cleanly.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
