/**
 * The Halton example's RAG as scrutiny members would read it on two dates in 2009, against counts
 * worked out by hand from the example's dates, updates and values (the working is in the comments),
 * with snapshots, movement between them, and authority scoping.
 */
import { ROLE_EMAILS, loadOtherton, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

interface Line {
  reference: string;
  rag: string;
  reason: string;
  updateOverdue: boolean;
}

describe(`the dashboard (${databaseMode} database)`, () => {
  let sut: TestApp;
  let scrutiny: string;
  let clerk: string;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('dashboard', { exampleData: 'halton' });
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', scrutiny).expect(200)).body[0].id;
  });
  afterAll(() => sut.close());

  const dashboard = (asOf: string) =>
    sut.http().get(`/api/v1/plans/${planId}/dashboard?asOf=${asOf}`).set('Authorization', scrutiny).expect(200);
  const ragsOf = (lines: Line[]) => Object.fromEntries(lines.map((line) => [line.reference, line.rag]));

  // 20 October 2009: the Q2 updates are in (bar P6 and P8), 384 of 546 days have passed (70 %).
  it('gives the hand-worked RAG of every action as of 20 October 2009, each with its reason', async () => {
    const { body } = await dashboard('2009-10-20');
    expect(ragsOf(body.actions)).toEqual({
      O1: 'amber', // owner reports amber
      'O2.1': 'amber', // owner reports amber; milestone of 30 Sept 20 days late, inside the 30-day slip limit
      'O2.2': 'green', // 65 % against 70 %
      'O2.3': 'green', // 50 % against 70 %: 20 points behind, inside the 25-point limit
      O3: 'green',
      O4: 'red', // owner reports red
      P1: 'complete', // closed 14 Sept 2009
      P2: 'green',
      P3: 'amber', // owner reports amber
      P4: 'green',
      'P5.1': 'complete',
      'P5.2': 'red', // owner reports red
      P6: 'green', // 50 % against 70 %
      P7: 'green',
      P8: 'green',
      P9: 'green', // 85 % against 84 % of its shorter span
    });
    const reasons = Object.fromEntries(body.actions.map((line: Line) => [line.reference, line.reason]));
    expect(reasons.O4).toBe('The owner reports red.');
    expect(reasons['O2.3']).toBe('On track: 50 % complete against 70 % of time elapsed.');
    expect(body.rollUps.plan).toEqual({
      counts: { red: 2, amber: 3, green: 9, not_started: 0, complete: 2, cancelled: 0 },
      total: 16,
      shareOnTrack: 68.8,
      headline: 'red',
    });
    expect(body.exceptions.map((line: Line) => line.reference)).toEqual(['O4', 'P5.2', 'O1', 'O2.1', 'P3']);
    expect(body.exceptions[0]).toMatchObject({
      owner: { name: expect.any(String) },
      leadPartner: { name: expect.any(String) },
      latestUpdate: { period: '2009-10 Q2', proposedRag: 'red' },
    });
    expect(body.updateOverdue.map((line: Line) => line.reference)).toEqual(['P6', 'P8']);
    expect(body.reportingPeriod).toEqual({ label: '2009-10 Q3', start: '2009-10-01', end: '2009-12-31' });
    expect(body.updatesDueFor).toEqual({ label: '2009-10 Q2', start: '2009-07-01', end: '2009-09-30' });
    const health = body.rollUps.byJudgementArea.find((group: { key: string }) => group.key === 'health');
    expect(health).toMatchObject({ total: 3, headline: 'amber', counts: { amber: 1, green: 2 } });
    const ldd = body.rollUps.byJudgementArea.find((group: { key: string }) => group.key === 'ldd');
    expect(ldd).toMatchObject({ total: 4, headline: 'red', counts: { red: 1, green: 2, complete: 1 } });
  });

  it('gives each indicator its RAG against the target profiled to its date, and its direction of travel', async () => {
    const { body } = await dashboard('2009-10-20');
    const byCode = Object.fromEntries(
      body.indicators.map((line: { code: string; rag: string; direction: string }) => [
        line.code,
        [line.rag, line.direction],
      ]),
    );
    expect(byCode).toMatchObject({
      'NI 117': ['red', 'worsening'], // 10.6 against 9.0 (lower is better), tolerance 0.45; was 9.8
      // 21.4 at 30 September 2009 against 22.2, three quarters of the way from 16.8 (March 2008) to 24.0 (March
      // 2010), within 5 % (1.11); against the end target of 24.0 it would be red
      'NI 53': ['amber', 'improving'],
      'NI 62': ['green', 'improving'], // 9.2 against 10.0 (lower is better); was 9.9
      // 62.5 at March 2009, half way from 55.0 (March 2008) to 70.0 (March 2010): exactly on the line
      'NI 148': ['green', 'improving'],
      // 10.4 at July 2009, half way from 10.9 (July 2008) to 10.0 (July 2010) is 10.45: better (lower is better)
      'NI 55': ['green', 'improving'],
      'NI 103': ['green', 'worsening'], // 96.4 against 95.0; was 100.0
    });
    const breastfeeding = body.indicators.find((line: { code: string }) => line.code === 'NI 53');
    expect(breastfeeding.reason).toBe(
      'Against the profiled target of 22.2 for 30 September 2009, on the straight line from 16.8 at 31 March 2008 to 24 by 31 March 2010: 21.4 misses the target of 22.2 by 0.8, within the 5 % tolerance.',
    );
    expect(breastfeeding.currency).toMatch(
      /^Latest: 2009-10 Q2 \(to 30 September 2009\), current until 30 September 2010 for a measure taken once a financial year/,
    );
  });

  it('shows a value older than its frequency allows as history, not as the latest, and judges no RAG on it', async () => {
    // NI 148 is annual: its last value, for 2008-09 (to 31 March 2009), is current until 31 March 2010.
    const { body: current } = await dashboard('2010-03-31');
    expect(current.indicators.find((line: { code: string }) => line.code === 'NI 148')).toMatchObject({
      latest: { period: '2008-09' },
    });
    const { body } = await dashboard('2010-04-01');
    const line = body.indicators.find((candidate: { code: string }) => candidate.code === 'NI 148');
    expect(line).toMatchObject({ latest: null, previous: { value: '62.5000', period: '2008-09' }, rag: 'no_data' });
    expect(line.direction).toBeNull();
    expect(line.reason).toMatch(/more than a year old on 1 April 2010 .* so it is shown as history/);
  });

  it('shows what moved between snapshots of July and October 2009', async () => {
    const { body: july } = await dashboard('2009-07-20');
    expect(july.rollUps.plan.counts).toEqual({
      red: 0,
      amber: 5,
      green: 10,
      not_started: 0,
      complete: 1,
      cancelled: 0,
    });

    const first = await sut
      .http()
      .post(`/api/v1/plans/${planId}/snapshots`)
      .set('Authorization', clerk)
      .send({ asOf: '2009-07-20' })
      .expect(201);
    const second = await sut
      .http()
      .post(`/api/v1/plans/${planId}/snapshots`)
      .set('Authorization', clerk)
      .send({ asOf: '2009-10-20' })
      .expect(201);
    const movement = await sut
      .http()
      .get(`/api/v1/plans/${planId}/movement?from=${first.body.id}&to=${second.body.id}`)
      .set('Authorization', scrutiny)
      .expect(200);
    const changes = Object.fromEntries(
      movement.body.actions.map((line: { reference: string; from: string; to: string; change: string }) => [
        line.reference,
        `${line.from} → ${line.to}: ${line.change}`,
      ]),
    );
    expect(changes).toEqual({
      O1: 'green → amber: worse',
      'O2.3': 'amber → green: better',
      O4: 'amber → red: worse',
      P1: 'green → complete: closed',
      P3: 'green → amber: worse',
      'P5.2': 'amber → red: worse',
      P7: 'amber → green: better',
    });
    expect(movement.body.counts).toMatchObject({ worse: 4, better: 2, closed: 1, same: 9, new: 0 });

    // The next day's dashboard shows movement since the latest snapshot, October's: nothing has moved.
    const { body: october } = await dashboard('2009-10-21');
    expect(october.movement.snapshotId).toBe(second.body.id);
    expect(october.movement.actions).toEqual([]);
  });

  it('refuses a snapshot to scrutiny, a date in the future, and a bad snapshot id', async () => {
    await sut.http().post(`/api/v1/plans/${planId}/snapshots`).set('Authorization', scrutiny).send({}).expect(403);
    await sut
      .http()
      .get(`/api/v1/plans/${planId}/dashboard?asOf=2999-01-01`)
      .set('Authorization', scrutiny)
      .expect(400);
    await sut
      .http()
      .get(`/api/v1/plans/${planId}/dashboard?asOf=20-10-2009`)
      .set('Authorization', scrutiny)
      .expect(400);
    await sut.http().get(`/api/v1/plans/${planId}/movement?from=nope`).set('Authorization', scrutiny).expect(400);
  });

  it('gives today’s RAG when no date is given, the same as asking for today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const [live, asked] = await Promise.all([
      sut.http().get(`/api/v1/plans/${planId}/dashboard`).set('Authorization', scrutiny).expect(200),
      dashboard(today),
    ]);
    expect(live.body.actions).toEqual(asked.body.actions);
    expect(live.body.asOf).toBe(today);
  });

  it('shows a change at once, though the dashboard is cached between changes', async () => {
    const first = await dashboard('2009-10-20');
    const again = await dashboard('2009-10-20');
    expect(again.body).toEqual(first.body);
    const p6 = first.body.actions.find((line: Line) => line.reference === 'P6');
    const action = await sut.http().get(`/api/v1/actions/${p6.id}`).set('Authorization', clerk).expect(200);
    await sut
      .http()
      .patch(`/api/v1/actions/${p6.id}`)
      .set('Authorization', clerk)
      .send({ version: action.body.version, title: 'Improve transition planning for young people with LDD (revised)' })
      .expect(200);
    const after = await dashboard('2009-10-20');
    expect(after.body.actions.find((line: Line) => line.reference === 'P6').title).toBe(
      'Improve transition planning for young people with LDD (revised)',
    );
  });

  it("applies the authority's own thresholds, which only an admin may change", async () => {
    const admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    const authorityId = (await sut.http().get('/api/v1/authorities').set('Authorization', scrutiny)).body[0].id;
    await sut
      .http()
      .patch(`/api/v1/authorities/${authorityId}/thresholds`)
      .set('Authorization', clerk)
      .send({ milestoneSlipLimitDays: 10 })
      .expect(403);
    await sut
      .http()
      .patch(`/api/v1/authorities/${authorityId}/thresholds`)
      .set('Authorization', admin)
      .send({ amberTolerancePercent: '250' })
      .expect(400);
    // O2.1's milestone of 30 September is 20 days late on 20 October: amber under 30 days, red under 10.
    await sut
      .http()
      .patch(`/api/v1/authorities/${authorityId}/thresholds`)
      .set('Authorization', admin)
      .send({ milestoneSlipLimitDays: 10 })
      .expect(200);
    const strict = await dashboard('2009-10-20');
    expect(strict.body.thresholds.milestoneSlipLimitDays).toBe(10);
    expect(strict.body.actions.find((line: Line) => line.reference === 'O2.1')).toMatchObject({
      rag: 'red',
      reason:
        'Milestone "Every primary school achieves National Healthy Schools Status" is overdue by 20 days, beyond the 10-day slip limit.',
    });
    await sut
      .http()
      .patch(`/api/v1/authorities/${authorityId}/thresholds`)
      .set('Authorization', admin)
      .send({ milestoneSlipLimitDays: 30 })
      .expect(200);
  });

  it('lists every plan of the authority with its headline, and hides another authority’s plan', async () => {
    const { body } = await sut
      .http()
      .get('/api/v1/dashboard?asOf=2009-10-20')
      .set('Authorization', scrutiny)
      .expect(200);
    expect(body.plans).toHaveLength(1);
    expect(body.plans[0]).toMatchObject({
      reference: 'HALTON-JAR-2008',
      rollUp: { total: 16, headline: 'red', shareOnTrack: 68.8 },
      exceptions: { red: 2, amber: 3 },
      updateOverdue: 2,
    });
    await loadOtherton(sut);
    const otherton = `Bearer ${await tokenFor(sut, 'scrutiny@otherton.example')}`;
    await sut.http().get(`/api/v1/plans/${planId}/dashboard`).set('Authorization', otherton).expect(404);
    const theirs = await sut.http().get('/api/v1/dashboard').set('Authorization', otherton).expect(200);
    expect(theirs.body.plans.map((plan: { reference: string }) => plan.reference)).toEqual(['OTHERTON-JAR-2008']);
  });
});
