/**
 * The pages that keep a plan alive after it is created, through HTTP as a browser without
 * JavaScript sends them: each form's save, its refusals on the page (bad dates, a stale version,
 * a taken reference), the check before a change that matters, who may do what, and the history in words.
 */
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

type Agent = ReturnType<TestApp['browser']>;

const LSCB_REVIEW = [
  'Somewhere',
  'Review of the effectiveness of the Local Safeguarding Children Board',
  'Review dates: 2 to 13 March 2015',
  '',
  'The Local Safeguarding Children Board requires improvement',
  '',
  'What does the LSCB need to improve?',
  'Areas for improvement',
  '',
  '1.   Ensure that the board hears the views of children and young people.',
].join('\n');

describe(`the plan's change pages (${databaseMode} database)`, () => {
  let sut: TestApp;
  let api: string;
  let admin: string;
  let planId: string;
  let ids: Record<string, string>;
  let clerk: Agent;
  let owner: Agent;

  beforeAll(async () => {
    sut = await startTestApp('plan_editing_pages', { exampleData: 'halton' });
    api = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', api).expect(200)).body[0].id;
    const plan = (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', api).expect(200)).body;
    ids = Object.fromEntries(
      plan.actions.map((action: { reference: string; id: string }) => [action.reference, action.id]),
    );
    clerk = sut.browser();
    await signInThroughPage(clerk, ROLE_EMAILS.clerk);
    owner = sut.browser();
    await signInThroughPage(owner, ROLE_EMAILS.owner);
  });
  afterAll(() => sut.close());

  const readPlan = async () =>
    (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', api).expect(200)).body;
  const readAction = async (reference: string) =>
    (await sut.http().get(`/api/v1/actions/${ids[reference]}`).set('Authorization', api).expect(200)).body;
  const actionPath = (reference: string) => `/plans/${planId}/actions/${ids[reference]}`;
  /** The form on a page, as the browser would send it: its hidden fields, with `fields` typed in. */
  const formOf = (html: string, fields: Record<string, string>) => {
    const hidden = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [
        match[1],
        match[2]
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ]),
    );
    return { ...hidden, ...fields };
  };
  const date = (name: string, value: string) => {
    const [year, month, day] = value.split('-');
    return { [`${name}-day`]: day, [`${name}-month`]: month, [`${name}-year`]: year };
  };

  it('changes the plan’s title, reference and dates, refusing a date that does not exist and a stale version', async () => {
    const page = await clerk.get(`/plans/${planId}/details`).expect(200);
    const before = await readPlan();

    const wrong = await clerk
      .post(`/plans/${planId}/details`)
      .type('form')
      .send(
        formOf(page.text, {
          reference: before.reference,
          title: before.title,
          ...date('reportReceivedOn', '2008-02-31'),
        }),
      )
      .expect(400);
    expect(wrong.text).toContain('<a href="#reportReceivedOn-day">The day the report was received must be a real date');
    expect(wrong.text).toMatch(/<title>Error: /);

    const saved = await clerk
      .post(`/plans/${planId}/details`)
      .type('form')
      .send(
        formOf(page.text, {
          reference: 'halton-jar-2008-rev',
          title: 'Halton improvement plan, revised',
          ...date('reportReceivedOn', '2008-03-27'),
          ...date('sentToInspectorateOn', '2008-07-18'),
        }),
      )
      .expect(303);
    expect(saved.headers.location).toBe(`/plans/${planId}?saved=details`);
    const after = await readPlan();
    expect(after).toMatchObject({
      reference: 'HALTON-JAR-2008-REV',
      title: 'Halton improvement plan, revised',
      reportReceivedOn: '2008-03-27',
      sentToInspectorateOn: '2008-07-18',
    });
    const shown = await clerk.get(saved.headers.location).expect(200);
    expect(shown.text).toContain('The plan’s details have been saved.');
    expect(shown.text).toContain('18 July 2008');

    // The form read before the save carries the old version: refused in words, nothing changed.
    const stale = await clerk
      .post(`/plans/${planId}/details`)
      .type('form')
      .send(formOf(page.text, { reference: 'HALTON-OTHER', title: 'Another title' }))
      .expect(409);
    expect(stale.text).toContain('Someone else changed this since you opened the page.');
    expect((await readPlan()).reference).toBe('HALTON-JAR-2008-REV');
  });

  it('checks an endorsement before saving it, and refuses one dated in the future', async () => {
    const form = await clerk.get(`/plans/${planId}/endorsement`).expect(200);
    const before = await readPlan();
    const future = await clerk
      .post(`/plans/${planId}/endorsement/check`)
      .type('form')
      .send(formOf(form.text, { endorsedBy: 'Executive Board', ...date('endorsedOn', '2099-01-01') }))
      .expect(400);
    expect(future.text).toContain('<a href="#endorsedOn-day">The date of endorsement must be today or in the past</a>');

    const check = await clerk
      .post(`/plans/${planId}/endorsement/check`)
      .type('form')
      .send(formOf(form.text, { endorsedBy: 'Children’s Trust Board', ...date('endorsedOn', '2008-07-17') }))
      .expect(200);
    expect(check.text).toContain('Check the endorsement before it is saved');
    expect(check.text).toContain('17 July 2008');
    expect((await readPlan()).endorsedBy).toBe(before.endorsedBy);

    await clerk.post(`/plans/${planId}/endorsement`).type('form').send(formOf(check.text, {})).expect(303);
    expect(await readPlan()).toMatchObject({
      status: 'endorsed',
      endorsedBy: 'Children’s Trust Board',
      endorsedOn: '2008-07-17',
    });
  });

  it('adds an action to a recommendation, refusing a reference the plan already has', async () => {
    const form = await clerk.get(`/plans/${planId}/new-action`).expect(200);
    const recommendationId = /<option value="([0-9a-f-]{36})">1\. /.exec(form.text)?.[1] as string;
    const fields = {
      recommendationId,
      title: 'Hear the views of young carers in every review',
      kind: 'process',
      ...date('startDate', '2008-10-01'),
      ...date('dueDate', '2009-03-31'),
    };
    const taken = await clerk
      .post(`/plans/${planId}/new-action`)
      .type('form')
      .send(formOf(form.text, { ...fields, reference: 'O1' }))
      .expect(409);
    expect(taken.text).toContain('The plan already has an action O1.');

    const backwards = await clerk
      .post(`/plans/${planId}/new-action`)
      .type('form')
      .send(formOf(form.text, { ...fields, reference: 'P20', ...date('dueDate', '2008-09-01') }))
      .expect(400);
    expect(backwards.text).toContain('<a href="#dueDate-day">The due date must be on or after the start date</a>');

    const added = await clerk
      .post(`/plans/${planId}/new-action`)
      .type('form')
      .send(formOf(form.text, { ...fields, reference: 'P20' }))
      .expect(303);
    expect(added.headers.location).toMatch(new RegExp(`^/plans/${planId}/actions/[0-9a-f-]{36}\\?saved=added$`));
    expect((await readPlan()).actions.map((action: { reference: string }) => action.reference)).toContain('P20');
  });

  it('reassigns an owner and moves a due date, refusing a due date before the start', async () => {
    const form = await clerk.get(`${actionPath('O3')}/details`).expect(200);
    const before = await readAction('O3');
    const users = (await sut.http().get('/api/v1/users').set('Authorization', admin).expect(200)).body as {
      id: string;
      email: string;
      displayName: string;
    }[];
    const clerkUser = users.find((user) => user.email === ROLE_EMAILS.clerk) as { id: string; displayName: string };
    const fields = {
      title: before.title,
      kind: before.kind,
      ownerId: clerkUser.id,
      leadPartnerId: before.leadPartner?.id ?? '',
      ...date('startDate', before.startDate),
    };
    const backwards = await clerk
      .post(`${actionPath('O3')}/details`)
      .type('form')
      .send(formOf(form.text, { ...fields, ...date('dueDate', '2000-01-01') }))
      .expect(400);
    expect(backwards.text).toContain('href="#dueDate-day"');

    await clerk
      .post(`${actionPath('O3')}/details`)
      .type('form')
      .send(formOf(form.text, { ...fields, ...date('dueDate', '2010-03-31') }))
      .expect(303);
    expect(await readAction('O3')).toMatchObject({ owner: { id: clerkUser.id }, dueDate: '2010-03-31' });

    const history = await clerk.get(`${actionPath('O3')}/history`).expect(200);
    expect(history.text).toContain('<strong>Owner</strong>:');
    expect(history.text).toContain('Action O3 ');
    expect(history.text).toContain(clerkUser.displayName);
    expect(history.text).toContain('31 March 2010');
    expect(history.text).not.toContain('ownerId');
    expect(history.text).not.toContain(clerkUser.id);
  });

  it('adds, renames, completes and removes a milestone; an owner completes but does not remove or move one', async () => {
    const path = actionPath('P1');
    const form = await clerk.get(`${path}/milestones/new`).expect(200);
    const empty = await clerk.post(`${path}/milestones/new`).type('form').send(formOf(form.text, {})).expect(400);
    expect(empty.text).toContain('<a href="#title">Enter the milestone');
    await clerk
      .post(`${path}/milestones/new`)
      .type('form')
      .send(formOf(form.text, { title: 'Audit of case files', ...date('dueDate', '2009-01-31') }))
      .expect(303);
    const milestone = (await readAction('P1')).milestones.find(
      (candidate: { title: string }) => candidate.title === 'Audit of case files',
    );
    expect(milestone).toMatchObject({ dueDate: '2009-01-31', completedOn: null });

    const edit = await clerk.get(`${path}/milestones/${milestone.id}/edit`).expect(200);
    await clerk
      .post(`${path}/milestones/${milestone.id}/edit`)
      .type('form')
      .send(formOf(edit.text, { title: 'Audit of 50 case files', ...date('dueDate', '2009-02-28') }))
      .expect(303);
    const page = await clerk.get(path).expect(200);
    await clerk
      .post(`${path}/milestones/${milestone.id}/complete`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) })
      .expect(303);
    const changed = (await readAction('P1')).milestones.find(
      (candidate: { id: string }) => candidate.id === milestone.id,
    );
    expect(changed).toMatchObject({ title: 'Audit of 50 case files', dueDate: '2009-02-28' });
    expect(changed.completedOn).not.toBeNull();

    // The owner of another action is refused; removing is for clerks.
    await owner.get(`${path}/milestones/${milestone.id}/remove`).expect(403);
    await owner.get(`${path}/milestones/new`).expect(403);

    const remove = await clerk.get(`${path}/milestones/${milestone.id}/remove`).expect(200);
    expect(remove.text).toContain('Remove this milestone?');
    await clerk
      .post(`${path}/milestones/${milestone.id}/remove`)
      .type('form')
      .send(formOf(remove.text, {}))
      .expect(303);
    expect((await readAction('P1')).milestones.some((candidate: { id: string }) => candidate.id === milestone.id)).toBe(
      false,
    );
  });

  it('shows an owner the due date of their milestone without letting them move it', async () => {
    const plan = await readPlan();
    const users = (await sut.http().get('/api/v1/users').set('Authorization', admin).expect(200)).body;
    const ownerUser = users.find((user: { email: string }) => user.email === ROLE_EMAILS.owner);
    const owned = plan.actions.find(
      (candidate: { owner: { id: string } | null; milestones: unknown[] }) =>
        candidate.owner?.id === ownerUser.id && candidate.milestones.length,
    );
    const edit = await owner
      .get(`/plans/${planId}/actions/${owned.id}/milestones/${owned.milestones[0].id}/edit`)
      .expect(200);
    expect(edit.text).toContain('Only a clerk may move a due date.');
    expect(edit.text).not.toContain('name="dueDate-day"');

    // A due date sent anyway is not moved; the rename is kept.
    await owner
      .post(`/plans/${planId}/actions/${owned.id}/milestones/${owned.milestones[0].id}/edit`)
      .type('form')
      .send(formOf(edit.text, { title: 'Renamed by its owner', ...date('dueDate', '2030-01-01') }))
      .expect(303);
    const after = (await sut.http().get(`/api/v1/actions/${owned.id}`).set('Authorization', api).expect(200)).body;
    expect(after.milestones.find((m: { id: string }) => m.id === owned.milestones[0].id)).toMatchObject({
      title: 'Renamed by its owner',
      dueDate: owned.milestones[0].dueDate,
    });
  });

  it('attaches an indicator with a baseline and target, changes it, refuses a target that is not a number, and detaches it', async () => {
    const path = actionPath('P1');
    const form = await clerk.get(`${path}/indicators/new`).expect(200);
    const code = /<option value="(NI [^"]+)">/.exec(form.text)?.[1] as string;
    const notANumber = await clerk
      .post(`${path}/indicators/new`)
      .type('form')
      .send(formOf(form.text, { code, targetValue: 'ten' }))
      .expect(400);
    expect(notANumber.text).toContain('<a href="#targetValue">Enter the target as a number, like 10.4</a>');
    await clerk
      .post(`${path}/indicators/new`)
      .type('form')
      .send(
        formOf(form.text, {
          code,
          baselineValue: '11.2',
          baselinePeriod: '2007-08',
          targetValue: '9',
          ...date('targetDate', '2010-03-31'),
          toleranceKind: 'absolute',
          toleranceValue: '0.5',
        }),
      )
      .expect(303);
    const link = (await readAction('P1')).indicators.find((candidate: { code: string }) => candidate.code === code);
    expect(link).toMatchObject({
      baselineValue: '11.2',
      targetValue: '9',
      toleranceKind: 'absolute',
      toleranceValue: '0.5',
    });

    const edit = await clerk.get(`${path}/indicators/${link.id}/edit`).expect(200);
    expect(edit.text).toMatch(/is better, in /);
    await clerk
      .post(`${path}/indicators/${link.id}/edit`)
      .type('form')
      .send(
        formOf(edit.text, {
          baselineValue: '11.2',
          baselinePeriod: '2007-08',
          targetValue: '8.5',
          toleranceKind: 'percentage',
        }),
      )
      .expect(303);
    expect(
      (await readAction('P1')).indicators.find((candidate: { id: string }) => candidate.id === link.id),
    ).toMatchObject({
      targetValue: '8.5',
      toleranceKind: 'percentage',
    });

    const detach = await clerk.get(`${path}/indicators/${link.id}/remove`).expect(200);
    await clerk.post(`${path}/indicators/${link.id}/remove`).type('form').send(formOf(detach.text, {})).expect(303);
    expect((await readAction('P1')).indicators.some((candidate: { id: string }) => candidate.id === link.id)).toBe(
      false,
    );
  });

  it('sets a status by hand only with a reason and an end date not in the past, after checking it', async () => {
    const path = actionPath('O1');
    const form = await clerk.get(`${path}/override`).expect(200);
    const noReason = await clerk
      .post(`${path}/override/check`)
      .type('form')
      .send(
        formOf(form.text, { ragOverride: 'amber', ragOverrideReason: '', ...date('ragOverrideUntil', '2000-01-01') }),
      )
      .expect(400);
    expect(noReason.text).toContain('<a href="#ragOverrideReason">Say why the status is set by hand</a>');
    expect(noReason.text).toContain('<a href="#ragOverrideUntil-day">The end date must be today or later</a>');

    const check = await clerk
      .post(`${path}/override/check`)
      .type('form')
      .send(
        formOf(form.text, {
          ragOverride: 'amber',
          ragOverrideReason: 'Recruitment to the new team is behind plan',
          ...date('ragOverrideUntil', '2099-03-31'),
        }),
      )
      .expect(200);
    expect(check.text).toContain('Check the status before it is saved');
    expect(check.text).toContain('31 March 2099');
    expect((await readAction('O1')).ragOverride).toBeNull();

    await clerk.post(`${path}/override`).type('form').send(formOf(check.text, {})).expect(303);
    expect(await readAction('O1')).toMatchObject({
      ragOverride: 'amber',
      ragOverrideReason: 'Recruitment to the new team is behind plan',
      ragOverrideUntil: '2099-03-31',
    });
    const page = await clerk.get(path).expect(200);
    expect(page.text).toContain('set by hand until 31 March 2099');
    expect(page.text).toContain('Recruitment to the new team is behind plan');

    const remove = await clerk.get(`${path}/override/remove`).expect(200);
    await clerk.post(`${path}/override/remove`).type('form').send(formOf(remove.text, {})).expect(303);
    expect((await readAction('O1')).ragOverride).toBeNull();
  });

  it('cancels an action with a reason after checking, reopens it, and closes another as complete', async () => {
    const path = actionPath('O4');
    const form = await clerk.get(`${path}/cancel`).expect(200);
    await clerk
      .post(`${path}/cancel/check`)
      .type('form')
      .send(formOf(form.text, { cancellationReason: '' }))
      .expect(400);
    const check = await clerk
      .post(`${path}/cancel/check`)
      .type('form')
      .send(formOf(form.text, { cancellationReason: 'Merged into action O1 by the Board' }))
      .expect(200);
    expect((await readAction('O4')).status).not.toBe('cancelled');
    await clerk.post(`${path}/cancel`).type('form').send(formOf(check.text, {})).expect(303);
    expect(await readAction('O4')).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Merged into action O1 by the Board',
    });
    expect((await clerk.get(path).expect(200)).text).toContain('Cancelled: Merged into action O1 by the Board');

    const reopen = await clerk.get(`${path}/reopen`).expect(200);
    await clerk.post(`${path}/reopen`).type('form').send(formOf(reopen.text, {})).expect(303);
    expect(await readAction('O4')).toMatchObject({ closedOn: null, cancellationReason: null });
    expect(['in_progress', 'not_started']).toContain((await readAction('O4')).status);

    const complete = await clerk.get(`${actionPath('P2')}/complete`).expect(200);
    await clerk
      .post(`${actionPath('P2')}/complete`)
      .type('form')
      .send(formOf(complete.text, {}))
      .expect(303);
    expect(await readAction('P2')).toMatchObject({ status: 'complete', percentComplete: 100 });

    // A confirmation from a page read before another change is refused with a sentence, not a 409 page.
    const staleReopen = await clerk.post(`${path}/cancel`).type('form').send(formOf(check.text, {})).expect(409);
    expect(staleReopen.text).toContain('Someone else changed this since you opened the page.');
  });

  it('refuses the change pages to owners and scrutiny members, and shows them no change links', async () => {
    const scrutiny = sut.browser();
    await signInThroughPage(scrutiny, ROLE_EMAILS.scrutiny);
    for (const agent of [owner, scrutiny]) {
      await agent.get(`/plans/${planId}/details`).expect(403);
      await agent.get(`${actionPath('O1')}/override`).expect(403);
      await agent.get(`${actionPath('O1')}/history`).expect(403);
      const page = await agent.get(actionPath('O1')).expect(200);
      expect(page.text).not.toContain(`${actionPath('O1')}/override`);
      expect(page.text).not.toContain(`${actionPath('O1')}/details`);
    }
    const page = await clerk.get(actionPath('O1')).expect(200);
    await owner
      .post(`${actionPath('O1')}/cancel`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), cancellationReason: 'Not mine to cancel' })
      .expect(403);
    await clerk
      .post(`${actionPath('O1')}/cancel`)
      .type('form')
      .send({ cancellationReason: 'No token' })
      .expect(403);
    expect((await readAction('O1')).status).not.toBe('cancelled');
  });

  it('tells the plan’s history and the audit trail in words: names, labels, old → new', async () => {
    const history = await clerk.get(`/plans/${planId}/history`).expect(200);
    const words = history.text.replace(/\s+/g, ' ');
    expect(words).toContain(
      '<strong>Reference</strong>: HALTON-JAR-2008 <span aria-hidden="true">→</span><span class="govuk-visually-hidden"> changed to</span> HALTON-JAR-2008-REV',
    );
    expect(history.text).toContain('<strong>Sent to the inspectorate on</strong>');
    expect(history.text).not.toContain('sentToInspectorateOn');

    const audit = await clerk.get('/audit?entity=action&operation=update').expect(200);
    expect(audit.text).toContain('Action O4 ');
    expect(audit.text).toContain('<strong>Reason for cancelling</strong>');
    expect(audit.text).not.toMatch(/<td class="govuk-table__cell">[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('lists a confirmed inspection with no plan on Home and Import with its link, and discards a draft', async () => {
    const upload = await sut
      .http()
      .post('/api/v1/inspections/drafts')
      .set('Authorization', api)
      .attach('file', Buffer.from(LSCB_REVIEW), 'lscb-review.txt')
      .expect(201);
    const confirmed = await sut
      .http()
      .post(`/api/v1/inspections/drafts/${upload.body.id}/confirm`)
      .set('Authorization', api)
      .send({ version: 1 })
      .expect(201);
    const link = `href="/import/inspections/${confirmed.body.id}/plan"`;
    expect((await clerk.get('/').expect(200)).text).toContain(link);
    expect((await clerk.get('/import').expect(200)).text).toContain(link);
    expect((await owner.get('/').expect(200)).text).not.toContain(link);

    const draft = await sut
      .http()
      .post('/api/v1/inspections/drafts')
      .set('Authorization', api)
      .attach('file', Buffer.from(`${LSCB_REVIEW}\nA second copy.\n`), 'lscb-again.txt')
      .expect(201);
    await owner.get(`/import/drafts/${draft.body.id}/discard`).expect(403);
    const confirm = await clerk.get(`/import/drafts/${draft.body.id}/discard`).expect(200);
    expect(confirm.text).toContain('Discard this draft?');
    const discarded = await clerk
      .post(`/import/drafts/${draft.body.id}/discard`)
      .type('form')
      .send(formOf(confirm.text, {}))
      .expect(303);
    expect(discarded.headers.location).toBe('/import?discarded=1');
    await sut.http().get(`/api/v1/inspections/drafts/${draft.body.id}`).set('Authorization', api).expect(404);
  });
});
