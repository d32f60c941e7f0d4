import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`administering users (${databaseMode} database)`, () => {
  let sut: TestApp;
  let admin: string;
  beforeAll(async () => {
    sut = await startTestApp('users', { exampleData: 'halton' });
    admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
  });
  afterAll(() => sut.close());

  const api = () => ({
    post: (path: string, body: object) => sut.http().post(path).set('Authorization', admin).send(body),
    patch: (path: string, body: object) => sut.http().patch(path).set('Authorization', admin).send(body),
    put: (path: string, body: object) => sut.http().put(path).set('Authorization', admin).send(body),
  });

  it('adds a user who can then get a token with their password', async () => {
    const created = await api()
      .post('/api/v1/users', {
        email: 'new.owner@halton.example',
        displayName: 'New Owner',
        role: 'owner',
        password: 'stable-harbour-lantern',
      })
      .expect(201);
    expect(created.body).toMatchObject({ email: 'new.owner@halton.example', role: 'owner', active: true });
    expect(created.body.passwordHash).toBeUndefined();
    await tokenFor(sut, 'NEW.OWNER@halton.example', 'stable-harbour-lantern');
  });

  it.each([
    ['too short', 'short-pass', /at least 12 characters/],
    ['common', 'password1234', /too common/],
    ['containing the email name', 'weak.user-forever', /must not contain your email/],
  ])('refuses a %s password and adds no one', async (_why, password, message) => {
    const response = await api()
      .post('/api/v1/users', { email: 'weak.user@halton.example', displayName: 'Weak', role: 'owner', password })
      .expect(400);
    expect(response.body.message).toMatch(message);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM app_user WHERE email = 'weak.user@halton.example'`,
    );
    expect(count).toBe(0);
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    const response = await api()
      .post('/api/v1/users', {
        email: 'Clerk@Halton.example',
        displayName: 'Clerk again',
        role: 'clerk',
        password: 'another-fine-password',
      })
      .expect(409);
    expect(response.body.message).toBe('There is already an account for Clerk@Halton.example.');
  });

  /** The audit events that revoked the user's tokens, by token id. */
  const revocations = async (userId: string): Promise<Map<string, { actor_label: string; after: object }>> => {
    const rows = await sut.dataSource.query(
      `SELECT e.entity_id, e.actor_label, e.after FROM audit_event e JOIN access_token t ON t.id::text = e.entity_id
        WHERE e.entity = 'access_token' AND e.operation = 'update' AND t.user_id = $1
          AND e.before->>'revokedAt' IS NULL AND e.after->>'revokedAt' IS NOT NULL`,
      [userId],
    );
    return new Map(rows.map((row: { entity_id: string }) => [row.entity_id, row]));
  };
  const tokenId = async (token: string): Promise<string> =>
    (await sut.dataSource.query(`SELECT id FROM access_token WHERE prefix = $1`, [token.slice(0, 12)]))[0].id;

  it('disables a user, revoking their tokens for good, and will not disable itself', async () => {
    const tokens = [await tokenFor(sut, ROLE_EMAILS.scrutiny), await tokenFor(sut, ROLE_EMAILS.scrutiny)];
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [ROLE_EMAILS.scrutiny]);
    const changed = await api().patch(`/api/v1/users/${id}`, { active: false }).expect(200);
    expect(changed.body.active).toBe(false);
    await api().patch(`/api/v1/users/${id}`, { active: true }).expect(200);
    for (const token of tokens) {
      await sut.http().get('/api/v1/plans').set('Authorization', `Bearer ${token}`).expect(401);
    }
    const events = await revocations(id);
    for (const token of tokens) {
      expect(events.get(await tokenId(token))).toMatchObject({
        actor_label: expect.stringContaining(ROLE_EMAILS.admin),
      });
    }
    await tokenFor(sut, ROLE_EMAILS.scrutiny);

    const [{ id: adminId }] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [
      ROLE_EMAILS.admin,
    ]);
    await api().patch(`/api/v1/users/${adminId}`, { active: false }).expect(409);
  });

  it('resets a password: the old one stops working, sessions end and tokens are revoked', async () => {
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM app_user WHERE email = 'new.owner@halton.example'`);
    const token = await tokenFor(sut, 'new.owner@halton.example', 'stable-harbour-lantern');
    const browser = sut.browser();
    await signInThroughPage(browser, 'new.owner@halton.example', 'stable-harbour-lantern');
    await api().put(`/api/v1/users/${id}/password`, { password: 'quiet-meadow-compass' }).expect(204);
    await sut.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    await browser.get('/account').expect(303);
    expect((await revocations(id)).has(await tokenId(token))).toBe(true);
    await expect(tokenFor(sut, 'new.owner@halton.example', 'stable-harbour-lantern')).rejects.toThrow(/401/);
    await tokenFor(sut, 'new.owner@halton.example', 'quiet-meadow-compass');
  });

  it('validates every field and refuses unknown ones', async () => {
    const response = await api()
      .patch(`/api/v1/users/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`, { role: 'superuser', colour: 'blue' })
      .expect(400);
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['colour', 'role']);
  });
});
