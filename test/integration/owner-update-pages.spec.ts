/**
 * The action page's form and My actions through HTTP, as a browser without JavaScript sends them:
 * who may post, what is refused, and that an update is kept whole or not at all.
 */
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`posting an update through the action page (${databaseMode} database)`, () => {
  let sut: TestApp;
  let clerk: string;
  let planId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    sut = await startTestApp('owner_update_pages', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const plan = (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200)).body;
    ids = Object.fromEntries(
      plan.actions.map((action: { reference: string; id: string }) => [action.reference, action.id]),
    );
  });
  afterAll(() => sut.close());

  const signedIn = async (role: keyof typeof ROLE_EMAILS) => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS[role]);
    return agent;
  };
  const updates = async (reference: string): Promise<number> =>
    (await sut.http().get(`/api/v1/actions/${ids[reference]}/updates`).set('Authorization', clerk).expect(200)).body
      .length;
  const form = (page: string, fields: Record<string, string | string[]>) => ({
    _csrf: csrfFrom(page),
    period: /name="period" type="radio" value="([^"]+)"/.exec(page)?.[1] ?? '',
    ...fields,
  });

  it('refuses an owner posting on someone else’s action with 403, and shows them no form there', async () => {
    const owner = await signedIn('owner');
    const page = await owner.get(`/plans/${planId}/actions/${ids.O1}`).expect(200);
    expect(page.text).not.toContain('Post an update');
    const before = await updates('O1');
    await owner
      .post(`/plans/${planId}/actions/${ids.O1}/updates`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        period: '2009-10 Q2',
        narrative: 'Not mine',
        percentComplete: '10',
        proposedRag: 'green',
      })
      .expect(403);
    expect(await updates('O1')).toBe(before);
  });

  it('refuses a form without its CSRF token', async () => {
    const owner = await signedIn('owner');
    const before = await updates('O3');
    await owner
      .post(`/plans/${planId}/actions/${ids.O3}/updates`)
      .type('form')
      .send({ period: '2009-10 Q2', narrative: 'No token', percentComplete: '10', proposedRag: 'green' })
      .expect(403);
    expect(await updates('O3')).toBe(before);
  });

  it('answers 400 with an error summary linked to each field, keeping what was typed', async () => {
    const owner = await signedIn('owner');
    const page = await owner.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    const response = await owner
      .post(`/plans/${planId}/actions/${ids.O3}/updates`)
      .type('form')
      .send(form(page.text, { narrative: 'Kept <b>as text</b>', percentComplete: '101', proposedRag: 'purple' }))
      .expect(400);
    expect(response.text).toContain('<title>Error: O3 ');
    expect(response.text).toContain('<a href="#percentComplete">Enter a whole number from 0 to 100</a>');
    expect(response.text).toContain('<a href="#proposedRag">Choose the status you propose: green, amber or red</a>');
    expect(response.text).toContain('Kept &lt;b&gt;as text&lt;/b&gt;');
  });

  it('keeps nothing when part of the update is refused: a milestone of another action', async () => {
    const owner = await signedIn('owner');
    const page = await owner.get(`/plans/${planId}/actions/${ids.O3}`).expect(200);
    const other = (await sut.http().get(`/api/v1/actions/${ids.O4}`).set('Authorization', clerk).expect(200)).body;
    const before = await updates('O3');
    const response = await owner
      .post(`/plans/${planId}/actions/${ids.O3}/updates`)
      .type('form')
      .send(
        form(page.text, {
          narrative: 'Half an update',
          percentComplete: '65',
          proposedRag: 'green',
          milestonesCompleted: other.milestones.map((milestone: { id: string }) => milestone.id),
        }),
      )
      .expect(400);
    expect(response.text).toContain('Choose only milestones of this action.');
    expect(await updates('O3')).toBe(before);
  });

  it('posts, then redirects to the action page, which says so (Post/Redirect/Get)', async () => {
    const clerkAgent = await signedIn('clerk');
    const page = await clerkAgent.get(`/plans/${planId}/actions/${ids.O1}`).expect(200);
    const before = await updates('O1');
    const posted = await clerkAgent
      .post(`/plans/${planId}/actions/${ids.O1}/updates`)
      .type('form')
      .send(
        form(page.text, {
          narrative: 'Posted by the clerk for the owner',
          percentComplete: '90',
          proposedRag: 'green',
        }),
      )
      .expect(303);
    expect(posted.headers.location).toMatch(new RegExp(`^/plans/${planId}/actions/${ids.O1}\\?posted=`));
    const after = await clerkAgent.get(posted.headers.location).expect(200);
    expect(after.text).toMatch(/Your update for \d{4}-\d{2} Q[1-4] has been posted\./);
    expect(await updates('O1')).toBe(before + 1);
  });

  it('lists an owner’s own actions on My actions, and keeps the page from scrutiny members', async () => {
    const owner = await signedIn('owner');
    const mine = await owner.get('/my-actions').expect(200);
    for (const reference of ['O3', 'O4', 'P2', 'P3']) expect(mine.text).toContain(`/actions/${ids[reference]}"`);
    expect(mine.text).not.toContain(`/actions/${ids.O1}"`);
    const scrutiny = await signedIn('scrutiny');
    await scrutiny.get('/my-actions').expect(403);
  });

  it('answers 404 for an action under another plan’s address', async () => {
    const owner = await signedIn('owner');
    await owner.get(`/plans/${ids.O3}/actions/${ids.O3}`).expect(404);
  });
});
