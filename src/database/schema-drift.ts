import type { DataSource } from 'typeorm';

export interface SchemaDifference {
  up: string[];
  down: string[];
}

/**
 * What TypeORM would change to make the database match the entities. After all migrations
 * have run this must be empty: otherwise entities and migrations have drifted apart.
 */
export async function schemaDifference(dataSource: DataSource): Promise<SchemaDifference> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query).reverse(),
  };
}
