/**
 * A focused visit letter and a monitoring visit letter through the import's HTTP route: each is stored
 * as a visit of its own kind under its own framework, without grades; a focused visit's areas for
 * priority action are stored as priority actions, and the plan made from it counts the draft (20
 * working days) and the final plan (70) from the day the letter was received, the draft met on the day
 * the draft was sent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addWorkingDays } from '../../src/clock/working-days';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/inspections', name));

describe(`importing visit letters (${databaseMode} database)`, () => {
  let sut: TestApp;
  let clerk: string;

  beforeAll(async () => {
    sut = await startTestApp('visits', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
  });
  afterAll(() => sut.close());

  async function importAndConfirm(name: string, beforeConfirming?: (draftId: string) => Promise<void>) {
    const uploaded = await sut
      .http()
      .post('/api/v1/inspections/drafts')
      .set('Authorization', clerk)
      .attach('file', fixture(name), name)
      .expect(201);
    await beforeConfirming?.(uploaded.body.id);
    const confirmed = await sut
      .http()
      .post(`/api/v1/inspections/drafts/${uploaded.body.id}/confirm`)
      .set('Authorization', clerk)
      .send({ version: uploaded.body.version })
      .expect(201);
    return { draft: uploaded.body, inspection: confirmed.body };
  }

  it('stores a focused visit with its priority actions, and its plan counts the draft and the final deadlines', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.clerk);
    const { draft, inspection } = await importAndConfirm('focused-visit-letter.txt', async (draftId) => {
      const review = await agent.get(`/import/drafts/${draftId}`).expect(200);
      expect(review.text.match(/Priority action: the letter asks for a plan by a deadline/g)).toHaveLength(2);
    });
    expect(draft.draft).toMatchObject({ kind: 'FOCUSED', judgements: [] });
    expect(inspection).toMatchObject({ kind: 'FOCUSED', framework: { key: 'focused_visit' }, judgements: [] });
    expect(
      inspection.recommendations.map((item: { priorityAction: boolean; timescale: string | null }) => [
        item.priorityAction,
        item.timescale,
      ]),
    ).toEqual([
      [true, 'immediate'],
      [true, 'immediate'],
      [false, null],
      [false, null],
    ]);

    const received = '2026-03-02';
    const proposal = await sut
      .http()
      .post('/api/v1/plans/preview')
      .set('Authorization', clerk)
      .send({ inspectionId: inspection.id, startDate: received })
      .expect(201);
    const plan = await sut
      .http()
      .post('/api/v1/plans')
      .set('Authorization', clerk)
      .send({
        inspectionId: inspection.id,
        reference: 'NORTH-FV-2026',
        title: 'Focused visit plan',
        startDate: received,
        reportReceivedOn: received,
        actions: proposal.body.actions.map((action: Record<string, unknown>) => ({
          reference: action.reference,
          recommendationId: action.recommendationId,
          title: action.title,
          kind: action.kind,
          judgementAreaKey: action.judgementAreaKey,
          ownerId: action.ownerId,
          startDate: action.startDate,
          dueDate: action.dueDate,
        })),
      })
      .expect(201);
    expect(plan.body.statutoryClock.deadlines.map((d: { key: string; dueOn: string }) => [d.key, d.dueOn])).toEqual([
      ['draft_action_plan', addWorkingDays(received, 20)],
      ['action_plan', addWorkingDays(received, 70)],
    ]);

    const dashboard = await sut
      .http()
      .get(`/api/v1/plans/${plan.body.id}/dashboard`)
      .set('Authorization', clerk)
      .expect(200);
    expect(dashboard.body.plan.statutoryClock).toMatchObject({ owes: true, dueOn: addWorkingDays(received, 70) });

    const details = await agent.get(`/plans/${plan.body.id}/details`).expect(200);
    expect(details.text).toContain('When was a draft of the plan sent to the inspectorate?');

    const draftSentOn = addWorkingDays(received, 12);
    const patched = await sut
      .http()
      .patch(`/api/v1/plans/${plan.body.id}`)
      .set('Authorization', clerk)
      .send({ version: plan.body.version, draftSentOn })
      .expect(200);
    expect(patched.body.draftSentOn).toBe(draftSentOn);
    expect(patched.body.statutoryClock.deadlines[0]).toMatchObject({ state: 'met', metOn: draftSentOn });

    const refused = await sut
      .http()
      .patch(`/api/v1/plans/${plan.body.id}`)
      .set('Authorization', clerk)
      .send({ version: patched.body.version, draftSentOn: '2026-02-27' })
      .expect(400);
    expect(JSON.stringify(refused.body)).toContain('draftSentOn');
    const unchanged = await sut.http().get(`/api/v1/plans/${plan.body.id}`).set('Authorization', clerk).expect(200);
    expect(unchanged.body.draftSentOn).toBe(draftSentOn);
  });

  it('stores a monitoring visit without grades or recommendations, though its letter names nothing to improve', async () => {
    const { inspection } = await importAndConfirm('monitoring-visit-letter.txt');
    expect(inspection).toMatchObject({
      kind: 'MONITORING',
      framework: { key: 'monitoring_visit' },
      judgements: [],
      recommendations: [],
    });
  });
});
