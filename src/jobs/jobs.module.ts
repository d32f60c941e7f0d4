import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from '../database/data-source';
import { InProcessJobQueue } from './in-process-job-queue';
import { JOB_QUEUE, type JobQueue } from './job-queue';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { PgBossJobQueue } from './pg-boss-job-queue';
import { WaitingJobQueue } from './waiting-job-queue';

/**
 * The app's job queue: pg-boss on a server, the in-process runner on the embedded database. It
 * starts before anything registers work with it, and stops (letting running jobs end) before the
 * database closes.
 */
@Global()
@Module({
  controllers: [JobsController],
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [Database, APP_CONFIG],
      useFactory: async (database: Database, config: AppConfig): Promise<JobQueue> => {
        // Started before its migrations have run, the app answers /health with 503 and queues nothing.
        if ((await database.health()).migrations !== 'current') return new WaitingJobQueue();
        const queue =
          database.embeddedMode || config.databaseUrl === null
            ? new InProcessJobQueue(database.dataSource)
            : new PgBossJobQueue({ connectionString: config.databaseUrl });
        await queue.start();
        return queue;
      },
    },
    JobsService,
  ],
  exports: [JOB_QUEUE, JobsService],
})
export class JobsModule implements OnModuleDestroy {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  async onModuleDestroy(): Promise<void> {
    await this.queue.stop();
  }
}
