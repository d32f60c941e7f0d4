import { ROLE_EMAILS, loadOtherton, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

/**
 * Two authorities in one database: everything of the other one answers 404, as if it did not
 * exist, for every kind of resource, even to its administrators.
 */
describe(`authority scoping (${databaseMode} database)`, () => {
  let sut: TestApp;
  let halton: string;
  const other: Record<string, string> = {};

  beforeAll(async () => {
    sut = await startTestApp('scoping', { exampleData: 'halton' });
    halton = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    other.authority = await loadOtherton(sut);
    const one = async (sql: string) => (await sut.dataSource.query(sql, [other.authority]))[0].id as string;
    other.inspection = await one(`SELECT id FROM inspection WHERE authority_id = $1`);
    other.plan = await one(`SELECT id FROM improvement_plan WHERE authority_id = $1`);
    other.user = await one(`SELECT id FROM app_user WHERE authority_id = $1 LIMIT 1`);
    const othertonToken = await tokenFor(sut, 'admin@otherton.example');
    other.token = (
      await sut.dataSource.query(`SELECT id FROM access_token WHERE prefix = $1`, [othertonToken.slice(0, 12)])
    )[0].id;
  });
  afterAll(() => sut.close());

  const get = (path: string) => sut.http().get(path).set('Authorization', halton);

  it.each([
    ['authority', '/api/v1/authorities/:id', 'authority'],
    ['inspection', '/api/v1/inspections/:id', 'inspection'],
    ['plan', '/api/v1/plans/:id', 'plan'],
    ['user', '/api/v1/users/:id', 'user'],
  ])("answers 404 for another authority's %s", async (_kind, path, key) => {
    const response = await get(path.replace(':id', other[key])).expect(404);
    expect(response.body.message).toMatch(/was not found/);
  });

  it.each(['papers', 'snapshots'])(
    "answers 404 for the %s of another authority's plan or of a plan that does not exist",
    async (what) => {
      for (const plan of [other.plan, '00000000-0000-4000-8000-000000000000']) {
        const response = await get(`/api/v1/plans/${plan}/${what}`).expect(404);
        expect(response.body.message).toBe('The improvement plan was not found.');
      }
      const own = (await get('/api/v1/plans').expect(200)).body[0].id;
      await get(`/api/v1/plans/${own}/${what}`).expect(200);
    },
  );

  it("cannot change another authority's user or revoke its token", async () => {
    await sut
      .http()
      .patch(`/api/v1/users/${other.user}`)
      .set('Authorization', halton)
      .send({ active: false })
      .expect(404);
    await sut
      .http()
      .put(`/api/v1/users/${other.user}/password`)
      .set('Authorization', halton)
      .send({ password: 'a-perfectly-fine-password' })
      .expect(404);
    await sut.http().delete(`/api/v1/auth/tokens/${other.token}`).set('Authorization', halton).expect(404);
    const [{ active }] = await sut.dataSource.query(`SELECT active FROM app_user WHERE id = $1`, [other.user]);
    expect(active).toBe(true);
  });

  it('lists only its own authority, inspections, plans and users', async () => {
    const authorities = (await get('/api/v1/authorities').expect(200)).body;
    expect(authorities.map((a: { name: string }) => a.name)).toEqual(['Halton Borough Council']);
    for (const path of ['/api/v1/inspections', '/api/v1/plans']) {
      const items = (await get(path).expect(200)).body as { authorityId: string }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item.authorityId === authorities[0].id)).toBe(true);
    }
    const users = (await get('/api/v1/users').expect(200)).body as { email: string }[];
    expect(users.every((user) => user.email.endsWith('@halton.example'))).toBe(true);
  });
});
