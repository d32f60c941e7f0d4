import { Database } from '../../src/database/data-source';
import { InProcessJobQueue } from '../../src/jobs/in-process-job-queue';
import { type JobQueue, type JobStatus, PermanentJobError } from '../../src/jobs/job-queue';
import { PgBossJobQueue } from '../../src/jobs/pg-boss-job-queue';
import { createTestDatabase, databaseMode, type TestDatabase } from '../support/test-app';

/** The queue's contract, on pg-boss when DATABASE_URL names a server and on the in-process runner when not. */
describe(`The job queue (${databaseMode === 'server' ? 'pg-boss' : 'in process'})`, () => {
  let place: TestDatabase;
  let database: Database;
  let sut: JobQueue;
  const started: JobQueue[] = [];

  async function newQueue(): Promise<JobQueue> {
    const queue =
      databaseMode === 'server'
        ? new PgBossJobQueue({
            connectionString: place.settings.databaseUrl as string,
            pollingIntervalSeconds: 0.5,
            cronIntervalSeconds: 1,
          })
        : new InProcessJobQueue(database.dataSource);
    await queue.start();
    started.push(queue);
    return queue;
  }

  async function settled(
    queue: JobQueue,
    id: string,
    until = (job: JobStatus) => job.state === 'done' || job.state === 'failed',
  ): Promise<JobStatus> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const job = await queue.status(id);
      if (job && until(job)) return job;
      if (Date.now() > deadline) throw new Error(`Job ${id} is still ${job?.state}: ${JSON.stringify(job)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    place = await createTestDatabase('job-queue', 'migrated');
    database = await Database.open({ ...place.settings, migrationsRun: true });
    sut = await newQueue();
  });

  afterAll(async () => {
    for (const queue of started) await queue.stop();
    await database?.close();
    await place?.drop();
  });

  it('is the implementation the database calls for', () => {
    expect(sut.kind).toBe(databaseMode === 'server' ? 'pg-boss' : 'in-process');
  });

  it('runs a job to done and keeps what it returned', async () => {
    await sut.work('echo', async (job) => ({ echoed: job.data.word, attempt: job.attempt }));
    const id = await sut.enqueue('echo', { word: 'hello', authorityId: null });
    const job = await settled(sut, id);
    expect(job).toMatchObject({
      id,
      name: 'echo',
      state: 'done',
      result: { echoed: 'hello', attempt: 1 },
      reason: null,
      attempts: 1,
    });
    expect(job.startedAt).toBeInstanceOf(Date);
    expect(job.endedAt).toBeInstanceOf(Date);
  });

  it('tries a failing job again after a wait that doubles, then fails it with its reason', async () => {
    const attempts: number[] = [];
    await sut.work('flaky', async (job) => {
      attempts.push(Date.now());
      throw new Error(`Attempt ${job.attempt} could not reach the printer.`);
    });
    const id = await sut.enqueue('flaky', {}, { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true });
    const waiting = await settled(sut, id, (job) => job.state === 'queued' && job.attempts === 1);
    expect(waiting.reason).toBe('Attempt 1 could not reach the printer.');
    const job = await settled(sut, id);
    expect(job).toMatchObject({ state: 'failed', attempts: 3, reason: 'Attempt 3 could not reach the printer.' });
    const waits = [attempts[1] - attempts[0], attempts[2] - attempts[1]];
    expect(waits[0]).toBeGreaterThanOrEqual(900);
    expect(waits[1]).toBeGreaterThanOrEqual(1_900);
  }, 30_000);

  it('fails a job at once when another attempt would not mend it', async () => {
    await sut.work('refused', async () => {
      throw new PermanentJobError('The plan has gone.');
    });
    const id = await sut.enqueue('refused', {}, { retryLimit: 3, retryDelaySeconds: 1 });
    expect(await settled(sut, id)).toMatchObject({ state: 'failed', attempts: 1, reason: 'The plan has gone.' });
  });

  it('shows what a running job is doing', async () => {
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    await sut.work('slow', async (job) => {
      await job.progress('Drawing the charts');
      await finished;
      return { ok: true };
    });
    const id = await sut.enqueue('slow', {});
    const running = await settled(sut, id, (job) => job.progress !== null);
    expect(running).toMatchObject({ state: 'running', progress: 'Drawing the charts', attempts: 1 });
    finish();
    expect(await settled(sut, id)).toMatchObject({ state: 'done', progress: null, result: { ok: true } });
  });

  it('queues a job on a schedule', async () => {
    const ran: string[] = [];
    await sut.work('every-minute', async (job) => {
      ran.push(job.id);
      return { ran: true };
    });
    await sut.schedule('every-minute', '* * * * *', { authorityId: null });
    const deadline = Date.now() + 15_000;
    while (ran.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toHaveLength(1);
    expect(await settled(sut, ran[0])).toMatchObject({ name: 'every-minute', state: 'done' });
    await expect(sut.schedule('every-minute', 'at noon')).rejects.toThrow(/cron expression of five fields/);
  }, 20_000);

  it("lists the newest jobs first, of one authority's and the system's", async () => {
    await sut.work('listed', async () => null);
    const ours = await sut.enqueue('listed', { authorityId: 'a0000000-0000-4000-8000-000000000001' });
    const theirs = await sut.enqueue('listed', { authorityId: 'a0000000-0000-4000-8000-000000000002' });
    await settled(sut, theirs);
    const listed = (await sut.list({ authorityId: 'a0000000-0000-4000-8000-000000000001' })).map((job) => job.id);
    expect(listed).toContain(ours);
    expect(listed).not.toContain(theirs);
    expect((await sut.list()).map((job) => job.id).indexOf(theirs)).toBeLessThan(
      (await sut.list()).map((job) => job.id).indexOf(ours) + 1,
    );
    expect(await sut.status('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  (databaseMode === 'server' ? it : it.skip)(
    'runs each job once when two instances share the database',
    async () => {
      const second = await newQueue();
      const runs: { id: string; by: string }[] = [];
      const worker = (by: string) => async (job: { id: string }) => {
        runs.push({ id: job.id, by });
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { by };
      };
      await sut.work('shared', worker('first'), { concurrency: 2 });
      await second.work('shared', worker('second'), { concurrency: 2 });
      const ids = await Promise.all(
        Array.from({ length: 20 }, (_, n) => (n % 2 ? sut : second).enqueue('shared', { n })),
      );
      for (const id of ids) await settled(sut, id);
      expect(runs.map((run) => run.id).sort()).toEqual([...ids].sort());
      expect(new Set(runs.map((run) => run.by))).toEqual(new Set(['first', 'second']));
    },
    30_000,
  );
});
