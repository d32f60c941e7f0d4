import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { JOB_QUEUE, type JobQueue, type JobStatus } from './job-queue';

/** Jobs as their authority sees them: a job queued for another authority is not found. */
@Injectable()
export class JobsService {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  async status(caller: Pick<Caller, 'authorityId'>, id: string): Promise<JobStatus> {
    const job = await this.queue.status(id);
    if (!job || job.data.authorityId !== caller.authorityId) throw DomainError.notFound('The job');
    return job;
  }

  /** The newest 100 jobs of the caller's authority, and the system's own. */
  list(caller: Pick<Caller, 'authorityId'>): Promise<JobStatus[]> {
    return this.queue.list({ authorityId: caller.authorityId, limit: 100 });
  }
}
