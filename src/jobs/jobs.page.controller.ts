import { Controller, Get, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import type { Caller } from '../common/request-context';
import { Pages } from '../web/pages';
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

/** /admin/jobs: the newest background jobs of the council, and of the system, with how each went. */
@Pages()
@Controller('admin/jobs')
export class JobsPageController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @Policy(Permission.Administer)
  @Render('pages/admin-jobs')
  async list(@CurrentCaller() caller: Caller): Promise<Record<string, unknown>> {
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
