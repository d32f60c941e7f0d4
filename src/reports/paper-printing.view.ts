import type { JobStatus } from '../jobs/job-queue';
import { PAPER_STEPS, type PrintedPaper, paperJobStep } from './paper-jobs';

/** How often the page reloads itself while the paper prints. */
const REFRESH_SECONDS = 2;

const STEP_WORDS: Record<(typeof PAPER_STEPS)[number], string> = {
  queued: 'Waiting to be printed',
  'drawing charts': 'Drawing the charts',
  printing: 'Printing the PDF and the Word version',
  stored: 'Stored with the plan’s papers',
};

/**
 * The printing page's view model: each step done, in progress or not yet, why the last attempt
 * failed, the paper once stored, and how soon to reload (never once the paper is stored or failed).
 */
export function paperPrintingView(
  plan: { id: string; reference: string; title: string },
  jobId: string,
  job: JobStatus,
): Record<string, unknown> {
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
