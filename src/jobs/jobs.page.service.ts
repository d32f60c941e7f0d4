import { Injectable } from '@nestjs/common';
import type { Caller } from '../common/request-context';
import { JOB_STATE_WORDS, type JobStatus } from './job-queue';
import { JobsService } from './jobs.service';

/** What each kind of job does, in words; a name not here is shown as it is. */
const JOB_NAMES: Record<string, string> = {
  'paper.print': 'Printing a board paper',
};

function stateWords(job: JobStatus): string {
  if (job.state === 'queued' && job.reason !== null) return 'Waiting to try again';
  if (job.state === 'running' && job.progress) return `${JOB_STATE_WORDS.running}: ${job.progress}`;
  return JOB_STATE_WORDS[job.state];
}

/** The jobs page's view model: each job's kind and state in words. */
@Injectable()
export class JobsPageService {
  constructor(private readonly jobs: JobsService) {}

  async list(caller: Caller): Promise<Record<string, unknown>> {
    const jobs = await this.jobs.list(caller);
    return {
      pageTitle: 'Background jobs',
      jobs: jobs.map((job) => ({
        id: job.id,
        name: JOB_NAMES[job.name] ?? job.name,
        state: job.state,
        stateWords: stateWords(job),
        attempts: job.attempts,
        reason: job.reason,
        createdAt: job.createdAt,
        startedAt: job.startedAt,
        endedAt: job.endedAt,
      })),
    };
  }
}
