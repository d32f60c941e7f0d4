import type request from 'supertest';
import { LOCKOUT, SESSION_LIFETIME } from '../../src/auth/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/common/cookies';
import { UsersService } from '../../src/users/users.service';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { ROLE_EMAILS } from '../support/auth';
import { csrfFrom, setCookie, signInThroughPage } from '../support/browser-session';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`signing in with a browser (${databaseMode} database)`, () => {
  let sut: TestApp;
  beforeAll(async () => {
    // As behind a reverse proxy on the same machine: its X-Forwarded-* headers are believed.
    sut = await startTestApp('sign_in', { exampleData: 'halton', trustProxy: ['loopback'] });
  });
  afterAll(() => sut.close());

  /** A new owner of the example authority, with a password of their own. */
  const addUser = async (email: string, password: string): Promise<void> => {
    const [{ id }] = await sut.dataSource.query(`SELECT id FROM authority LIMIT 1`);
    await sut.app.get(UsersService).add(id, { email, displayName: email, role: 'owner', password });
  };

  /** The `name=value` of a cookie a response set. */
  const cookiePair = (response: request.Response, name: string): string => {
    const cookie = setCookie(response, name);
    if (!cookie) throw new Error(`The response set no ${name} cookie`);
    return cookie.split(';')[0];
  };

  /** Signs in through the page without a cookie jar; returns the session cookie's `name=value`. */
  const sessionCookieFor = async (email: string): Promise<string> => {
    const page = await sut.http().get('/sign-in').expect(200);
    const signedIn = await sut
      .http()
      .post('/sign-in')
      .set('Cookie', cookiePair(page, CSRF_COOKIE))
      .type('form')
      .send({ email, password: EXAMPLE_PASSWORD, _csrf: csrfFrom(page.text) })
      .expect(303);
    return cookiePair(signedIn, SESSION_COOKIE);
  };

  const sessions = async (email: string): Promise<number> => {
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
      [email],
    );
    return count;
  };

  it('sends a visitor who is not signed in to the sign-in page, and back after signing in', async () => {
    const agent = sut.browser();
    await agent.get('/account').expect(303).expect('Location', '/sign-in?next=%2Faccount');
    const page = await agent.get('/sign-in?next=%2Faccount').expect(200);
    expect(page.text).toContain('Sign in');
    const signedIn = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: ROLE_EMAILS.clerk, password: EXAMPLE_PASSWORD, next: '/account', _csrf: csrfFrom(page.text) })
      .expect(303)
      .expect('Location', '/account');
    const cookie = setCookie(signedIn, SESSION_COOKIE);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const account = await agent.get('/account').expect(200);
    expect(account.text).toContain(ROLE_EMAILS.clerk);
    const home = await agent.get('/').expect(200);
    expect(home.text).toContain('HALTON-JAR-2008');
    expect(home.text).toContain('progress updates are illustrative');
  });

  it('names its cookies __Host- behind a TLS-terminating proxy, and that browser stays signed in', async () => {
    const jar = new Map<string, string>();
    const overTls = (call: request.Test): request.Test => {
      call.set('X-Forwarded-Proto', 'https');
      if (jar.size > 0) call.set('Cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
      return call;
    };
    const keep = (response: request.Response): void => {
      for (const cookie of (response.headers['set-cookie'] as unknown as string[] | undefined) ?? []) {
        const [name, value] = cookie.split(';')[0].split('=');
        if (/Expires=Thu, 01 Jan 1970/.test(cookie)) jar.delete(name);
        else jar.set(name, value);
      }
    };
    const hostOnly = (cookie: string | undefined): void => {
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/; Path=\/;/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).not.toMatch(/Domain=/i);
    };

    const page = await overTls(sut.http().get('/sign-in')).expect(200);
    hostOnly(setCookie(page, `__Host-${CSRF_COOKIE}`));
    expect(setCookie(page, CSRF_COOKIE)).toBeUndefined();
    keep(page);
    const signedIn = await overTls(sut.http().post('/sign-in'))
      .type('form')
      .send({ email: ROLE_EMAILS.owner, password: EXAMPLE_PASSWORD, _csrf: csrfFrom(page.text) })
      .expect(303);
    hostOnly(setCookie(signedIn, `__Host-${SESSION_COOKIE}`));
    expect(setCookie(signedIn, SESSION_COOKIE)).toBeUndefined();
    keep(signedIn);

    const account = await overTls(sut.http().get('/account')).expect(200);
    expect(account.text).toContain(ROLE_EMAILS.owner);
    // Over TLS only the prefixed name counts: the same value under the bare name, as a
    // neighbouring subdomain could plant it, is no session.
    await sut
      .http()
      .get('/account')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `${SESSION_COOKIE}=${jar.get(`__Host-${SESSION_COOKIE}`)}`)
      .expect(303);
    const signedOut = await overTls(sut.http().post('/sign-out'))
      .type('form')
      .send({ _csrf: csrfFrom(account.text) })
      .expect(303)
      .expect('Location', '/sign-in?signedOut=1');
    keep(signedOut);
    expect(jar.has(`__Host-${SESSION_COOKIE}`)).toBe(false);
    await overTls(sut.http().get('/account')).expect(303);
  });

  it('never returns to another site after signing in', async () => {
    const agent = sut.browser();
    const page = await agent.get('/sign-in').expect(200);
    await agent
      .post('/sign-in')
      .type('form')
      .send({
        email: ROLE_EMAILS.owner,
        password: EXAMPLE_PASSWORD,
        next: '//evil.example/',
        _csrf: csrfFrom(page.text),
      })
      .expect(303)
      .expect('Location', '/');
  });

  it('gives a new session id at sign-in and ends the one the browser had', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.scrutiny);
    const first = await sut.dataSource.query(
      `SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
      [ROLE_EMAILS.scrutiny],
    );
    // Signing in again from the same browser (its form carries the token of the signed-in page).
    const page = await agent.get('/account').expect(200);
    await agent
      .post('/sign-in')
      .type('form')
      .send({ email: ROLE_EMAILS.scrutiny, password: EXAMPLE_PASSWORD, _csrf: csrfFrom(page.text) })
      .expect(303);
    const second = await sut.dataSource.query(
      `SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
      [ROLE_EMAILS.scrutiny],
    );
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second[0].id).not.toBe(first[0].id);
  });

  it('refuses a form post without the CSRF token, or with a forged one, and changes nothing', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.admin);
    const before = await sessions(ROLE_EMAILS.admin);
    const noToken = await agent.post('/sign-out').type('form').send({}).expect(403);
    expect(noToken.text).toContain('did not come from this service');
    await agent.post('/sign-out').type('form').send({ _csrf: 'forged' }).expect(403);
    await agent.post('/account/tokens').type('form').send({ name: 'x', expiresInDays: '7' }).expect(403);
    expect(await sessions(ROLE_EMAILS.admin)).toBe(before);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(*)::int AS count FROM access_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1`,
      [ROLE_EMAILS.admin],
    );
    expect(count).toBe(0);
    const anonymous = sut.browser();
    await anonymous
      .post('/sign-in')
      .type('form')
      .send({ email: ROLE_EMAILS.admin, password: EXAMPLE_PASSWORD })
      .expect(403);
  });

  it('refuses a JSON change made with a session cookie unless it sends X-CSRF-Token', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.clerk);
    await agent.post('/api/v1/auth/tokens/mine').send({ name: 'script', expiresInDays: 7 }).expect(403);
    const page = await agent.get('/account').expect(200);
    await agent
      .post('/api/v1/auth/tokens/mine')
      .set('X-CSRF-Token', csrfFrom(page.text))
      .send({ name: 'script', expiresInDays: 7 })
      .expect(201);
  });

  it('binds the CSRF token to the session: a pair got anonymously and planted in a signed-in browser fails', async () => {
    const stranger = await sut.http().get('/sign-in').expect(200);
    const plantedSeed = cookiePair(stranger, CSRF_COOKIE);
    const plantedToken = csrfFrom(stranger.text);
    const session = await sessionCookieFor(ROLE_EMAILS.clerk);
    const tokens = async (): Promise<number> =>
      (
        await sut.dataSource.query(
          `SELECT count(*)::int AS count FROM access_token t JOIN app_user u ON u.id = t.user_id WHERE u.email = $1`,
          [ROLE_EMAILS.clerk],
        )
      )[0].count;
    const before = await tokens();
    const forged = await sut
      .http()
      .post('/account/tokens')
      .set('Cookie', `${session}; ${plantedSeed}`)
      .type('form')
      .send({ name: 'planted', expiresInDays: '7', _csrf: plantedToken })
      .expect(403);
    expect(forged.text).toContain('did not come from this service');
    expect(await tokens()).toBe(before);

    const own = await sut.http().get('/account').set('Cookie', `${session}; ${plantedSeed}`).expect(200);
    await sut
      .http()
      .post('/account/tokens')
      .set('Cookie', `${session}; ${plantedSeed}`)
      .type('form')
      .send({ name: 'mine', expiresInDays: '7', _csrf: csrfFrom(own.text) })
      .expect(201);
    expect(await tokens()).toBe(before + 1);
  });

  it('treats a cookie that is not valid percent-encoding as absent', async () => {
    await sut.http().get('/sign-in').set('Cookie', `${SESSION_COOKIE}=%E0%A4%A; ${CSRF_COOKIE}=%`).expect(200);
  });

  it('signs out: the session ends and the cookie no longer works', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.owner);
    const page = await agent.get('/account').expect(200);
    const sessionsBefore = await sessions(ROLE_EMAILS.owner);
    await agent
      .post('/sign-out')
      .type('form')
      .send({ _csrf: csrfFrom(page.text) })
      .expect(303)
      .expect('Location', '/sign-in?signedOut=1');
    expect(await sessions(ROLE_EMAILS.owner)).toBe(sessionsBefore - 1);
    await agent.get('/account').expect(303);
    const notice = await agent.get('/sign-in?signedOut=1').expect(200);
    expect(notice.text).toContain('You have signed out.');
  });

  it('ends a session idle for longer than the limit, and one past its absolute expiry', async () => {
    for (const column of ['last_seen_at', 'expires_at']) {
      const agent = sut.browser();
      await signInThroughPage(agent, ROLE_EMAILS.clerk);
      await agent.get('/account').expect(200);
      const minutes = column === 'last_seen_at' ? SESSION_LIFETIME.idleMinutes + 1 : 1;
      await sut.dataSource.query(
        `UPDATE session SET ${column} = now() - make_interval(mins => $1)
          WHERE user_id = (SELECT id FROM app_user WHERE email = $2)`,
        [minutes, ROLE_EMAILS.clerk],
      );
      await agent.get('/account').expect(303);
    }
  });

  it('tells a person with a wrong password so, without saying which part was wrong', async () => {
    const agent = sut.browser();
    const page = await agent.get('/sign-in').expect(200);
    for (const email of [ROLE_EMAILS.scrutiny, 'nobody@halton.example']) {
      const response = await agent
        .post('/sign-in')
        .type('form')
        .send({ email, password: 'not-the-password', _csrf: csrfFrom(page.text) })
        .expect(401);
      expect(response.text).toContain('The email address or password is not right.');
      expect(response.text).toContain('href="#email"');
    }
    const empty = await agent
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfFrom(page.text) })
      .expect(400);
    expect(empty.text).toContain('Enter your email address');
    expect(empty.text).toContain('Enter your password');
  });

  it('locks an account after repeated failures, even with the right password, then says when to retry', async () => {
    const email = 'lock.me@halton.example';
    await addUser(email, 'a-long-enough-password');
    const attempt = (password: string) =>
      sut.http().post('/api/v1/auth/tokens').send({ email, password, name: 'x', expiresInDays: 7 });
    for (let i = 0; i < LOCKOUT.accountFailures; i++) expect((await attempt('wrong-password-here')).status).toBe(401);
    const locked = await attempt('a-long-enough-password');
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    expect(locked.headers['retry-after']).toBe('900');
    const page = await sut.http().get('/sign-in').expect(200);
    const lockedPage = await sut
      .http()
      .post('/sign-in')
      .set('Cookie', cookiePair(page, CSRF_COOKIE))
      .type('form')
      .send({ email, password: 'a-long-enough-password', _csrf: csrfFrom(page.text) })
      .expect(429);
    expect(lockedPage.text).toContain('Too many failed sign-ins. Try again in 15 minutes.');
    expect(lockedPage.headers['retry-after']).toBe('900');
    await sut.dataSource.query(
      `UPDATE sign_in_attempt SET attempted_at = attempted_at - interval '16 minutes' WHERE email = $1`,
      [email],
    );
    expect((await attempt('a-long-enough-password')).status).toBe(201);
  });

  it('keeps a stranger who fails on purpose locked out, but not the account’s owner at their own address', async () => {
    const email = 'targeted@halton.example';
    const password = 'owner-knows-this-one';
    await addUser(email, password);
    const from = (address: string, guess: string) =>
      sut
        .http()
        .post('/api/v1/auth/tokens')
        .set('X-Forwarded-For', address)
        .send({ email, password: guess, name: 'x', expiresInDays: 7 });
    for (let i = 0; i < LOCKOUT.accountFailures; i++) {
      expect((await from('198.51.100.7', 'wrong-password-here')).status).toBe(401);
    }
    const stranger = await from('198.51.100.7', password);
    expect(stranger.status).toBe(429);
    expect(stranger.headers['retry-after']).toBe('900');
    // The stranger keeps failing, from a hundred addresses, for as long as they like: each
    // address is locked in turn, and the owner is never locked out of their own.
    await sut.dataSource.query(
      `INSERT INTO sign_in_attempt (email, ip_address, succeeded, attempted_at)
       SELECT $1, '198.51.100.' || (n % 100), false, now() - make_interval(secs => n)
         FROM generate_series(1, $2) AS n`,
      [email, 100 * LOCKOUT.accountFailures],
    );
    expect((await from('198.51.100.8', password)).status).toBe(429);
    expect((await from('203.0.113.20', password)).status).toBe(201);
  });

  it('locks an address after repeated failures across accounts', async () => {
    // All but the last failure are recorded directly: each real attempt costs a password hash.
    await sut.dataSource.query(
      `INSERT INTO sign_in_attempt (email, ip_address, succeeded)
       SELECT 'guess' || n || '@halton.example', '10.9.8.7', false FROM generate_series(2, $1) AS n`,
      [LOCKOUT.addressFailures],
    );
    const attempt = (email: string, password: string) =>
      sut
        .http()
        .post('/api/v1/auth/tokens')
        .set('X-Forwarded-For', '10.9.8.7')
        .send({ email, password, name: 'x', expiresInDays: 7 });
    expect((await attempt('guess1@halton.example', 'wrong-password-here')).status).toBe(401);
    expect((await attempt(ROLE_EMAILS.admin, EXAMPLE_PASSWORD)).status).toBe(429);
    const elsewhere = await sut
      .http()
      .post('/api/v1/auth/tokens')
      .set('X-Forwarded-For', '10.9.8.8')
      .send({ email: ROLE_EMAILS.admin, password: EXAMPLE_PASSWORD, name: 'x', expiresInDays: 7 });
    expect(elsewhere.status).toBe(201);
  });

  it('refuses a disabled account, and ends its sessions when it is disabled', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, 'owner@halton.example');
    const [user] = await sut.dataSource.query(`SELECT id, authority_id FROM app_user WHERE email = $1`, [
      ROLE_EMAILS.owner,
    ]);
    await sut.app.get(UsersService).change(user.authority_id, user.id, { active: false });
    await agent.get('/account').expect(303);
    const page = await agent.get('/sign-in').expect(200);
    const refused = await agent
      .post('/sign-in')
      .type('form')
      .send({ email: ROLE_EMAILS.owner, password: EXAMPLE_PASSWORD, _csrf: csrfFrom(page.text) })
      .expect(403);
    expect(refused.text).toContain('This account has been disabled');
    await sut.app.get(UsersService).change(user.authority_id, user.id, { active: true });
  });

  it('sends security headers: a CSP with a per-response nonce, no framing, no X-Powered-By', async () => {
    const first = await sut.http().get('/sign-in').expect(200);
    const second = await sut.http().get('/sign-in').expect(200);
    const nonce = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const csp = first.headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(nonce(csp)).not.toBe(nonce(second.headers['content-security-policy']));
    expect(first.text).toContain(`nonce="${nonce(csp)}"`);
    expect(first.headers['x-powered-by']).toBeUndefined();
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    const cors = await sut.http().get('/health').set('Origin', 'https://elsewhere.example').expect(200);
    expect(cors.headers['access-control-allow-origin']).toBeUndefined();
  });
});
