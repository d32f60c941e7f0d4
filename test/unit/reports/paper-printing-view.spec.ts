import type { JobStatus } from '../../../src/jobs/job-queue';
import { paperPrintingView } from '../../../src/reports/paper-printing.view';

const plan = { id: 'p1', reference: 'HAL-2009', title: 'Halton improvement plan' };

const job = (change: Partial<JobStatus>): JobStatus => ({
  id: 'j1',
  name: 'paper.print',
  state: 'queued',
  progress: null,
  result: null,
  reason: null,
  attempts: 0,
  data: { planId: 'p1' },
  createdAt: new Date('2009-10-01T09:00:00Z'),
  startedAt: null,
  endedAt: null,
  ...change,
});

const statuses = (model: Record<string, unknown>) => (model.steps as { status: string }[]).map((step) => step.status);

describe('the page of a paper being printed', () => {
  it('shows the step in progress, the ones before it done, and reloads itself', () => {
    const sut = paperPrintingView(plan, 'j1', job({ state: 'running', progress: 'drawing charts', attempts: 1 }));

    expect(sut.pageTitle).toBe('Printing a board paper: HAL-2009');
    expect(sut.stepWords).toBe('Drawing the charts');
    expect(statuses(sut)).toEqual(['Done', 'In progress', 'Not yet', 'Not yet']);
    expect(sut.refreshSeconds).toBe(2);
    expect(sut.paperId).toBeNull();
  });

  it('says a queued job is retrying when its last attempt failed', () => {
    const sut = paperPrintingView(plan, 'j1', job({ reason: 'Chromium timed out', attempts: 1 }));

    expect(sut.retrying).toBe(true);
    expect(sut.reason).toBe('Chromium timed out');
    expect(statuses(sut)).toEqual(['In progress', 'Not yet', 'Not yet', 'Not yet']);
  });

  it('links to the stored paper, every step done, and stops reloading', () => {
    const printed = { paperId: 'paper-1', planId: 'p1', href: '/api/v1/papers/paper-1' };
    const sut = paperPrintingView(plan, 'j1', job({ state: 'done', result: printed }));

    expect(sut.paperId).toBe('paper-1');
    expect(statuses(sut)).toEqual(['Done', 'Done', 'Done', 'Done']);
    expect(sut.refreshSeconds).toBeNull();
  });

  it('says a failed paper was not printed, and stops reloading', () => {
    const sut = paperPrintingView(plan, 'j1', job({ state: 'failed', reason: 'No Chromium' }));

    expect(sut.stepWords).toBe('Not printed');
    expect(statuses(sut)).toEqual(['Not yet', 'Not yet', 'Not yet', 'Not yet']);
    expect(sut.refreshSeconds).toBeNull();
  });
});
