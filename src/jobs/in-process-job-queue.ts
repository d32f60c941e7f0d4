import { Logger } from '@nestjs/common';
import type { Queryable } from '../database/app-role';
import { cronMatches } from './cron';
import {
  cronOf,
  DEFAULT_JOB_OPTIONS,
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type JobStatus,
  PermanentJobError,
  reasonOf,
  retryDelayMs,
  SCHEDULE_TIME_ZONE,
  type WorkOptions,
} from './job-queue';
import { JobRepository } from './job.repository';

/** How often the runner looks for retries that have come due and for schedules, when nothing wakes it. */
const TICK_MS = 1_000;

interface Worker {
  handler: JobHandler;
  concurrency: number;
  running: number;
}

interface Schedule {
  cron: string;
  data: Record<string, unknown>;
  options: JobOptions;
  /** The minute it last queued a job, so that it queues one a minute at most. */
  lastMinute: number | null;
}

/**
 * The embedded database's queue: jobs kept in the `job` table and run in this process, which is
 * the only one the embedded database allows. A job queued here starts at once if a worker is
 * free; retries and schedules are looked at every second.
 */
export class InProcessJobQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly jobs: JobRepository;
  private readonly workers = new Map<string, Worker>();
  private readonly schedules = new Map<string, Schedule>();
  private readonly running = new Set<Promise<void>>();
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(db: Queryable) {
    this.jobs = new JobRepository(db);
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    const requeued = await this.jobs.requeueInterrupted();
    if (requeued > 0) this.logger.warn(`${requeued} job(s) were cut short when the app last stopped.`);
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.running]);
  }

  async enqueue(name: string, data: Record<string, unknown>, options: JobOptions = {}): Promise<string> {
    const id = await this.jobs.insert(name, data, { ...DEFAULT_JOB_OPTIONS, ...options });
    this.wake(name);
    return id;
  }

  async work(name: string, handler: JobHandler, options: WorkOptions = {}): Promise<void> {
    this.workers.set(name, { handler, concurrency: Math.max(1, options.concurrency ?? 1), running: 0 });
    this.wake(name);
  }

  async schedule(
    name: string,
    when: string,
    data: Record<string, unknown> = {},
    options: JobOptions = {},
  ): Promise<void> {
    const cron = cronOf(when);
    cronMatches(cron, new Date(), SCHEDULE_TIME_ZONE);
    this.schedules.set(name, { cron, data, options, lastMinute: null });
    await this.fireSchedules();
  }

  status(id: string): Promise<JobStatus | null> {
    return this.jobs.get(id);
  }

  list(filter: { authorityId?: string; limit?: number } = {}): Promise<JobStatus[]> {
    return this.jobs.list(filter.authorityId, filter.limit ?? 100);
  }

  private tick(): void {
    if (this.stopped) return;
    void this.fireSchedules().catch((error) =>
      this.logger.error(`Could not queue a scheduled job: ${reasonOf(error)}`),
    );
    for (const name of this.workers.keys()) this.wake(name);
  }

  private async fireSchedules(): Promise<void> {
    const now = new Date();
    const minute = Math.floor(now.getTime() / 60_000);
    for (const [name, schedule] of this.schedules) {
      if (schedule.lastMinute === minute || !cronMatches(schedule.cron, now, SCHEDULE_TIME_ZONE)) continue;
      schedule.lastMinute = minute;
      await this.enqueue(name, schedule.data, schedule.options);
    }
  }

  /** Starts as many due jobs of `name` as the worker has room for. */
  private wake(name: string): void {
    const worker = this.workers.get(name);
    if (!worker || this.stopped || worker.running >= worker.concurrency) return;
    worker.running++;
    const run = this.runNext(name, worker)
      .catch((error) => this.logger.error(`The ${name} worker stopped on an error: ${reasonOf(error)}`))
      .finally(() => {
        worker.running--;
        this.running.delete(run);
      });
    this.running.add(run);
  }

  private async runNext(name: string, worker: Worker): Promise<void> {
    while (!this.stopped) {
      const job = await this.jobs.claim(name);
      if (!job) return;
      // Room for another: let a second slot look while this one runs.
      if (worker.running < worker.concurrency) setImmediate(() => this.wake(name));
      try {
        const result = await withTimeout(
          worker.handler({
            id: job.id,
            name,
            data: job.data,
            attempt: job.attempts,
            progress: (text) => this.jobs.progress(job.id, text),
          }),
          job.options.expireInSeconds * 1000,
        );
        await this.jobs.done(job.id, result);
      } catch (error) {
        const retries = job.attempts - 1;
        const again = !(error instanceof PermanentJobError) && retries < job.options.retryLimit;
        await this.jobs.failed(job.id, reasonOf(error), again ? retryDelayMs(job.options, retries + 1) : null);
      }
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The job ran for longer than ${Math.round(ms / 1000)} seconds.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
