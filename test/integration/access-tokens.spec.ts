import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, setCookie, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`personal access tokens (${databaseMode} database)`, () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp('tokens', { exampleData: 'halton' });
  });
  afterAll(() => sut.close());

  const me = (token: string) => sut.http().get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

  it('is shown once, stored only as a hash, and identifies its user', async () => {
    const response = await sut
      .http()
      .post('/api/v1/auth/tokens')
      .send({ email: ROLE_EMAILS.clerk, password: EXAMPLE_PASSWORD, name: 'Dashboard feed', expiresInDays: 30 })
      .expect(201);
    const { token, id, prefix, expiresAt, status } = response.body;
    expect(token).toMatch(/^itk_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(status).toBe('active');
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const [row] = await sut.dataSource.query(`SELECT * FROM access_token WHERE id = $1`, [id]);
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await me(token).expect(200)).body).toMatchObject({ email: ROLE_EMAILS.clerk, role: 'clerk', via: 'token' });
    const listed = await sut.http().get('/api/v1/auth/tokens').set('Authorization', `Bearer ${token}`).expect(200);
    expect(listed.body.map((t: { id: string }) => t.id)).toContain(id);
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it('refuses a wrong password and a bad request without making a token', async () => {
    const wrong = await sut
      .http()
      .post('/api/v1/auth/tokens')
      .send({ email: ROLE_EMAILS.clerk, password: 'wrong-password-1', name: 'x', expiresInDays: 30 })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'The email address or password is not right.',
    });
    const bad = await sut
      .http()
      .post('/api/v1/auth/tokens')
      .send({ email: 'not-an-email', password: 'x', name: '', expiresInDays: 12, admin: true })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'admin',
      'email',
      'expiresInDays',
      'name',
    ]);
  });

  it('stops working when it expires', async () => {
    const token = await tokenFor(sut, ROLE_EMAILS.scrutiny);
    await me(token).expect(200);
    await sut.dataSource.query(`UPDATE access_token SET expires_at = now() - interval '1 second' WHERE prefix = $1`, [
      token.slice(0, 12),
    ]);
    const expired = await me(token).expect(401);
    expect(expired.body.message).toMatch(/expired or been revoked/);
  });

  it('stops working at once when revoked, and only its owner can revoke it', async () => {
    const token = await tokenFor(sut, ROLE_EMAILS.owner);
    const other = await tokenFor(sut, ROLE_EMAILS.admin);
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM access_token WHERE prefix = $1`, [token.slice(0, 12)]);
    await sut.http().delete(`/api/v1/auth/tokens/${id}`).set('Authorization', `Bearer ${other}`).expect(404);
    await me(token).expect(200);
    const revoked = await sut.http().delete(`/api/v1/auth/tokens/${id}`).set('Authorization', `Bearer ${token}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    await me(token).expect(401);
  });

  it('can be made and revoked from the account page, shown there once', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.clerk);
    const page = await agent.get('/account').expect(200);
    const created = await agent
      .post('/account/tokens')
      .type('form')
      .send({ name: 'Monthly report <b>tool</b>', expiresInDays: '90', _csrf: csrfFrom(page.text) })
      .expect(201);
    const value = /(itk_[A-Za-z0-9_-]{43})/.exec(created.text)?.[1];
    expect(value).toBeDefined();
    expect(created.text).toContain('Monthly report &lt;b&gt;tool&lt;/b&gt;');
    await me(value!).expect(200);
    const again = await agent.get('/account').expect(200);
    expect(again.text).not.toContain(value);
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM access_token WHERE prefix = $1`, [value!.slice(0, 12)]);
    await agent
      .post(`/account/tokens/${id}/revoke`)
      .type('form')
      .send({ _csrf: csrfFrom(again.text) })
      .expect(303)
      .expect('Location', '/account');
    await me(value!).expect(401);
    const invalid = await agent
      .post('/account/tokens')
      .type('form')
      .send({ name: '', expiresInDays: '3', _csrf: csrfFrom(again.text) })
      .expect(400);
    expect(invalid.text).toContain('Enter a name for the token');
    expect(invalid.text).toContain('Choose how long the token lasts');
  });

  it('ignores X-Forwarded-For and X-Forwarded-Proto while TRUST_PROXY is unset', async () => {
    const email = 'forwarded@halton.example';
    await sut
      .http()
      .post('/api/v1/auth/tokens')
      .set('X-Forwarded-For', '198.51.100.23')
      .send({ email, password: 'wrong-password-1', name: 'x', expiresInDays: 7 })
      .expect(401);
    const attempts = await sut.dataSource.query(`SELECT ip_address FROM sign_in_attempt WHERE email = $1`, [email]);
    expect(attempts).toEqual([{ ip_address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) }]);
    const page = await sut.http().get('/sign-in').set('X-Forwarded-Proto', 'https').expect(200);
    expect(setCookie(page, 'tracker_csrf')).not.toMatch(/Secure/);
    expect(setCookie(page, '__Host-tracker_csrf')).toBeUndefined();
  });
});
