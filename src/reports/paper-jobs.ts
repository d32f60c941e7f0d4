import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type Caller, currentContext, runWithContext } from '../common/request-context';
import { JOB_QUEUE, type JobQueue, type JobStatus, PermanentJobError, type RunningJob } from '../jobs/job-queue';
import { JobsService } from '../jobs/jobs.service';
import type { CreatePaperDto } from './papers.dto';
import { PapersService, type PaperStep } from './papers.service';

export const PRINT_PAPER_JOB = 'paper.print';

/** Who printed the paper, as the audit trail names them: the caller (without their credential) or the system. */
interface PrintPaperData extends Record<string, unknown> {
  authorityId: string;
  planId: string;
  userId: string | null;
  caller: Omit<Caller, 'credentialId'> | null;
  systemActor: string | null;
  requestId: string | null;
  input: CreatePaperDto;
}

export interface PrintedPaper {
  paperId: string;
  planId: string;
  /** The paper's record in the API. */
  href: string;
}

/** The steps of printing a paper, in order, as a status page shows them. */
export const PAPER_STEPS = ['queued', 'drawing charts', 'printing', 'stored'] as const;
export type PaperJobStep = (typeof PAPER_STEPS)[number];

/** Where a paper job has got to: queued, one of the printer's steps, stored, or failed. */
export function paperJobStep(job: JobStatus): PaperJobStep | 'failed' {
  if (job.state === 'failed') return 'failed';
  if (job.state === 'done') return 'stored';
  if (job.state === 'queued') return 'queued';
  // Storing takes a moment: it is shown as the end of printing.
  return job.progress === 'drawing charts' ? 'drawing charts' : job.progress ? 'printing' : 'queued';
}

/**
 * Board papers printed as jobs: what would be refused is refused at once, and the rest waits its
 * turn in the queue, so a page or an API call answers in milliseconds while Chromium prints.
 * Every instance of the app prints papers; each paper is printed once.
 */
@Injectable()
export class PaperJobs implements OnApplicationBootstrap {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly papers: PapersService,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Two at a time per instance: the printer has pages for four, and a page view may need one too.
    await this.queue.work(PRINT_PAPER_JOB, (job) => this.print(job), { concurrency: 2 });
  }

  /** Checks the request and queues the paper; returns the job's id. */
  async enqueue(
    caller: (Caller & { systemActor?: undefined }) | { authorityId: string; userId: null; systemActor: string },
    planId: string,
    input: CreatePaperDto,
  ): Promise<string> {
    await this.papers.check(caller, planId, input);
    const person = 'role' in caller ? caller : null;
    const data: PrintPaperData = {
      authorityId: caller.authorityId,
      planId,
      userId: caller.userId,
      caller: person
        ? {
            userId: person.userId,
            authorityId: person.authorityId,
            authorityName: person.authorityName,
            role: person.role,
            email: person.email,
            displayName: person.displayName,
            via: person.via,
          }
        : null,
      systemActor: caller.systemActor ?? null,
      requestId: currentContext()?.requestId ?? null,
      input: JSON.parse(JSON.stringify(input)) as CreatePaperDto,
    };
    return this.queue.enqueue(PRINT_PAPER_JOB, data, { retryLimit: 2, retryDelaySeconds: 5, retryBackoff: true });
  }

  /** A paper job of the caller's authority; any other job is not found. */
  async status(caller: Pick<Caller, 'authorityId'>, id: string): Promise<JobStatus & { planId: string }> {
    const job = await this.jobs.status(caller, id);
    if (job.name !== PRINT_PAPER_JOB) throw DomainError.notFound('The job');
    return { ...job, planId: String(job.data.planId) };
  }

  private async print(job: RunningJob): Promise<PrintedPaper> {
    const data = job.data as PrintPaperData;
    const context = {
      requestId: data.requestId,
      caller: data.caller ? { ...data.caller, credentialId: '' } : null,
      systemActor: data.systemActor ?? undefined,
    };
    try {
      const { paper } = await runWithContext(context, () =>
        this.papers.create(
          { authorityId: data.authorityId, userId: data.userId },
          data.planId,
          data.input,
          (step: PaperStep) => job.progress(step),
        ),
      );
      return { paperId: paper.id, planId: data.planId, href: `/api/v1/papers/${paper.id}` };
    } catch (error) {
      // A refusal stays a refusal; a printer that is down may be back for the next attempt.
      if (error instanceof DomainError && error.code !== ErrorCode.Unavailable) {
        throw new PermanentJobError(error.message);
      }
      throw error;
    }
  }
}
