/**
 * What an attacker or a careless script sends, through HTTP to the real database: zip bombs as
 * update workbooks and Word reports, NUL and half characters in text, numbers past their column,
 * dates with a time, JSON nested thousands deep, a body that says gzip but is not. Each is refused
 * with a 400 (or 413/415/422) and a sentence naming the field, quickly, and changes nothing; never
 * a 500. Generated text and numbers that are accepted are stored exactly.
 */
import fc from 'fast-check';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { csrfFrom, signInThroughPage } from '../support/browser-session';
import { nestRoutes } from '../support/routes';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { wordBombs, workbookBombs } from '../support/zip-bombs';
import { renderDocx } from '../unit/ingest/render-documents';

type Details = { field: string; messages: string[] }[];

describe(`hostile input (${databaseMode} database)`, () => {
  let sut: TestApp;
  let clerk: string;
  let owner: string;
  let admin: string;
  let planId: string;
  let action: { id: string; version: number; reference: string };
  let indicator: { indicatorId: string; id: string };
  let period: string;
  let measurementPeriod: string;

  beforeAll(async () => {
    sut = await startTestApp('hostile_input', { exampleData: 'halton' });
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    owner = `Bearer ${await tokenFor(sut, ROLE_EMAILS.owner)}`;
    admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const plan = (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200)).body;
    const ownerId = (await sut.http().get('/api/v1/auth/me').set('Authorization', owner).expect(200)).body.userId;
    const owned = plan.actions.filter((item: { owner: { id: string } | null }) => item.owner?.id === ownerId);
    action = owned.find((item: { indicators: unknown[] }) => item.indicators.length > 0);
    indicator = (action as unknown as { indicators: { indicatorId: string; id: string }[] }).indicators[0];
    const updates = await sut.http().get(`/api/v1/actions/${action.id}/updates`).set('Authorization', clerk);
    period = updates.body[0].period;
    const values = await sut
      .http()
      .get(`/api/v1/indicators/${indicator.indicatorId}/measurements`)
      .set('Authorization', clerk);
    measurementPeriod = values.body[values.body.length - 1].period;
  });
  afterAll(() => sut.close());

  /** Rows that any change would add to: the audit trail sees them all. */
  const auditEvents = async () => Number((await sut.dataSource.query('SELECT count(*) AS n FROM audit_event'))[0].n);

  const fieldsOf = (body: { details?: Details }) => (body.details ?? []).map((detail) => detail.field);

  it('refuses every kind of zip bomb sent as an update workbook, quickly, storing nothing', async () => {
    const workbook = await sut
      .http()
      .get(`/api/v1/plans/${planId}/update-workbook`)
      .set('Authorization', owner)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const before = await auditEvents();
    // The Actions sheet is the workbook's second.
    for (const bomb of workbookBombs(workbook.body as Buffer, 'xl/worksheets/sheet2.xml')) {
      const started = Date.now();
      const response = await sut
        .http()
        .post(`/api/v1/plans/${planId}/update-workbook`)
        .set('Authorization', owner)
        .attach('file', bomb.bytes, 'updates.xlsx');
      expect({ kind: bomb.kind, status: response.status, message: response.body.message }).toEqual({
        kind: bomb.kind,
        status: 422,
        message: expect.stringMatching(
          /^(This file was not opened: .+ Upload the update workbook|The Actions sheet has more than 20,000 rows|The file is not a readable Excel workbook)/,
        ),
      });
      // bench faults-input measures the 2-second target; this catches only a reader that inflates the bomb.
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(await auditEvents()).toBe(before);

    // The page shows the same sentence on its form.
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.owner);
    const page = await agent.get(`/plans/${planId}/update-workbook`).expect(200);
    const token = /action="[^"]*_csrf=([^"&]+)"/.exec(page.text)?.[1] ?? '';
    const refused = await agent
      .post(`/plans/${planId}/update-workbook?_csrf=${token}`)
      .attach('file', workbookBombs(workbook.body as Buffer, 'xl/worksheets/sheet2.xml')[0].bytes, 'updates.xlsx')
      .expect(422);
    expect(refused.text).toContain('This file was not opened: it would expand to more than 64 MB');
  });

  it('refuses every kind of zip bomb sent as a Word report, quickly', async () => {
    const honest = await renderDocx('# Joint area review\n\nSafeguarding\tGood\n');
    for (const bomb of wordBombs(honest)) {
      const started = Date.now();
      const response = await sut
        .http()
        .post('/api/v1/inspections/drafts')
        .set('Authorization', clerk)
        .attach('file', bomb.bytes, 'review.docx');
      expect({ kind: bomb.kind, status: response.status }).toEqual({ kind: bomb.kind, status: expect.any(Number) });
      expect([415, 422]).toContain(response.status);
      expect(response.body.message).toMatch(/^This (file|Word document)/);
      // bench faults-input measures the 2-second target; this catches only a reader that inflates the bomb.
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it.each([
    [
      'a NUL in a title',
      'patch',
      () => `/api/v1/actions/${action.id}`,
      () => ({ version: action.version, title: 'Done\u0000' }),
      'title',
    ],
    [
      'half a character in a narrative',
      'post',
      () => `/api/v1/actions/${action.id}/updates`,
      () => ({ period, narrative: 'Half an emoji \ud83d', percentComplete: 10 }),
      'narrative',
    ],
    [
      'a NUL in the name of a field',
      'post',
      () => `/api/v1/actions/${action.id}/updates`,
      () => ({ period, narrative: 'Fine', percentComplete: 10, 'x\u0000': 1 }),
      'x\u0000',
    ],
    [
      'a value past numeric(14, 4)',
      'post',
      () => `/api/v1/indicators/${indicator.indicatorId}/measurements`,
      () => ({ period: measurementPeriod, value: '99999999999' }),
      'value',
    ],
    [
      'a value that rounds past numeric(14, 4)',
      'post',
      () => `/api/v1/indicators/${indicator.indicatorId}/measurements`,
      () => ({ period: measurementPeriod, value: '9999999999.99999' }),
      'value',
    ],
    [
      'a target past numeric(14, 4)',
      'patch',
      () => `/api/v1/action-indicators/${indicator.id}`,
      () => ({ targetValue: '1e400' }),
      'targetValue',
    ],
    [
      'a tolerance past numeric(14, 4)',
      'patch',
      () => `/api/v1/action-indicators/${indicator.id}`,
      () => ({ toleranceValue: '123456789012' }),
      'toleranceValue',
    ],
    [
      'a due date with a time',
      'patch',
      () => `/api/v1/actions/${action.id}`,
      () => ({ version: action.version, dueDate: '2010-03-31T12:00:00Z' }),
      'dueDate',
    ],
    [
      'a date in year 0',
      'patch',
      () => `/api/v1/actions/${action.id}`,
      () => ({ version: action.version, startDate: '0000-01-01' }),
      'startDate',
    ],
  ] as const)('answers %s with 400 naming the field, changing nothing', async (_, method, path, body, field) => {
    const before = await auditEvents();
    const response = await sut.http()[method](path()).set('Authorization', clerk).send(body()).expect(400);
    expect(fieldsOf(response.body)).toEqual([field]);
    expect(response.body.message).toMatch(/^The request is not valid: .+\.$/);
    expect(await auditEvents()).toBe(before);
  });

  it('answers a NUL in a query or path parameter with 400 naming it', async () => {
    const query = await sut.http().get('/api/v1/audit?entity=a%00b').set('Authorization', clerk).expect(400);
    expect(fieldsOf(query.body)).toEqual(['entity']);
    const param = await sut.http().get('/api/v1/plans/a%00b').set('Authorization', clerk).expect(400);
    expect(fieldsOf(param.body)).toEqual(['id']);
  });

  it('answers JSON nested 5,000 deep, and a body that says gzip but is not, with 400 and a sentence', async () => {
    const deep = `{"title":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const nested = await sut
      .http()
      .patch(`/api/v1/actions/${action.id}`)
      .set('Authorization', clerk)
      .set('Content-Type', 'application/json')
      .send(deep)
      .expect(400);
    expect(nested.body.message).toBe(
      'The request body is nested more than 32 levels deep, which no request of this service is.',
    );
    const gzip = await sut
      .http()
      .patch(`/api/v1/actions/${action.id}`)
      .set('Authorization', clerk)
      .set('Content-Type', 'application/json')
      .set('Content-Encoding', 'gzip')
      .send('{"title":"not compressed"}')
      .expect(400);
    expect(gzip.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The request body could not be decompressed: it says it is gzip, but it is not.',
    });
  });

  it('answers a NUL in a page form with a 400 page naming the field, storing nothing', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.owner);
    const page = await agent.get(`/plans/${planId}/actions/${action.id}`).expect(200);
    const before = await auditEvents();
    const response = await agent
      .post(`/plans/${planId}/actions/${action.id}/updates`)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        period,
        narrative: 'Pasted from a PDF\u0000',
        percentComplete: '10',
        proposedRag: 'green',
      })
      .expect(400)
      .expect('Content-Type', /html/);
    expect(response.text).toContain('narrative contains a NUL character (U+0000), which cannot be stored.');
    expect(await auditEvents()).toBe(before);
    // The sign-in page too.
    const signIn = await sut.browser().get('/sign-in');
    await sut
      .browser()
      .post('/sign-in')
      .type('form')
      .send({ _csrf: csrfFrom(signIn.text), email: 'owner@halton.example\u0000', password: 'x' })
      .expect((reply) => expect(reply.status).toBeLessThan(500));
  });

  it('answers a NUL in every query parameter of every route, API and page, with 400, never 5xx', async () => {
    const agent = sut.browser();
    await signInThroughPage(agent, ROLE_EMAILS.admin);
    const uuid = '00000000-0000-4000-8000-000000000000';
    const reads = nestRoutes(sut.app).filter(
      (route) => route.method === 'GET' && route.arguments.some((argument) => argument.source === 'query'),
    );
    expect(reads.length).toBeGreaterThan(10);
    for (const route of reads) {
      const names = route.arguments
        .filter((argument) => argument.source === 'query')
        .flatMap((argument) => (argument.name ? [argument.name] : ['asOf', 'from', 'entity', 'anything']));
      const path = route.path.replace(/:[A-Za-z]+/g, uuid);
      for (const name of names) {
        const url = `${path}?${encodeURIComponent(name)}=a%00b`;
        const response = path.startsWith('/api/')
          ? await sut.http().get(url).set('Authorization', admin)
          : await agent.get(url);
        expect({ url, status: response.status }).toEqual({ url, status: 400 });
      }
    }
  });

  const HOSTILE_TEXT = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '\n', '"', '<', '=', '\\', 'é', '😀'),
      fc.integer({ min: 0x20, max: 0xffff }).map((code) => String.fromCharCode(code)),
    ),
    minLength: 3,
    maxLength: 40,
  });

  it('stores generated narratives exactly as sent, or refuses them with 400 naming the field; never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(HOSTILE_TEXT, async (narrative) => {
        const response = await sut
          .http()
          .post(`/api/v1/actions/${action.id}/updates`)
          .set('Authorization', clerk)
          .send({ period, narrative, percentComplete: 40 });
        if (response.status === 201) {
          expect(response.body.narrative).toBe(narrative.trim());
          const stored = await sut.dataSource.query('SELECT narrative FROM progress_update WHERE id = $1', [
            response.body.id,
          ]);
          expect(stored[0].narrative).toBe(narrative.trim());
        } else {
          expect(response.status).toBe(400);
          expect(fieldsOf(response.body)).toEqual(expect.arrayContaining(['narrative']));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('stores generated indicator values as numeric(14, 4), or refuses them with 400 naming the value; never 5xx', async () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((value) => value.toFixed(6)),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).map(String),
      fc.constantFrom('9999999999.9999', '-9999999999.99994', '.5', '+5', '1e3', '1,000', '0x10', ' 5'),
    );
    await fc.assert(
      fc.asyncProperty(numbers, async (value) => {
        const response = await sut
          .http()
          .post(`/api/v1/indicators/${indicator.indicatorId}/measurements`)
          .set('Authorization', clerk)
          .send({ period: measurementPeriod, value });
        if (response.status < 300) {
          expect(Number(response.body.value)).toBeCloseTo(Number(value), 4);
        } else {
          expect(response.status).toBe(400);
          expect(fieldsOf(response.body)).toEqual(['value']);
        }
      }),
      { numRuns: 25 },
    );
  });
});
