/**
 * Board papers printed as jobs: the API answers 202 with the job's address, the printing page
 * follows the paper without JavaScript, a failed paper says why, and administrators see every job.
 */
import { JOB_QUEUE, type JobQueue, type JobStatus } from '../../src/jobs/job-queue';
import { ImprovementPlanEntity } from '../../src/plans/improvement-plan.entity';
import { BoardPaperEntity } from '../../src/reports/board-paper.entity';
import { PRINT_PAPER_JOB } from '../../src/reports/paper-jobs';
import { tokensByRole } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`board papers printed as jobs (${databaseMode} database)`, () => {
  let sut: TestApp;
  let plan: ImprovementPlanEntity;
  let tokens: Record<keyof Awaited<ReturnType<typeof tokensByRole>>, string>;
  let queue: JobQueue;

  const paper = {
    committee: 'Executive Board',
    meetingDate: '2009-10-29',
    reportingOfficer: 'Strategic Director – Children & Young People',
    subject: 'Joint Area Review: progress',
    asOf: '2009-10-20',
  };

  const settled = async (id: string): Promise<JobStatus> => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
      const job = await queue.status(id);
      if (job?.state === 'done' || job?.state === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Job ${id} did not end.`);
  };

  beforeAll(async () => {
    sut = await startTestApp('paper_jobs', { exampleData: 'halton' });
    plan = await sut.dataSource.getRepository(ImprovementPlanEntity).findOneByOrFail({ reference: 'HALTON-JAR-2008' });
    tokens = Object.fromEntries(
      Object.entries(await tokensByRole(sut)).map(([role, token]) => [role, `Bearer ${token}`]),
    ) as typeof tokens;
    queue = sut.app.get(JOB_QUEUE);
  });
  afterAll(() => sut.close());

  it('answers 202 with the job to follow, whose result names the stored paper', async () => {
    const queued = await sut
      .http()
      .post(`/api/v1/plans/${plan.id}/papers`)
      .set('Authorization', tokens.clerk)
      .send(paper)
      .expect(202);
    expect(queued.headers.location).toMatch(/^\/api\/v1\/jobs\/[0-9a-f-]{36}$/);
    expect(queued.body).toMatchObject({ name: PRINT_PAPER_JOB, state: expect.stringMatching(/queued|running|done/) });
    const id = queued.headers.location.split('/').pop() as string;
    await settled(id);
    const job = await sut.http().get(queued.headers.location).set('Authorization', tokens.scrutiny).expect(200);
    expect(job.body).toMatchObject({ id, state: 'done', attempts: 1, reason: null, progress: null });
    const stored = await sut.http().get(job.body.result.href).set('Authorization', tokens.clerk).expect(200);
    expect(stored.body.id).toBe(job.body.result.paperId);
    expect(await sut.dataSource.getRepository(BoardPaperEntity).countBy({ id: job.body.result.paperId })).toBe(1);
  });

  it('refuses at once what it would refuse, queueing nothing', async () => {
    const before = (await queue.list()).length;
    await sut
      .http()
      .post(`/api/v1/plans/${plan.id}/papers`)
      .set('Authorization', tokens.clerk)
      .send({ ...paper, status: 'exempt' })
      .expect(400);
    await sut
      .http()
      .post('/api/v1/plans/00000000-0000-4000-8000-000000000000/papers')
      .set('Authorization', tokens.clerk)
      .send(paper)
      .expect(404);
    await sut
      .http()
      .post(`/api/v1/plans/${plan.id}/papers`)
      .set('Authorization', tokens.scrutiny)
      .send(paper)
      .expect(403);
    expect((await queue.list()).length).toBe(before);
  });

  it("does not show another authority's job", async () => {
    const other = await queue.enqueue('elsewhere', { authorityId: '00000000-0000-4000-8000-00000000000a' });
    await sut.http().get(`/api/v1/jobs/${other}`).set('Authorization', tokens.admin).expect(404);
    await sut.http().get(`/plans/${plan.id}/papers/printing/${other}`).set('Authorization', tokens.clerk).expect(404);
  });

  it('follows the paper on a page that refreshes itself, then links to it', async () => {
    const queued = await sut
      .http()
      .post(`/api/v1/plans/${plan.id}/papers`)
      .set('Authorization', tokens.clerk)
      .send({ ...paper, committee: 'Cabinet' })
      .expect(202);
    const id = queued.headers.location.split('/').pop() as string;
    const page = `/plans/${plan.id}/papers/printing/${id}`;
    const first = await sut.http().get(page).set('Authorization', tokens.clerk).expect(200);
    expect(first.text).toContain('role="status"');
    if (!first.text.includes('printed and stored')) {
      expect(first.text).toContain('<meta http-equiv="refresh" content="2">');
      expect(first.text).toContain('This page updates itself every 2 seconds');
    }
    const { result } = await settled(id);
    const done = await sut.http().get(page).set('Authorization', tokens.clerk).expect(200);
    expect(done.text).not.toContain('http-equiv="refresh"');
    expect(done.text).toContain(
      `id="paper-link" href="/plans/${plan.id}/papers?printed=${(result as { paperId: string }).paperId}#history"`,
    );
    for (const step of ['Waiting to be printed', 'Drawing the charts', 'Printing the PDF', 'Stored with the plan']) {
      expect(done.text).toContain(step);
    }
  });

  it('says why a paper could not be printed, without trying again what would fail the same way', async () => {
    const id = await queue.enqueue(PRINT_PAPER_JOB, {
      authorityId: plan.authorityId,
      planId: plan.id,
      userId: null,
      caller: null,
      systemActor: 'test',
      requestId: null,
      input: { ...paper, status: 'exempt' },
    });
    expect(await settled(id)).toMatchObject({ state: 'failed', attempts: 1 });
    const page = await sut
      .http()
      .get(`/plans/${plan.id}/papers/printing/${id}`)
      .set('Authorization', tokens.clerk)
      .expect(200);
    expect(page.text).toContain('The paper could not be printed.');
    expect(page.text).toContain('An exempt paper needs the paragraph of Schedule 12A');
    expect(page.text).not.toContain('http-equiv="refresh"');
  });

  it('lists the jobs for administrators only, with their state in words', async () => {
    const page = await sut.http().get('/admin/jobs').set('Authorization', tokens.admin).expect(200);
    expect(page.text).toContain('Printing a board paper');
    expect(page.text).toMatch(/govuk-tag--green">\s*Done/);
    expect(page.text).toMatch(/govuk-tag--red">\s*Failed/);
    expect(page.text).toContain('An exempt paper needs the paragraph of Schedule 12A');
    expect(page.text).not.toContain('elsewhere');
    await sut.http().get('/admin/jobs').set('Authorization', tokens.clerk).expect(403);
  });
});
