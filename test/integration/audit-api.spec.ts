import { ROLE_EMAILS, loadOtherton, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

interface AuditEvent {
  id: string;
  actor: { id: string | null; label: string };
  entity: string;
  entityId: string;
  operation: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

/** The trail as an administrator or clerk reads it, after changes made through the API and pages. */
describe(`the audit trail through the API (${databaseMode} database)`, () => {
  let sut: TestApp;
  let admin: string;
  let clerk: string;
  let newUserId: string;

  beforeAll(async () => {
    sut = await startTestApp('audit_api', { exampleData: 'halton' });
    await loadOtherton(sut);
    admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    const created = await sut
      .http()
      .post('/api/v1/users')
      .set('Authorization', admin)
      .set('X-Request-Id', 'add-user-1')
      .send({
        email: 'audited@halton.example',
        displayName: 'Audited',
        role: 'owner',
        password: 'a-fine-long-password',
      })
      .expect(201);
    newUserId = created.body.id;
    await sut
      .http()
      .patch(`/api/v1/users/${newUserId}`)
      .set('Authorization', admin)
      .send({ displayName: 'Audited Person', role: 'scrutiny' })
      .expect(200);
  });
  afterAll(() => sut.close());

  const trail = async (query: string, as = clerk): Promise<AuditEvent[]> =>
    (await sut.http().get(`/api/v1/audit?${query}`).set('Authorization', as).expect(200)).body.events;

  it('records an insert with the row after, by the caller, with the request id, and no password hash', async () => {
    const [inserted] = await trail(`entity=app_user&id=${newUserId}&limit=500`).then((events) =>
      events.filter((event) => event.operation === 'insert'),
    );
    expect(inserted.actor.label).toMatch(/<admin@halton\.example>$/);
    expect(inserted.requestId).toBe('add-user-1');
    expect(inserted.before).toBeNull();
    expect(inserted.after).toMatchObject({
      email: 'audited@halton.example',
      role: 'owner',
      passwordHash: '[redacted]',
    });
  });

  it('records an update with the row before and after', async () => {
    const updates = (await trail(`entity=app_user&id=${newUserId}`)).filter((event) => event.operation === 'update');
    expect(updates).toHaveLength(1);
    expect(updates[0].before).toMatchObject({ displayName: 'Audited', role: 'owner' });
    expect(updates[0].after).toMatchObject({ displayName: 'Audited Person', role: 'scrutiny' });
  });

  it('records a token made from the account page, and its revocation, by the person signed in', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.owner);
    const page = await agent.get('/account').expect(200);
    await agent
      .post('/account/tokens')
      .type('form')
      .send({ name: 'Owner script', expiresInDays: '7', _csrf: csrfFrom(page.text) })
      .expect(201);
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM access_token WHERE name = 'Owner script'`);
    await agent
      .post(`/account/tokens/${id}/revoke`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text) })
      .expect(303);
    const events = await trail(`entity=access_token&id=${id}`);
    expect(events.map((event) => event.operation)).toEqual(['update', 'insert']);
    expect(events.every((event) => event.actor.label.endsWith('<owner@halton.example>'))).toBe(true);
    expect(events[0].before?.revokedAt).toBeNull();
    expect(events[0].after?.revokedAt).not.toBeNull();
    expect(JSON.stringify(events)).not.toMatch(/itk_[A-Za-z0-9_-]{43}/);
    expect(events[1].after?.tokenHash).toBe('[redacted]');
  });

  it('filters by user, and never shows another authority’s events', async () => {
    const [{ id: adminId }] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [
      ROLE_EMAILS.admin,
    ]);
    const byAdmin = await trail(`user=${adminId}&limit=500`);
    expect(byAdmin.length).toBeGreaterThanOrEqual(2);
    expect(byAdmin.every((event) => event.actor.id === adminId)).toBe(true);
    const everything = await trail('limit=500');
    const [{ id: othertonId }] = await sut.dataSource.query(`SELECT id FROM authority WHERE ons_code = 'E06099999'`);
    expect(JSON.stringify(everything)).not.toContain(othertonId);
    expect(JSON.stringify(everything)).not.toContain('@otherton.example');
  });

  it('pages newest first with a cursor', async () => {
    const first = (await sut.http().get('/api/v1/audit?limit=5').set('Authorization', clerk).expect(200)).body;
    expect(first.events).toHaveLength(5);
    const second = (
      await sut.http().get(`/api/v1/audit?limit=5&before=${first.nextBefore}`).set('Authorization', clerk).expect(200)
    ).body;
    expect(BigInt(second.events[0].id)).toBeLessThan(BigInt(first.events[4].id));
  });

  it('exports the filtered trail as CSV that Excel reads as text', async () => {
    const response = await sut
      .http()
      .get(`/api/v1/audit/export.csv?entity=app_user&id=${newUserId}`)
      .set('Authorization', admin)
      .expect(200)
      .expect('Content-Type', 'text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-halton-borough-council-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,occurred_at,actor_id,actor,entity,entity_id,operation,request_id,before,after');
    expect(lines).toHaveLength(3);
  });

  it('is refused to owners and scrutiny members, and validates its filters', async () => {
    for (const email of [ROLE_EMAILS.owner, ROLE_EMAILS.scrutiny]) {
      await sut
        .http()
        .get('/api/v1/audit')
        .set('Authorization', `Bearer ${await tokenFor(sut, email)}`)
        .expect(403);
    }
    const bad = await sut
      .http()
      .get('/api/v1/audit?from=2009-01-02&to=2009-01-01')
      .set('Authorization', clerk)
      .expect(400);
    expect(bad.body.message).toBe('from must not be after to.');
    await sut.http().get('/api/v1/audit?user=not-a-uuid').set('Authorization', clerk).expect(400);
  });
});
