import { types } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { AuditSubscriber } from './audit.subscriber';
import { roleOf } from '../config/app-config';
import { EMBEDDED_APP_ROLE, appRoleProblem, grantAppRole, quoteIdentifier } from './app-role';
import { EmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// `date` columns stay 'YYYY-MM-DD' strings end to end (DESIGN.md "Dates"): no time zone shifts.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value: string) => value);

const SERVER_POOL_SIZE = 10;

/** The advisory lock an owner holds while it migrates and grants. */
const MIGRATION_LOCK = "hashtext('improvement-tracker: migrations')";

function migrationName(Migration: new () => MigrationInterface): string {
  return new Migration().name ?? Migration.name;
}

/**
 * `poolSize` 1 is the embedded database: its socket server takes one connection, which the pool
 * then keeps open for good, so that no other program on the machine can take the slot.
 */
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
    extra: { max: poolSize, connectionTimeoutMillis: 10_000, ...(poolSize === 1 ? { idleTimeoutMillis: 0 } : {}) },
  });
}

export interface DatabaseSettings {
  /** The role the app connects as; null: the embedded database in `dataDir`. */
  databaseUrl: string | null;
  /** The role that owns the tables; null on a server: migrations and grants were run elsewhere. */
  databaseOwnerUrl: string | null;
  /** Null with no `databaseUrl`: an embedded database in memory, gone when closed. */
  dataDir: string | null;
  migrationsRun: boolean;
}

/** A role that must not run the app: the message is one sentence naming DATABASE_URL. */
export class DatabaseRoleError extends Error {
  readonly variable = 'DATABASE_URL';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRoleError';
  }
}

/**
 * The application's database: the server at DATABASE_URL, or the embedded one in DATA_DIR. The
 * app's connections use a role that owns nothing; migrations and grants run as the owner first.
 */
export class Database {
  private constructor(
    readonly dataSource: DataSource,
    private readonly embedded: EmbeddedPostgres | null,
    /** Migrations applied while opening. */
    readonly applied: string[] = [],
  ) {}

  get embeddedMode(): boolean {
    return this.embedded !== null;
  }

  /**
   * On a server: as DATABASE_OWNER_URL (when set), applies pending migrations (when asked) and the
   * app role's grants, then connects as DATABASE_URL. Embedded: the same inside PGlite, whose
   * one session then switches to the app's role for good.
   */
  static async open(settings: DatabaseSettings): Promise<Database> {
    if (settings.databaseUrl !== null) {
      const appRole = roleOf(settings.databaseUrl);
      let applied: string[] = [];
      if (settings.databaseOwnerUrl !== null && appRole !== null) {
        const owner = await Database.openAsOwner({ databaseOwnerUrl: settings.databaseOwnerUrl, dataDir: null });
        try {
          applied = await owner.migrateAndGrant(appRole, settings.migrationsRun);
        } finally {
          await owner.close();
        }
      }
      const dataSource = createDataSource(settings.databaseUrl, SERVER_POOL_SIZE);
      await dataSource.initialize();
      const database = new Database(dataSource, null, applied);
      await database.refuseOwnerRoles();
      return database;
    }
    const owner = await Database.openAsOwner({ databaseOwnerUrl: null, dataDir: settings.dataDir });
    try {
      const applied = await owner.migrateAndGrant(EMBEDDED_APP_ROLE, settings.migrationsRun);
      // PGlite is one session, kept across reconnections: from here on it is the app's role.
      await owner.dataSource.query(`SET SESSION AUTHORIZATION ${quoteIdentifier(EMBEDDED_APP_ROLE)}`);
      const database = new Database(owner.dataSource, owner.embedded, applied);
      await database.refuseOwnerRoles();
      return database;
    } catch (error) {
      await owner.close();
      throw error;
    }
  }

  /**
   * The owner's connection, for migrations and the schema tools: DATABASE_OWNER_URL's server, or
   * the embedded database as PGlite's superuser.
   */
  static async openAsOwner(settings: { databaseOwnerUrl: string | null; dataDir: string | null }): Promise<Database> {
    if (settings.databaseOwnerUrl !== null) {
      // Two connections: one holds the lock that keeps instances starting together in turn.
      const dataSource = createDataSource(settings.databaseOwnerUrl, 2);
      await dataSource.initialize();
      return new Database(dataSource, null);
    }
    const embedded = await EmbeddedPostgres.start(settings.dataDir);
    try {
      const dataSource = createDataSource(embedded.url, 1);
      await dataSource.initialize();
      return new Database(dataSource, embedded);
    } catch (error) {
      await embedded.stop();
      throw error;
    }
  }

  /** Applies pending migrations; returns the names applied. Run as the owner. */
  async migrate(): Promise<string[]> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  }

  /**
   * Applies pending migrations (when `migrationsRun`), then grants `appRole` its privileges, in
   * turn with any other instance doing the same. The embedded database makes the role first.
   */
  async migrateAndGrant(appRole: string, migrationsRun: boolean): Promise<string[]> {
    const lock = this.embedded === null ? this.dataSource.createQueryRunner() : null;
    try {
      await lock?.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
      const applied = migrationsRun ? await this.migrate() : [];
      await this.dataSource.transaction(async (manager) => {
        if (this.embedded !== null) {
          await manager.query(
            `DO $$ BEGIN
               IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${EMBEDDED_APP_ROLE}') THEN
                 CREATE ROLE ${quoteIdentifier(EMBEDDED_APP_ROLE)} NOLOGIN;
               END IF;
             END $$`,
          );
        }
        await grantAppRole(manager, appRole);
      });
      return applied;
    } finally {
      await lock?.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
      await lock?.release();
    }
  }

  /** Stops the app when its role could switch off what the database guarantees. */
  private async refuseOwnerRoles(): Promise<void> {
    const problem = await appRoleProblem(this.dataSource);
    if (problem !== null) {
      await this.close();
      throw new DatabaseRoleError(problem);
    }
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
