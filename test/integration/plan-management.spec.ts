/**
 * From a confirmed inspection to a plan and its progress, through HTTP as a clerk and owners would
 * use it: preview → create → edit with optimistic locking → progress → measurements → endorsement.
 */
import { addWorkingDays } from '../../src/clock/working-days';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

interface ProposedAction {
  reference: string;
  recommendationId: string;
  title: string;
  description: string | null;
  kind: string;
  judgementAreaKey: string | null;
  ecmOutcome: string | null;
  ownerId: string | null;
  leadPartnerId: string | null;
  startDate: string;
  dueDate: string;
  milestones: { title: string; dueDate: string }[];
  indicators: { code: string; title: string }[];
  localIndicator: unknown;
  flags: string[];
  reasons: { about: string; text: string }[];
}

describe(`managing improvement plans (${databaseMode} database)`, () => {
  let sut: TestApp;
  let clerk: string;
  let owner: string;
  let otherOwner: string;
  let scrutiny: string;
  let inspectionId: string;
  let proposal: ProposedAction[];
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('plans', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    owner = `Bearer ${await tokenFor(sut, ROLE_EMAILS.owner)}`;
    otherOwner = `Bearer ${await tokenFor(sut, 'martin.coyle@halton.example')}`;
    scrutiny = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    const inspections = await sut.http().get('/api/v1/inspections').set('Authorization', clerk).expect(200);
    inspectionId = inspections.body[0].id;
  });
  afterAll(() => sut.close());

  const count = async (table: string): Promise<number> =>
    (await sut.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count;
  const api = () => sut.http();

  function createBody(actions: ProposedAction[], reference = 'HALTON-JAR-2026') {
    return {
      inspectionId,
      reference,
      title: 'Refreshed Joint Area Review plan',
      startDate: '2026-04-01',
      reportReceivedOn: '2026-03-02',
      actions: actions.map((action) => ({
        reference: action.reference,
        recommendationId: action.recommendationId,
        title: action.title,
        description: action.description,
        kind: action.kind,
        judgementAreaKey: action.judgementAreaKey,
        ecmOutcome: action.ecmOutcome,
        ownerId: action.ownerId,
        leadPartnerId: action.leadPartnerId,
        startDate: action.startDate,
        dueDate: action.dueDate,
        milestones: action.milestones,
        indicators: action.indicators.map((indicator) => ({ code: indicator.code, targetValue: '10' })),
      })),
    };
  }

  it('previews the breakdown of a confirmed inspection without storing anything', async () => {
    const actionsBefore = await count('action');
    const response = await api()
      .post('/api/v1/plans/preview')
      .set('Authorization', clerk)
      .send({ inspectionId, startDate: '2026-04-01' })
      .expect(201);
    proposal = response.body.actions;
    expect(proposal.map((action) => action.reference)).toEqual([
      'O1',
      'O2.1',
      'O2.2',
      'O2.3',
      'O3',
      'O4',
      'P1',
      'P2',
      'P3',
      'P4',
      'P5.1',
      'P5.2',
      'P6',
      'P7',
      'P8',
      'P9',
    ]);
    expect(proposal[0].reasons.map((reason) => reason.about)).toEqual(
      expect.arrayContaining(['kind', 'judgement_area', 'ecm_outcome', 'indicator', 'owner', 'dates']),
    );
    expect(proposal.every((action) => action.ownerId !== null)).toBe(true);
    expect(await count('action')).toBe(actionsBefore);
  });

  it('refuses the preview to an owner, and an unknown inspection with 404', async () => {
    await api()
      .post('/api/v1/plans/preview')
      .set('Authorization', owner)
      .send({ inspectionId, startDate: '2026-04-01' })
      .expect(403);
    await api()
      .post('/api/v1/plans/preview')
      .set('Authorization', clerk)
      .send({ inspectionId: '00000000-0000-4000-8000-000000000000', startDate: '2026-04-01' })
      .expect(404);
  });

  it('refuses a plan that leaves a recommendation without an action, storing nothing', async () => {
    const plansBefore = await count('improvement_plan');
    const withoutP9 = proposal.filter((action) => action.reference !== 'P9');
    const response = await api()
      .post('/api/v1/plans')
      .set('Authorization', clerk)
      .send(createBody(withoutP9))
      .expect(400);
    expect(response.body.message).toMatch(/Every recommendation needs at least one action; 1 has none/);
    expect(await count('improvement_plan')).toBe(plansBefore);
  });

  it('refuses a due date before the start, and an unknown indicator code, naming the field', async () => {
    const body = createBody(proposal);
    body.actions[0].dueDate = '2026-03-01';
    const early = await api().post('/api/v1/plans').set('Authorization', clerk).send(body).expect(400);
    expect(early.body.details).toEqual([{ field: 'actions[0].dueDate', messages: [expect.any(String)] }]);
    const unknown = createBody(proposal);
    unknown.actions[1].indicators = [{ code: 'NI 999', targetValue: '1' }];
    const response = await api().post('/api/v1/plans').set('Authorization', clerk).send(unknown).expect(400);
    expect(response.body.message).toMatch(/no indicator with the code NI 999/);
    expect(await count('improvement_plan')).toBe(1);
  });

  it('creates the plan with every action, milestone and indicator in one go, with its statutory clock', async () => {
    const body = createBody(proposal);
    const mortality = body.actions.find((action) => action.reference === 'O2.3') as Record<string, unknown>;
    mortality.indicators = [];
    mortality.localIndicator = {
      code: 'HBC T01',
      title: 'Infant deaths reviewed by the child death overview panel',
      unit: 'number',
      polarity: 'higher_is_better',
      frequency: 'annual',
    };
    const response = await api().post('/api/v1/plans').set('Authorization', clerk).send(body).expect(201);
    planId = response.body.id;
    expect(response.body).toMatchObject({
      reference: 'HALTON-JAR-2026',
      status: 'draft',
      reportReceivedOn: '2026-03-02',
    });
    expect(response.body.actions).toHaveLength(16);
    expect(
      response.body.actions.find((action: { reference: string }) => action.reference === 'O2.3').indicators,
    ).toEqual([
      expect.objectContaining({ code: 'HBC T01', title: 'Infant deaths reviewed by the child death overview panel' }),
    ]);
    expect(response.body.actions[0].milestones).toHaveLength(4);
    expect(response.body.statutoryClock).toMatchObject({
      receivedOn: '2026-03-02',
      dueOn: addWorkingDays('2026-03-02', 70),
    });
    expect(response.body.statutoryClock.summary).toMatch(/written statement/);
    const indicators = await api().get('/api/v1/indicators').set('Authorization', scrutiny).expect(200);
    expect(indicators.body.find((indicator: { code: string }) => indicator.code === 'HBC T01')).toMatchObject({
      local: true,
    });
  });

  it('refuses a second plan with the same reference with 409', async () => {
    await api().post('/api/v1/plans').set('Authorization', clerk).send(createBody(proposal)).expect(409);
  });

  describe('editing an action', () => {
    let actionId: string;
    let version: number;
    beforeAll(async () => {
      const plan = await api().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
      const action = plan.body.actions.find((candidate: { reference: string }) => candidate.reference === 'O3');
      actionId = action.id;
      version = action.version;
    });

    it('saves a change sent with the current version, and refuses a stale one with 409 and the current version', async () => {
      const saved = await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .send({ version, title: 'Get more care leavers into education, employment or training' })
        .expect(200);
      expect(saved.body.version).toBe(version + 1);
      const stale = await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .send({ version, percentComplete: 10 })
        .expect(409);
      expect(stale.body.details).toEqual({ currentVersion: version + 1 });
      await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .set('If-Match', `"${version + 1}"`)
        .send({ dueDate: '2027-06-30' })
        .expect(200);
      const audit = await sut.dataSource.query(
        `SELECT count(*)::int AS count FROM audit_event WHERE entity = 'action' AND entity_id = $1 AND operation = 'update'`,
        [actionId],
      );
      expect(audit[0].count).toBe(2);
    });

    it('needs a reason for a RAG override, and a due date not before the start', async () => {
      const current = (await api().get(`/api/v1/actions/${actionId}`).set('Authorization', clerk)).body.version;
      await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .send({ version: current, ragOverride: 'red' })
        .expect(400);
      await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .send({ version: current, dueDate: '2020-01-01' })
        .expect(400);
      const overridden = await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', clerk)
        .send({ version: current, ragOverride: 'amber', ragOverrideReason: 'Funding for the panel is not yet agreed.' })
        .expect(200);
      expect(overridden.body).toMatchObject({
        ragOverride: 'amber',
        ragOverrideReason: 'Funding for the panel is not yet agreed.',
      });
    });

    it('takes progress from the action’s owner (201) but not from another owner or scrutiny (403)', async () => {
      const update = {
        period: '2026-27 Q1',
        narrative: 'Panel with Connexions met twice.',
        percentComplete: 20,
        proposedRag: 'green',
      };
      const posted = await api()
        .post(`/api/v1/actions/${actionId}/updates`)
        .set('Authorization', owner)
        .send(update)
        .expect(201);
      expect(posted.body).toMatchObject({ period: '2026-27 Q1', percentComplete: 20, authorName: expect.any(String) });
      await api().post(`/api/v1/actions/${actionId}/updates`).set('Authorization', otherOwner).send(update).expect(403);
      await api().post(`/api/v1/actions/${actionId}/updates`).set('Authorization', scrutiny).send(update).expect(403);
      await api()
        .post(`/api/v1/actions/${actionId}/updates`)
        .set('Authorization', owner)
        .send({ ...update, period: '2026 Q1' })
        .expect(400);
      await api()
        .post(`/api/v1/actions/${actionId}/updates`)
        .set('Authorization', clerk)
        .send({ ...update, period: '2026-27 Q2', narrative: 'Second quarter.', percentComplete: 35 })
        .expect(201);
      const history = await api().get(`/api/v1/actions/${actionId}/updates`).set('Authorization', scrutiny).expect(200);
      expect(history.body.map((item: { period: string }) => item.period)).toEqual(['2026-27 Q2', '2026-27 Q1']);
      expect(history.body[1]).toMatchObject({ id: posted.body.id, authorName: posted.body.authorName });
      const action = await api().get(`/api/v1/actions/${actionId}`).set('Authorization', scrutiny).expect(200);
      expect(action.body).toMatchObject({ percentComplete: 35, status: 'in_progress' });
    });

    it('keeps the action’s % complete equal to the newest update in its history when 20 are posted at once', async () => {
      const plan = await api().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
      const busy = plan.body.actions.find((candidate: { reference: string }) => candidate.reference === 'P1').id;
      for (let round = 0; round < 2; round++) {
        const posts = Array.from({ length: 20 }, (_, i) =>
          api()
            .post(`/api/v1/actions/${busy}/updates`)
            .set('Authorization', clerk)
            .send({ period: '2026-27 Q1', narrative: `Round ${round}, post ${i}.`, percentComplete: round * 20 + i })
            .expect(201),
        );
        await Promise.all(posts);
        const history = await api().get(`/api/v1/actions/${busy}/updates`).set('Authorization', clerk).expect(200);
        const action = await api().get(`/api/v1/actions/${busy}`).set('Authorization', clerk).expect(200);
        expect(history.body).toHaveLength(20 * (round + 1));
        expect(action.body.percentComplete).toBe(history.body[0].percentComplete);
      }
    });

    it('lets the owner complete a milestone of their own action only', async () => {
      const action = await api().get(`/api/v1/actions/${actionId}`).set('Authorization', owner).expect(200);
      const milestone = action.body.milestones[0];
      await api()
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set('Authorization', otherOwner)
        .send({ completedOn: '2026-06-20' })
        .expect(403);
      const done = await api()
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set('Authorization', owner)
        .send({ completedOn: '2026-06-20' })
        .expect(200);
      expect(done.body.completedOn).toBe('2026-06-20');
    });

    it('lets only a clerk or an admin move a due date: an owner is refused with 403 and a sentence', async () => {
      const action = await api().get(`/api/v1/actions/${actionId}`).set('Authorization', owner).expect(200);
      const milestone = action.body.milestones[0];
      const later = '2027-03-31';
      const refused = await api()
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set('Authorization', owner)
        .send({ dueDate: later })
        .expect(403);
      expect(refused.body.message).toBe(
        'Only a clerk or an admin may move a due date. Ask the clerk to move it; you can still rename the milestone or mark it complete.',
      );
      await api()
        .patch(`/api/v1/actions/${actionId}`)
        .set('Authorization', owner)
        .send({ version: action.body.version, dueDate: later })
        .expect(403);
      const unmoved = await api()
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set('Authorization', owner)
        .send({ title: 'Renamed by its owner', dueDate: milestone.dueDate })
        .expect(200);
      expect(unmoved.body).toMatchObject({ title: 'Renamed by its owner', dueDate: milestone.dueDate });
      const moved = await api()
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set('Authorization', clerk)
        .send({ dueDate: later })
        .expect(200);
      expect(moved.body.dueDate).toBe(later);
    });
  });

  describe('measurements', () => {
    const PERIODS: Record<string, [string, string, string, string]> = {
      // frequency: [a wrong period, a right one, its last day, the next one]
      quarterly: ['2026', '2026-27 Q1', '2026-06-30', '2026-27 Q2'],
      annual: ['2026 Q3', '2026-27 Q1', '2026-06-30', '2026-27 Q2'],
      academic_year: ['2026-27', '2026/27', '2027-08-31', '2027/28'],
      monthly: ['2026-27', '2026-06', '2026-06-30', '2026-07'],
    };
    let indicatorId: string;
    let wrong: string;
    let period: string;
    let periodEnd: string;
    let next: string;
    beforeAll(async () => {
      const plan = await api().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
      const neet = plan.body.actions.find((action: { reference: string }) => action.reference === 'O1');
      indicatorId = neet.indicators[0].indicatorId;
      const indicators = await api().get('/api/v1/indicators').set('Authorization', clerk).expect(200);
      const frequency = indicators.body.find((indicator: { id: string }) => indicator.id === indicatorId).frequency;
      [wrong, period, periodEnd, next] = PERIODS[frequency];
    });

    it('refuses a period that does not fit the indicator’s frequency with 400, storing nothing', async () => {
      const before = await count('measurement');
      const response = await api()
        .post(`/api/v1/indicators/${indicatorId}/measurements`)
        .set('Authorization', clerk)
        .send({ period: wrong, value: '9.1' })
        .expect(400);
      expect(response.body.message).toMatch(/^NI 117 is measured .*: write it like/);
      await api()
        .post(`/api/v1/indicators/${indicatorId}/measurements`)
        .set('Authorization', clerk)
        .send({ period, value: 'nine' })
        .expect(400);
      expect(await count('measurement')).toBe(before);
    });

    it('records one value per period: a second value corrects it, and the trail keeps both', async () => {
      const first = await api()
        .post(`/api/v1/indicators/${indicatorId}/measurements`)
        .set('Authorization', clerk)
        .send({ period, value: '9.1' })
        .expect(201);
      expect(first.body).toMatchObject({ period, periodEnd, value: '9.1' });
      const corrected = await api()
        .post(`/api/v1/indicators/${indicatorId}/measurements`)
        .set('Authorization', clerk)
        .send({ period, value: '8.9', note: 'Corrected after the Connexions return.' })
        .expect(200);
      expect(corrected.body).toMatchObject({ id: first.body.id, value: '8.9' });
      const audit = await sut.dataSource.query(
        `SELECT operation FROM audit_event WHERE entity = 'measurement' AND entity_id = $1 ORDER BY id`,
        [first.body.id],
      );
      expect(audit.map((row: { operation: string }) => row.operation)).toEqual(['insert', 'update']);
      await api()
        .post(`/api/v1/indicators/${indicatorId}/measurements`)
        .set('Authorization', owner)
        .send({ period: next, value: '8.0' })
        .expect(403);
    });
  });

  it('endorses a plan only with its committee and date, then closes it', async () => {
    const plan = await api().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200);
    await api()
      .patch(`/api/v1/plans/${planId}`)
      .set('Authorization', clerk)
      .send({ version: plan.body.version, status: 'endorsed' })
      .expect(400);
    const endorsed = await api()
      .patch(`/api/v1/plans/${planId}`)
      .set('Authorization', clerk)
      .send({ version: plan.body.version, status: 'endorsed', endorsedBy: 'Executive Board', endorsedOn: '2026-04-16' })
      .expect(200);
    expect(endorsed.body).toMatchObject({
      status: 'endorsed',
      endorsedBy: 'Executive Board',
      endorsedOn: '2026-04-16',
    });
    await api()
      .patch(`/api/v1/plans/${planId}`)
      .set('Authorization', scrutiny)
      .send({ version: endorsed.body.version, status: 'closed' })
      .expect(403);
    const closed = await api()
      .patch(`/api/v1/plans/${planId}`)
      .set('Authorization', clerk)
      .send({ version: endorsed.body.version, status: 'closed' })
      .expect(200);
    expect(closed.body.status).toBe('closed');
    await api()
      .patch(`/api/v1/plans/${planId}`)
      .set('Authorization', clerk)
      .send({
        version: closed.body.version,
        status: 'endorsed',
        endorsedBy: 'Executive Board',
        endorsedOn: '2026-04-16',
      })
      .expect(400);
  });

  it('asks for progress as often as the council’s settings say, unless the plan says otherwise', async () => {
    const admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    const [authority] = (await api().get('/api/v1/authorities').set('Authorization', admin).expect(200)).body;
    await api()
      .patch(`/api/v1/authorities/${authority.id}`)
      .set('Authorization', admin)
      .send({ reportingFrequency: 'monthly' })
      .expect(200);
    try {
      const monthly = await api()
        .post('/api/v1/plans')
        .set('Authorization', clerk)
        .send(createBody(proposal, 'HALTON-JAR-MONTHLY'))
        .expect(201);
      expect(monthly.body.reportingFrequency).toBe('monthly');
      const quarterly = await api()
        .post('/api/v1/plans')
        .set('Authorization', clerk)
        .send({ ...createBody(proposal, 'HALTON-JAR-QUARTERLY'), reportingFrequency: 'quarterly' })
        .expect(201);
      expect(quarterly.body.reportingFrequency).toBe('quarterly');
    } finally {
      await api()
        .patch(`/api/v1/authorities/${authority.id}`)
        .set('Authorization', admin)
        .send({ reportingFrequency: 'quarterly' })
        .expect(200);
    }
  });
});
