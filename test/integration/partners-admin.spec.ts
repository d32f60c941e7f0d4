import { ROLE_EMAILS, tokensByRole } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`administering partner organisations and theme leads (${databaseMode} database)`, () => {
  let sut: TestApp;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let admin: string;
  beforeAll(async () => {
    sut = await startTestApp('partners', { exampleData: 'halton' });
    tokens = await tokensByRole(sut);
    admin = `Bearer ${tokens.admin}`;
  });
  afterAll(() => sut.close());

  const api = (bearer = admin) => ({
    get: (path: string) => sut.http().get(path).set('Authorization', bearer),
    post: (path: string, body: object) => sut.http().post(path).set('Authorization', bearer).send(body),
    patch: (path: string, body: object) => sut.http().patch(path).set('Authorization', bearer).send(body),
    delete: (path: string) => sut.http().delete(path).set('Authorization', bearer),
  });

  const auditOf = (entity: string, entityId: string) =>
    sut.dataSource.query(
      `SELECT operation, before, after FROM audit_event WHERE entity = $1 AND entity_id = $2 ORDER BY id`,
      [entity, entityId],
    ) as Promise<{ operation: string; before: { name?: string } | null; after: { name?: string } | null }[]>;

  const partnerNamed = async (name: string): Promise<{ id: string; name: string; kind: string }> => {
    const partners = (await api().get('/api/v1/partners').expect(200)).body as {
      id: string;
      name: string;
      kind: string;
    }[];
    const partner = partners.find((candidate) => candidate.name === name);
    if (!partner) throw new Error(`No partner ${name}`);
    return partner;
  };

  describe('partner organisations', () => {
    let id: string;

    it('lists the authority’s partners', async () => {
      const response = await api().get('/api/v1/partners').expect(200);
      const names = response.body.map((partner: { name: string }) => partner.name);
      expect(names).toContain('Halton and St Helens PCT');
      expect(Object.keys(response.body[0]).sort()).toEqual(['id', 'kind', 'name']);
    });

    it('adds a partner, recording it in the audit trail', async () => {
      const created = await api()
        .post('/api/v1/partners', { name: '  Halton Youth Offending Team ', kind: 'council' })
        .expect(201);
      expect(created.body).toEqual({ id: expect.any(String), name: 'Halton Youth Offending Team', kind: 'council' });
      id = created.body.id;
      expect(await auditOf('partner_organisation', id)).toEqual([
        expect.objectContaining({
          operation: 'insert',
          after: expect.objectContaining({ name: 'Halton Youth Offending Team' }),
        }),
      ]);
    });

    it('refuses a second partner of the same name, whatever its case, with 409', async () => {
      const response = await api()
        .post('/api/v1/partners', { name: 'halton youth offending team', kind: 'other' })
        .expect(409);
      expect(response.body).toMatchObject({
        statusCode: 409,
        message: 'There is already a partner organisation called halton youth offending team.',
      });
      const renamedOnto = await api().patch(`/api/v1/partners/${id}`, { name: 'Cheshire Constabulary' }).expect(409);
      expect(renamedOnto.body.message).toBe('There is already a partner organisation called Cheshire Constabulary.');
    });

    it('renames a partner, recording the before and after', async () => {
      const renamed = await api().patch(`/api/v1/partners/${id}`, { name: 'Halton Youth Justice Service' }).expect(200);
      expect(renamed.body).toEqual({ id, name: 'Halton Youth Justice Service', kind: 'council' });
      const trail = await auditOf('partner_organisation', id);
      expect(trail[1]).toMatchObject({
        operation: 'update',
        before: { name: 'Halton Youth Offending Team' },
        after: { name: 'Halton Youth Justice Service' },
      });
      // A change of case only is a rename of the same partner, not a clash with itself.
      await api().patch(`/api/v1/partners/${id}`, { name: 'Halton youth justice service' }).expect(200);
      await api().patch(`/api/v1/partners/${id}`, { name: 'Halton Youth Justice Service' }).expect(200);
    });

    it('refuses to remove a partner still in use, saying what uses it, and changes nothing', async () => {
      const pct = await partnerNamed('Halton and St Helens PCT');
      const [{ actions }] = await sut.dataSource.query(
        `SELECT count(*)::int AS actions FROM action WHERE lead_partner_id = $1`,
        [pct.id],
      );
      const [{ users }] = await sut.dataSource.query(
        `SELECT count(*)::int AS users FROM app_user WHERE partner_organisation_id = $1`,
        [pct.id],
      );
      const [{ themeLeads }] = await sut.dataSource.query(
        `SELECT count(*)::int AS "themeLeads" FROM theme_lead WHERE partner_organisation_id = $1`,
        [pct.id],
      );
      expect(actions).toBeGreaterThan(0);
      const response = await api().delete(`/api/v1/partners/${pct.id}`).expect(409);
      expect(response.body.message).toMatch(
        new RegExp(
          `^Halton and St Helens PCT cannot be removed while it is the lead partner of ${actions} actions, ` +
            `the organisation of ${users} users? and the organisation of ${themeLeads} theme leads\\.`,
        ),
      );
      expect(response.body.details).toEqual({ usage: { actions, users, themeLeads } });
      await partnerNamed('Halton and St Helens PCT');
      expect((await auditOf('partner_organisation', pct.id)).map((event) => event.operation)).toEqual(['insert']);
    });

    it('refuses to remove a partner a single user belongs to', async () => {
      const partner = (
        await api().post('/api/v1/partners', { name: 'Halton Play Council', kind: 'voluntary' }).expect(201)
      ).body;
      const [user] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ROLE_EMAILS.scrutiny]);
      await api().patch(`/api/v1/users/${user.id}`, { partnerOrganisationId: partner.id }).expect(200);
      const response = await api().delete(`/api/v1/partners/${partner.id}`).expect(409);
      expect(response.body.message).toMatch(
        /^Halton Play Council cannot be removed while it is the organisation of 1 user\./,
      );
      await api().patch(`/api/v1/users/${user.id}`, { partnerOrganisationId: null }).expect(200);
      await api().delete(`/api/v1/partners/${partner.id}`).expect(204);
    });

    it('removes a partner nothing uses, recording what it was', async () => {
      await api().delete(`/api/v1/partners/${id}`).expect(204);
      const names = (await api().get('/api/v1/partners').expect(200)).body.map((p: { name: string }) => p.name);
      expect(names).not.toContain('Halton Youth Justice Service');
      const trail = await auditOf('partner_organisation', id);
      expect(trail[trail.length - 1]).toMatchObject({
        operation: 'delete',
        before: { name: 'Halton Youth Justice Service' },
        after: null,
      });
      await api().delete(`/api/v1/partners/${id}`).expect(404);
      await api().patch(`/api/v1/partners/${id}`, { name: 'Back again' }).expect(404);
    });

    it('validates names and kinds and refuses unknown fields', async () => {
      const response = await api().post('/api/v1/partners', { name: '   ', kind: 'army', colour: 'blue' }).expect(400);
      expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['colour', 'kind', 'name']);
      await api()
        .post('/api/v1/partners', { name: 'x'.repeat(201), kind: 'other' })
        .expect(400);
    });
  });

  describe('theme leads', () => {
    let leadId: string;
    let userId: string;
    let pctId: string;

    beforeAll(async () => {
      [{ id: userId }] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ROLE_EMAILS.owner]);
      pctId = (await partnerNamed('Halton and St Helens PCT')).id;
    });

    it('lists who leads each theme, with the theme in words', async () => {
      const response = await api().get('/api/v1/theme-leads').expect(200);
      expect(response.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            theme: 'stay_safe',
            themeLabel: 'Stay safe',
            leadName: 'Helen Ashworth',
            user: { id: userId, name: expect.any(String) },
          }),
        ]),
      );
    });

    it('adds a lead for a theme without one, and refuses a second lead for a theme with 409', async () => {
      const created = await api()
        .post('/api/v1/theme-leads', {
          theme: 'lscb',
          leadName: 'Dr Priya Natt',
          leadTitle: 'Designated Doctor',
          partnerOrganisationId: pctId,
        })
        .expect(201);
      expect(created.body).toMatchObject({
        theme: 'lscb',
        themeLabel: 'Local Safeguarding Children Board',
        leadName: 'Dr Priya Natt',
        leadTitle: 'Designated Doctor',
        user: null,
        partnerOrganisation: { id: pctId, name: 'Halton and St Helens PCT' },
      });
      leadId = created.body.id;
      const duplicate = await api()
        .post('/api/v1/theme-leads', { theme: 'lscb', leadName: 'Someone Else' })
        .expect(409);
      expect(duplicate.body.message).toBe(
        'Local Safeguarding Children Board already has a lead, Dr Priya Natt: change that lead instead.',
      );
      expect(await auditOf('theme_lead', leadId)).toEqual([expect.objectContaining({ operation: 'insert' })]);
    });

    it('changes the lead, giving them an account, and refuses another authority’s or a missing user', async () => {
      const changed = await api()
        .patch(`/api/v1/theme-leads/${leadId}`, { leadName: 'Dr P. Natt', userId, leadTitle: null })
        .expect(200);
      expect(changed.body).toMatchObject({ leadName: 'Dr P. Natt', leadTitle: null, user: { id: userId } });
      const missing = await api()
        .patch(`/api/v1/theme-leads/${leadId}`, { userId: '00000000-0000-4000-8000-000000000000' })
        .expect(400);
      expect(missing.body.details).toEqual([{ field: 'userId', messages: ['Not a user of this authority.'] }]);
      expect((await auditOf('theme_lead', leadId)).map((event) => event.operation)).toEqual(['insert', 'update']);
    });

    it('removes a lead, recording it', async () => {
      await api().delete(`/api/v1/theme-leads/${leadId}`).expect(204);
      await api().delete(`/api/v1/theme-leads/${leadId}`).expect(404);
      expect((await auditOf('theme_lead', leadId)).map((event) => event.operation)).toEqual([
        'insert',
        'update',
        'delete',
      ]);
    });

    it('validates the theme', async () => {
      const response = await api().post('/api/v1/theme-leads', { theme: 'Stay Safe!', leadName: '' }).expect(400);
      expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['leadName', 'theme']);
    });
  });

  it.each([
    ['GET', '/api/v1/partners'],
    ['POST', '/api/v1/partners'],
    ['PATCH', '/api/v1/partners/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/api/v1/partners/00000000-0000-4000-8000-000000000000'],
    ['GET', '/api/v1/theme-leads'],
    ['POST', '/api/v1/theme-leads'],
    ['PATCH', '/api/v1/theme-leads/00000000-0000-4000-8000-000000000000'],
    ['DELETE', '/api/v1/theme-leads/00000000-0000-4000-8000-000000000000'],
  ])('refuses %s %s to anyone but an administrator with 403', async (method, path) => {
    const call = (bearer?: string) => {
      const request = sut.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path);
      if (bearer) request.set('Authorization', `Bearer ${bearer}`);
      return request.send(method === 'GET' || method === 'DELETE' ? undefined : { name: 'Nope', kind: 'other' });
    };
    for (const role of ['clerk', 'owner', 'scrutiny'] as const) await call(tokens[role]).expect(403);
    await call().expect(401);
  });

  describe('pages', () => {
    let agent: ReturnType<TestApp['browser']>;
    beforeAll(async () => {
      agent = sut.browser();
      await signInThroughPage(agent, ROLE_EMAILS.admin);
    });

    const postForm = async (page: string, action: string, fields: Record<string, string>) => {
      const form = await agent.get(page).expect(200);
      return agent
        .post(action)
        .type('form')
        .send({ ...fields, _csrf: csrfFrom(form.text) });
    };

    it('adds a partner, then shows the list with a success banner', async () => {
      const added = await postForm('/admin/partners', '/admin/partners', {
        name: 'Halton Sure Start',
        kind: 'council',
      });
      expect(added.status).toBe(303);
      expect(added.headers.location).toBe('/admin/partners?done=added');
      const list = await agent.get(added.headers.location).expect(200);
      expect(list.text).toContain('govuk-notification-banner--success');
      expect(list.text).toContain('The partner organisation has been added.');
      expect(list.text).toContain('Halton Sure Start');
    });

    it('returns the add form with each error linked to its field', async () => {
      const empty = await postForm('/admin/partners', '/admin/partners', { name: '', kind: '' });
      expect(empty.status).toBe(400);
      expect(empty.text).toContain('<title>Error: Partner organisations');
      expect(empty.text).toMatch(/href="#name">Enter the organisation’s name</);
      expect(empty.text).toMatch(/href="#kind">Choose the kind of organisation</);

      const duplicate = await postForm('/admin/partners', '/admin/partners', {
        name: 'HALTON SURE START',
        kind: 'council',
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.text).toMatch(
        /href="#name">There is already a partner organisation called HALTON SURE START\.</,
      );
      expect(duplicate.text).toContain('value="HALTON SURE START"');
    });

    it('renames a partner on its own page', async () => {
      const { id } = await partnerNamed('Halton Sure Start');
      const renamed = await postForm(`/admin/partners/${id}`, `/admin/partners/${id}`, {
        name: 'Halton Children’s Centres',
        kind: 'council',
      });
      expect(renamed.status).toBe(303);
      expect(renamed.headers.location).toBe('/admin/partners?done=changed');
      expect((await partnerNamed('Halton Children’s Centres')).id).toBe(id);
    });

    it('explains why a partner in use cannot be removed, and offers no button', async () => {
      const pct = await partnerNamed('Halton and St Helens PCT');
      const page = await agent.get(`/admin/partners/${pct.id}/remove`).expect(200);
      expect(page.text).toMatch(/Halton and St Helens PCT is the lead partner of \d+ actions/);
      expect(page.text).not.toContain('Remove the partner organisation');
      const refused = await agent
        .post(`/admin/partners/${pct.id}/remove`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text) });
      expect(refused.status).toBe(409);
      expect(refused.text).toContain('govuk-error-summary');
      await partnerNamed('Halton and St Helens PCT');
    });

    it('removes an unused partner after asking', async () => {
      const { id } = await partnerNamed('Halton Children’s Centres');
      const removed = await postForm(`/admin/partners/${id}/remove`, `/admin/partners/${id}/remove`, {});
      expect(removed.status).toBe(303);
      expect(removed.headers.location).toBe('/admin/partners?done=removed');
      await agent.get(`/admin/partners/${id}`).expect(404);
    });

    it('adds, changes and removes a theme lead through the forms', async () => {
      const added = await postForm('/admin/theme-leads', '/admin/theme-leads', {
        theme: 'care_leavers',
        leadName: 'Sam Okafor',
        leadTitle: '',
        userId: '',
        partnerOrganisationId: '',
      });
      expect(added.status).toBe(303);
      const lead = ((await api().get('/api/v1/theme-leads').expect(200)).body as { id: string; theme: string }[]).find(
        (candidate) => candidate.theme === 'care_leavers',
      )!;
      const changed = await postForm(`/admin/theme-leads/${lead.id}`, `/admin/theme-leads/${lead.id}`, {
        leadName: '',
        leadTitle: 'Head of Youth Service',
        userId: '',
        partnerOrganisationId: '',
      });
      expect(changed.status).toBe(400);
      expect(changed.text).toMatch(/href="#leadName">Enter the lead’s name</);
      const removed = await postForm(
        `/admin/theme-leads/${lead.id}/remove`,
        `/admin/theme-leads/${lead.id}/remove`,
        {},
      );
      expect(removed.headers.location).toBe('/admin/theme-leads?done=removed');
    });
  });
});
