import { randomUUID } from 'node:crypto';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { nestRoutes } from '../support/routes';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`the API's conventions (${databaseMode} database)`, () => {
  let sut: TestApp;
  let bearer: string;
  beforeAll(async () => {
    sut = await startTestApp('api', { exampleData: 'halton' });
    bearer = `Bearer ${await tokenFor(sut, ROLE_EMAILS.scrutiny)}`;
  });
  afterAll(() => sut.close());

  it('answers an unknown resource with 404 in the standard error shape', async () => {
    const response = await sut.http().get(`/api/v1/plans/${randomUUID()}`).set('Authorization', bearer).expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'The improvement plan was not found.',
    });
  });

  it('answers a malformed id with 400, not 500', async () => {
    const response = await sut.http().get('/api/v1/inspections/not-an-id').set('Authorization', bearer).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers an unknown route with 404 in the standard error shape', async () => {
    const response = await sut.http().get('/api/v1/nothing-here').set('Authorization', bearer).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('refuses a JSON body over 1 MB with 413', async () => {
    const response = await sut
      .http()
      .post('/api/v1/plans')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The request body is too large.',
    });
  });

  it('refuses malformed JSON with 400 and a sentence, never a stack', async () => {
    const response = await sut
      .http()
      .post('/api/v1/plans')
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(response.body.message).toMatch(/well-formed JSON/);
    expect(response.body.stack).toBeUndefined();
  });

  it('returns a request id on every response, keeping a plain one the caller sent', async () => {
    const generated = await sut.http().get('/health').expect(200);
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await sut.http().get('/health').set('X-Request-Id', 'trace-42').expect(200);
    expect(kept.headers['x-request-id']).toBe('trace-42');
    const replaced = await sut.http().get('/health').set('X-Request-Id', 'bad id <script>').expect(200);
    expect(replaced.headers['x-request-id']).not.toBe('bad id <script>');
  });

  it('publishes OpenAPI describing every API endpoint the app serves', async () => {
    const response = await sut.http().get('/api/docs/openapi.json').expect(200);
    const documented = Object.entries(response.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const served = nestRoutes(sut.app)
      .filter((route) => route.path.startsWith('/api/') || route.path === '/health')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(served.length).toBeGreaterThan(10);
    expect(documented).toEqual(served);
    const page = await sut.http().get('/api/docs').expect(200);
    expect(page.text).toContain('swagger');
  });
});
