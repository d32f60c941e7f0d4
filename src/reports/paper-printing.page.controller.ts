import { Controller, Get, Param, ParseUUIDPipe, Render } from '@nestjs/common';
import { CurrentCaller } from '../auth/caller.decorator';
import { Permission, Policy } from '../auth/policy';
import { DomainError } from '../common/domain-error';
import type { Caller } from '../common/request-context';
import { PlansService } from '../plans/plans.service';
import { Pages } from '../web/pages';
import { PAPER_STEPS, type PrintedPaper, PaperJobs, paperJobStep } from './paper-jobs';

/** How often the page reloads itself while the paper prints. */
const REFRESH_SECONDS = 2;

const STEP_WORDS: Record<(typeof PAPER_STEPS)[number], string> = {
  queued: 'Waiting to be printed',
  'drawing charts': 'Drawing the charts',
  printing: 'Printing the PDF and the Word version',
  stored: 'Stored with the plan’s papers',
};

/**
 * How a board paper being printed is getting on: queued, drawing charts, printing, stored. The
 * page reloads itself every few seconds until the paper is stored or has failed, so it works
 * without JavaScript; then it links to the paper, or says why it failed.
 */
@Pages()
@Controller('plans/:id/papers/printing')
export class PaperPrintingPageController {
  constructor(
    private readonly paperJobs: PaperJobs,
    private readonly plans: PlansService,
  ) {}

  @Get(':jobId')
  @Policy(Permission.ManagePlans)
  @Render('pages/paper-printing')
  async status(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('jobId', ParseUUIDPipe) jobId: string,
  ): Promise<Record<string, unknown>> {
    const job = await this.paperJobs.status(caller, jobId);
    if (job.planId !== id) throw DomainError.notFound('The job');
    const plan = await this.plans.get(caller, id);
    const step = paperJobStep(job);
    const reached = step === 'failed' ? -1 : PAPER_STEPS.indexOf(step);
    const printed = step === 'stored' ? (job.result as PrintedPaper) : null;
    return {
      pageTitle: `Printing a board paper: ${plan.reference}`,
      plan: { id: plan.id, reference: plan.reference, title: plan.title },
      jobId,
      step,
      stepWords: step === 'failed' ? 'Not printed' : STEP_WORDS[step],
      steps: PAPER_STEPS.map((name, index) => ({
        text: STEP_WORDS[name],
        status: reached > index || step === 'stored' ? 'Done' : reached === index ? 'In progress' : 'Not yet',
      })),
      attempts: job.attempts,
      reason: job.reason,
      retrying: job.state === 'queued' && job.reason !== null,
      paperId: printed?.paperId ?? null,
      refreshSeconds: step === 'stored' || step === 'failed' ? null : REFRESH_SECONDS,
    };
  }
}
