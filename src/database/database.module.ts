import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from './data-source';
import { Transactions } from './transaction';

/** Opens the database once, runs migrations and grants before anything listens, closes it last. */
@Global()
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
    { provide: DataSource, inject: [Database], useFactory: (database: Database) => database.dataSource },
    Transactions,
  ],
  exports: [Database, DataSource, Transactions],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}
