import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, type TypeOrmModuleOptions } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from './data-source';
import { Transactions } from './transaction';

/**
 * The data sources opened by `Database`, by the options handed to TypeORM's module: its factory
 * gets the options alone, and gives back the data source they came from.
 */
const opened = new WeakMap<object, DataSource>();

/**
 * Opens the database once, before anything listens: on a server, the owner (DATABASE_OWNER_URL)
 * runs the migrations and grants first and the app connects as DATABASE_URL; embedded, PGlite's one
 * session does the same and then becomes the app's role. Closes it last.
 */
@Module({
  providers: [
    {
      provide: Database,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const logger = new Logger('Database');
        const started = Date.now();
        const database = await Database.open(config);
        if (database.applied.length > 0) logger.log(`Applied migrations: ${database.applied.join(', ')}`);
        logger.log(
          `${database.embeddedMode ? `Embedded database in ${config.dataDir}` : 'PostgreSQL server'} ready in ${Date.now() - started} ms`,
        );
        return database;
      },
    },
  ],
  exports: [Database],
})
class DatabaseConnectionModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/**
 * The database as Nest's TypeORM module knows it: `DataSource` and `EntityManager` are injected by
 * class wherever they are needed (repositories only), from the data source `Database` opened.
 */
@Global()
@Module({
  imports: [
    DatabaseConnectionModule,
    TypeOrmModule.forRootAsync({
      imports: [DatabaseConnectionModule],
      inject: [Database],
      useFactory: (database: Database): TypeOrmModuleOptions => {
        // Opened and checked already: nothing for TypeORM's module to retry.
        const options: TypeOrmModuleOptions = { ...database.dataSource.options, retryAttempts: 0 };
        opened.set(options, database.dataSource);
        return options;
      },
      dataSourceFactory: async (options) => {
        const dataSource = options && opened.get(options);
        if (!dataSource) throw new Error('The database was not opened before its data source was asked for.');
        return dataSource;
      },
    }),
  ],
  providers: [Transactions],
  exports: [DatabaseConnectionModule, TypeOrmModule, Transactions],
})
export class DatabaseModule {}
