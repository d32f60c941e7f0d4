import { type TestApp, databaseMode, startTestApp } from '../support/test-app';

describe(`health (${databaseMode} database)`, () => {
  let sut: TestApp;
  afterEach(() => sut?.close());

  it('answers 200 when the database is up and migrations are current', async () => {
    sut = await startTestApp('health');
    const response = await sut.http().get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', migrations: 'current' });
  });

  it('answers 503 when migrations have not been run', async () => {
    sut = await startTestApp('health_pending', { migrationsRun: false });
    const response = await sut.http().get('/health').expect(503);
    expect(response.body).toEqual({ status: 'unavailable', database: 'up', migrations: 'pending' });
  });

  it('answers 503 when the database has gone away', async () => {
    sut = await startTestApp('health_down');
    await sut.dataSource.destroy();
    const response = await sut.http().get('/health').expect(503);
    expect(response.body).toMatchObject({ status: 'unavailable', database: 'down' });
  });
});
