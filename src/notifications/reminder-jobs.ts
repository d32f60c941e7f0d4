import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JOB_QUEUE, type JobQueue, PermanentJobError, type RunningJob } from '../jobs/job-queue';
import { ReminderDayError, RemindersService } from './reminders.service';

export const SEND_REMINDERS_JOB = 'send-reminders';

/**
 * The day's reminders and escalations as a scheduled job: once a day at REMINDERS_DAILY_AT (London
 * time), on whichever instance takes it. A repeat or a retry sends nothing already sent, since
 * each digest is claimed in the database before it goes.
 */
@Injectable()
export class ReminderJobs implements OnApplicationBootstrap {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(SEND_REMINDERS_JOB, (job) => this.send(job));
    const at = this.config.reminders.dailyAt;
    if (at !== null) await this.queue.schedule(SEND_REMINDERS_JOB, at);
  }

  private async send(job: RunningJob) {
    const day = typeof job.data.day === 'string' ? job.data.day : undefined;
    try {
      const run = day === undefined ? await this.reminders.runForToday() : await this.reminders.runFor(day);
      await job.progress(`${run.delivered} sent, ${run.failed} failed, ${run.alreadyClaimed} sent before`);
      return run;
    } catch (error) {
      if (error instanceof ReminderDayError) throw new PermanentJobError(error.message);
      throw error;
    }
  }
}
