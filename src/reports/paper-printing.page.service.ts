import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { PlansService } from '../plans/plans.service';
import { PaperJobs } from './paper-jobs';
import { paperPrintingView } from './paper-printing.view';

/** How a board paper being printed is getting on; a job of another plan is not found. */
@Injectable()
export class PaperPrintingPageService {
  constructor(
    private readonly paperJobs: PaperJobs,
    private readonly plans: PlansService,
  ) {}

  async status(caller: Caller, planId: string, jobId: string) {
    const job = await this.paperJobs.status(caller, jobId);
    if (job.planId !== planId) throw DomainError.notFound('The job');
    return paperPrintingView(await this.plans.get(caller, planId), jobId, job);
  }
}
