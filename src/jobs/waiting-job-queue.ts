import { DomainError, ErrorCode } from '../common/domain-error';
import type { JobQueue, JobStatus } from './job-queue';

/**
 * The queue of an app started before its database's migrations have run (it answers /health with
 * 503 until they have): it takes no work and queues nothing, so the app still starts and says
 * what is wrong. Restart the app once the migrations have run, and the real queue starts.
 */
export class WaitingJobQueue implements JobQueue {
  readonly kind = 'waiting' as const;

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async enqueue(): Promise<string> {
    throw new DomainError(
      ErrorCode.Unavailable,
      'The database is waiting for its migrations, so nothing can be queued: run them, then restart the app.',
    );
  }

  async work(): Promise<void> {}

  async schedule(): Promise<void> {}

  async status(): Promise<JobStatus | null> {
    return null;
  }

  async list(): Promise<JobStatus[]> {
    return [];
  }
}
