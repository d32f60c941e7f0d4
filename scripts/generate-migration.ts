/**
 * Writes migrations/<timestamp>-<Name>.ts with what the entities need beyond the migrations so
 * far, against an empty in-memory embedded database. Read and tidy the result
 * by hand, then add it to migrations/index.ts.
 *
 *   npm run migration:generate -- AddSomething
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../src/database/data-source';
import { schemaDifference } from '../src/database/schema-drift';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a name in PascalCase, e.g. npm run migration:generate -- AddPaperNotes');
  }
  const database = await Database.openAsOwner({ databaseOwnerUrl: null, dataDir: null });
  try {
    await database.migrate();
    const { up, down } = await schemaDifference(database.dataSource);
    if (up.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const statement = (query: string) =>
      `    await queryRunner.query(\`${query.replace(/[`\\]|\$(?=\{)/g, '\\$&')}\`);`;
    const file = join(__dirname, '..', '..', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      [
        "import type { MigrationInterface, QueryRunner } from 'typeorm';",
        '',
        `export class ${className} implements MigrationInterface {`,
        `  name = '${className}';`,
        '',
        '  async up(queryRunner: QueryRunner): Promise<void> {',
        ...up.map(statement),
        '  }',
        '',
        '  async down(queryRunner: QueryRunner): Promise<void> {',
        ...down.map(statement),
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    console.log(`Wrote ${file}: review it, then add ${className} to migrations/index.ts.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
