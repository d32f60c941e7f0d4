import { HALTON_EXAMPLE } from '../../src/example/halton.example';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

interface Judgement {
  label: string;
  areaKey: string;
  gradePublished: string;
  grade: string;
  level: number;
  scored: boolean;
}

describe(`the Halton example through the API (${databaseMode} database)`, () => {
  let sut: TestApp;
  let inspection: { judgements: Judgement[]; recommendations: { id: string; text: string; kind: string }[] };
  let plan: { reference: string; actions: { recommendationId: string; owner: { name: string } | null }[] };

  beforeAll(async () => {
    sut = await startTestApp('halton', { exampleData: 'halton' });
    const bearer = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
    const get = (path: string) => sut.http().get(path).set('Authorization', bearer).expect(200);
    const [authority] = (await get('/api/v1/authorities')).body;
    expect(authority).toMatchObject({ name: 'Halton Borough Council', onsCode: 'E06000006', region: 'North West' });
    const [summary] = (await get('/api/v1/inspections')).body;
    inspection = (await get(`/api/v1/inspections/${summary.id}`)).body;
    const [planSummary] = (await get('/api/v1/plans')).body;
    plan = (await get(`/api/v1/plans/${planSummary.id}`)).body;
  });
  afterAll(() => sut.close());

  it("shows Halton's seven published grades, scored and judged-not-scored", () => {
    expect(
      inspection.judgements.map((j) => [j.label, j.areaKey, j.gradePublished, j.grade, j.level, j.scored]),
    ).toEqual([
      ['Safeguarding', 'safeguarding', 'Outstanding', 'outstanding', 4, true],
      ['Children in Care', 'looked_after_children', 'Good', 'good', 3, true],
      ['Learning Difficulties and Disabilities', 'ldd', 'Good', 'good', 3, true],
      ['Service Management', 'service_management', 'Good', 'good', 3, true],
      ['Capacity to Improve', 'capacity_to_improve', 'Outstanding', 'outstanding', 4, true],
      ['Health', 'health', 'Adequate', 'adequate', 2, false],
      ['Youth Support', 'youth_support', 'Good', 'good', 3, false],
    ]);
  });

  it('shows the 13 recommendations verbatim: 4 outcome and 9 process', () => {
    expect(inspection.recommendations).toHaveLength(13);
    expect(inspection.recommendations.filter((r) => r.kind === 'outcome')).toHaveLength(4);
    expect(inspection.recommendations.filter((r) => r.kind === 'process')).toHaveLength(9);
    expect(inspection.recommendations[1].text).toBe(
      'Improve health outcomes for childhood obesity, breastfeeding and reduce infant mortality.',
    );
    expect(inspection.recommendations[12].text).toBe("Improve Accountability Arrangements in Children's Trust");
  });

  it('has a plan HALTON-JAR-2008 whose owned actions cover every recommendation', () => {
    expect(plan.reference).toBe('HALTON-JAR-2008');
    const covered = new Set(plan.actions.map((action) => action.recommendationId));
    expect(inspection.recommendations.every((r) => covered.has(r.id))).toBe(true);
    expect(plan.actions.every((action) => action.owner !== null)).toBe(true);
    const ownerName = HALTON_EXAMPLE.users.find((user) => user.email === 'owner@halton.example')?.displayName;
    expect(plan.actions.filter((action) => action.owner?.name === ownerName).length).toBeGreaterThanOrEqual(3);
  });

  it('holds one example user per role, each with the printed password', async () => {
    const users: { email: string; role: string; password_hash: string }[] = await sut.dataSource.query(
      `SELECT email, role, password_hash FROM app_user WHERE email IN ($1, $2, $3, $4) ORDER BY role`,
      ['admin@halton.example', 'clerk@halton.example', 'owner@halton.example', 'scrutiny@halton.example'],
    );
    expect(users.map((user) => [user.email, user.role])).toEqual([
      ['admin@halton.example', 'admin'],
      ['clerk@halton.example', 'clerk'],
      ['owner@halton.example', 'owner'],
      ['scrutiny@halton.example', 'scrutiny'],
    ]);
    const hasher = new PasswordHasher();
    for (const user of users) {
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(await hasher.verify(user.password_hash, EXAMPLE_PASSWORD)).toBe(true);
    }
  });

  it('has four quarters of progress updates and indicator values', async () => {
    const periods: { period: string }[] = await sut.dataSource.query(
      `SELECT DISTINCT period FROM progress_update ORDER BY period`,
    );
    expect(periods.map((row) => row.period)).toEqual(['2008-09 Q3', '2008-09 Q4', '2009-10 Q1', '2009-10 Q2']);
    const [{ count }] = await sut.dataSource.query(
      `SELECT count(DISTINCT period)::int AS count FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE i.frequency = 'quarterly'`,
    );
    expect(count).toBe(4);
    const [{ unmeasured }] = await sut.dataSource.query(
      `SELECT count(*)::int AS unmeasured FROM action_indicator ai
        WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.indicator_id = ai.indicator_id)`,
    );
    expect(unmeasured).toBe(0);
  });

  it('keeps the published paper it came from, byte for byte, with its SHA-256', async () => {
    const [document] = await sut.dataSource.query(
      `SELECT sha256, encode(sha256(content), 'hex') AS actual, byte_size, length(content) AS length FROM source_document`,
    );
    expect(document.sha256).toBe(document.actual);
    expect(document.byte_size).toBe(document.length);
  });
});
