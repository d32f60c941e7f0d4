import { randomUUID } from 'node:crypto';
import { Permission, ROLE_PERMISSIONS, roleMay } from '../../src/auth/policy';
import { ROLES, type Role } from '../../src/domain/vocabulary';
import { tokensByRole } from '../support/auth';
import { expressRoutes, nestRoutes } from '../support/routes';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

/** The table of the access issue, written out independently of the code's own table. */
const EXPECTED: Record<Permission, Role[]> = {
  [Permission.Public]: ['admin', 'clerk', 'owner', 'scrutiny'],
  [Permission.SignedIn]: ['admin', 'clerk', 'owner', 'scrutiny'],
  [Permission.Read]: ['admin', 'clerk', 'owner', 'scrutiny'],
  [Permission.PostProgress]: ['admin', 'clerk', 'owner'],
  [Permission.ManagePlans]: ['admin', 'clerk'],
  [Permission.Administer]: ['admin'],
  [Permission.ReadAudit]: ['admin', 'clerk'],
};

/** Express routes outside Nest's controllers, served to anyone on purpose. */
const PUBLIC_NON_NEST = [/^GET \/api\/docs/, /^GET \/assets\//, /^[A-Z-]+ \/\{\*path\}$/];

describe(`access policy (${databaseMode} database)`, () => {
  let sut: TestApp;
  let tokens: Record<Role, string>;

  beforeAll(async () => {
    sut = await startTestApp('policy', { exampleData: 'halton' });
    tokens = await tokensByRole(sut);
  });
  afterAll(() => sut.close());

  it('matches the table of who may do what', () => {
    for (const permission of Object.values(Permission)) {
      expect([permission, ROLES.filter((role) => roleMay(role, permission))]).toEqual([
        permission,
        EXPECTED[permission],
      ]);
    }
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it('has a declared policy on every route the app registers', () => {
    const routes = nestRoutes(sut.app);
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter((route) => route.policy === undefined).map((r) => `${r.method} ${r.path}`);
    expect(undeclared).toEqual([]);

    const nest = new Set(routes.map((route) => `${route.method} ${route.path.replace(/\/:(\w+)/g, '/:$1')}`));
    const outside = expressRoutes(sut.app).filter(
      (route) => !nest.has(route) && !PUBLIC_NON_NEST.some((pattern) => pattern.test(route)),
    );
    expect(outside).toEqual([]);
  });

  it('answers each route, for each role, as the table says', async () => {
    // An anonymous browser's form carries a CSRF token, so that only the policy decides.
    const signIn = await sut.http().get('/sign-in').expect(200);
    const cookie = signIn.headers['set-cookie'] as unknown as string[];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(signIn.text)?.[1];
    expect(csrf).toBeDefined();
    const mismatches: string[] = [];
    for (const route of nestRoutes(sut.app)) {
      const path = route.path.replace(/:(\w+)/g, () => randomUUID());
      for (const role of [...ROLES, 'anonymous' as const]) {
        let call = sut.http()[route.method.toLowerCase() as 'get'](path).set('Accept', 'application/json');
        if (role !== 'anonymous') call = call.set('Authorization', `Bearer ${tokens[role]}`);
        else call = call.set('Cookie', cookie);
        if (['POST', 'PUT', 'PATCH'].includes(route.method)) call = call.send({ _csrf: csrf });
        const status = (await call).status;
        const allowed = route.policy === Permission.Public || (role !== 'anonymous' && roleMay(role, route.policy!));
        const expected = allowed ? 'not 401/403' : role === 'anonymous' ? '401' : '403';
        const actual =
          status === 401 || status === 403
            ? String(status)
            : status === 303 && role === 'anonymous'
              ? '401'
              : 'not 401/403';
        if (actual !== expected)
          mismatches.push(`${route.method} ${route.path} as ${role}: ${status}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses an invalid, unknown or malformed bearer token with 401', async () => {
    for (const header of ['Bearer itk_nonsense', 'Bearer', 'Basic YWRtaW46YWRtaW4=']) {
      const response = await sut.http().get('/api/v1/plans').set('Authorization', header).expect(401);
      expect(response.body.message).toMatch(/access token is not valid/);
    }
  });
});
