import { types } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { EmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// `date` columns stay 'YYYY-MM-DD' strings end to end (DESIGN.md "Dates"): no time zone shifts.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value: string) => value);

const SERVER_POOL_SIZE = 10;

function migrationName(Migration: new () => MigrationInterface): string {
  return new Migration().name ?? Migration.name;
}

export function createDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    subscribers: [AuditSubscriber],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: 'improvement-tracker',
    extra: { max: poolSize, connectionTimeoutMillis: 10_000 },
  });
}

/** The application's database: the server at DATABASE_URL, or the embedded one in DATA_DIR. */
export class Database {
  private constructor(
    readonly dataSource: DataSource,
    private readonly embedded: EmbeddedPostgres | null,
  ) {}

  get embeddedMode(): boolean {
    return this.embedded !== null;
  }

  /** `dataDir` null with no `databaseUrl`: an embedded database in memory, gone when closed. */
  static async open(config: { databaseUrl: string | null; dataDir: string | null }): Promise<Database> {
    if (config.databaseUrl !== null) {
      const dataSource = createDataSource(config.databaseUrl, SERVER_POOL_SIZE);
      await dataSource.initialize();
      return new Database(dataSource, null);
    }
    const embedded = await EmbeddedPostgres.start(config.dataDir);
    try {
      const dataSource = createDataSource(embedded.url, 1);
      await dataSource.initialize();
      return new Database(dataSource, embedded);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
  }

  /** Applies pending migrations; returns the names applied. */
  async migrate(): Promise<string[]> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  }

  /** Whether the database answers, and whether every migration this build knows has run. */
  async health(): Promise<{ database: 'up' | 'down'; migrations: 'current' | 'pending' | 'unknown' }> {
    try {
      const rows: { name: string }[] = await this.dataSource.query('SELECT name FROM schema_migration');
      const applied = new Set(rows.map((row) => row.name));
      const pending = MIGRATIONS.some((Migration) => !applied.has(migrationName(Migration)));
      return { database: 'up', migrations: pending ? 'pending' : 'current' };
    } catch {
      try {
        await this.dataSource.query('SELECT 1');
        return { database: 'up', migrations: 'pending' };
      } catch {
        return { database: 'down', migrations: 'unknown' };
      }
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.embedded?.stop();
  }
}
