/**
 * Background work, kept in the database so that a job's state survives a restart and, on a
 * server, so that several instances of the app share the work and each job runs once. Two
 * implementations stand behind this one contract: pg-boss on a PostgreSQL server, and a runner in
 * the app's own process for the embedded database (see "The job queue" in docs/operations.md).
 */

/** The Nest token of the app's queue. */
export const JOB_QUEUE = Symbol('JobQueue');

/** A job's state in words the pages and the API use. */
export type JobState = 'queued' | 'running' | 'failed' | 'done';

export interface JobOptions {
  /** How many times to try again after a failure (default 2). */
  retryLimit?: number;
  /** Seconds to wait before the first retry (default 5). */
  retryDelaySeconds?: number;
  /** Double the wait before each later retry (default true). */
  retryBackoff?: boolean;
  /** How long one attempt may run before it counts as failed (default 15 minutes). */
  expireInSeconds?: number;
}

export const DEFAULT_JOB_OPTIONS: Required<JobOptions> = {
  retryLimit: 2,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
};

export interface JobStatus {
  id: string;
  name: string;
  state: JobState;
  /** What the job is doing now, in words, while it runs. */
  progress: string | null;
  /** What the handler returned, once done. */
  result: unknown;
  /** Why the last attempt failed: shown while a retry waits, and once the job has failed for good. */
  reason: string | null;
  /** Attempts started so far. */
  attempts: number;
  data: Record<string, unknown>;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
}

export interface RunningJob {
  id: string;
  name: string;
  data: Record<string, unknown>;
  /** 1 for the first attempt. */
  attempt: number;
  /** Records what the job is doing now, for its status page. */
  progress(text: string): Promise<void>;
}

export type JobHandler = (job: RunningJob) => Promise<unknown>;

export interface WorkOptions {
  /** How many jobs of this name one instance runs at once (default 1). */
  concurrency?: number;
}

export interface JobQueue {
  /** `pg-boss` on a server, `in-process` on the embedded database. */
  readonly kind: 'pg-boss' | 'in-process' | 'waiting';
  start(): Promise<void>;
  /** Stops taking jobs and waits for the running ones to end. */
  stop(): Promise<void>;
  /** Queues a job; returns its id at once. */
  enqueue(name: string, data: Record<string, unknown>, options?: JobOptions): Promise<string>;
  /** Runs jobs of `name` in this instance with `handler`; a throw is a failed attempt. */
  work(name: string, handler: JobHandler, options?: WorkOptions): Promise<void>;
  /** Queues a job of `name` on a cron schedule (`0 7 * * 1`) or daily at a London time (`07:30`). */
  schedule(name: string, when: string, data?: Record<string, unknown>, options?: JobOptions): Promise<void>;
  status(id: string): Promise<JobStatus | null>;
  /** The newest jobs first, for administrators; `authorityId` keeps to one authority's jobs and the system's. */
  list(filter?: { authorityId?: string; limit?: number }): Promise<JobStatus[]>;
}

/** A failure that another attempt would not mend: the job fails at once with this reason. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const SCHEDULE_TIME_ZONE = 'Europe/London';

/** A cron expression for `when`: a cron expression as it is, or `HH:MM` as every day at that time. */
export function cronOf(when: string): string {
  const daily = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(when.trim());
  if (daily) return `${Number(daily[2])} ${Number(daily[1])} * * *`;
  if (when.trim().split(/\s+/).length !== 5) {
    throw new Error(`A schedule is a cron expression of five fields or a time of day like 07:30, not "${when}".`);
  }
  return when.trim();
}

/** The wait before retry number `retry` (1 for the first): doubled each time with back-off. */
export function retryDelayMs(options: Required<JobOptions>, retry: number): number {
  const seconds = options.retryBackoff ? options.retryDelaySeconds * 2 ** (retry - 1) : options.retryDelaySeconds;
  return Math.round(seconds * 1000);
}

/** The reason in a sentence from whatever a handler threw. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'The job failed without saying why.';
}

export const JOB_STATE_WORDS: Record<JobState, string> = {
  queued: 'Waiting to start',
  running: 'Running',
  failed: 'Failed',
  done: 'Done',
};
