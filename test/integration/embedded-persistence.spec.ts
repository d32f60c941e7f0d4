import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Database } from '../../src/database/data-source';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestDatabase, startTestApp } from '../support/test-app';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Embedded mode is what a council gets with nothing installed: its data must survive restarts. */
describe('the embedded database', () => {
  let dataDir: string;
  let database: TestDatabase;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tracker-persistence-'));
    database = {
      settings: { databaseUrl: null, databaseOwnerUrl: null, dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  });
  afterEach(() => database.drop());

  it('keeps its data across a restart and loads the example only once', async () => {
    const first = await startTestApp('persistence', { exampleData: 'halton', exampleDataRequested: false }, database);
    const firstToken = `Bearer ${await tokenFor(first, ROLE_EMAILS.admin)}`;
    const before = (await first.http().get('/api/v1/plans').set('Authorization', firstToken).expect(200)).body;
    await first.dataSource.query(`UPDATE authority SET region = 'North West England'`);
    await first.stop();

    const second = await startTestApp('persistence', { exampleData: 'halton', exampleDataRequested: false }, database);
    try {
      // The token made before the restart still works: sessions and tokens live in the database too.
      const get = (path: string) => second.http().get(path).set('Authorization', firstToken).expect(200);
      expect((await get('/api/v1/plans')).body).toEqual(before);
      const authorities = (await get('/api/v1/authorities')).body;
      expect(authorities).toHaveLength(1);
      expect(authorities[0].region).toBe('North West England');
    } finally {
      await second.stop();
    }
  });

  it('refuses a second opening of the same folder while the first is open', async () => {
    const first = await Database.openAsOwner({ databaseOwnerUrl: null, dataDir });
    try {
      await expect(Database.openAsOwner({ databaseOwnerUrl: null, dataDir })).rejects.toThrow(/already open/);
    } finally {
      await first.close();
    }
    const again = await Database.openAsOwner({ databaseOwnerUrl: null, dataDir });
    await again.close();
  });

  it('refuses a folder held by another running process, and takes over one left by a dead process', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dataDir, 'pglite.lock'), String(holder.pid));
      await expect(Database.openAsOwner({ databaseOwnerUrl: null, dataDir })).rejects.toThrow(
        new RegExp(`in use by process ${holder.pid}`),
      );
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const afterHolderDied = await Database.openAsOwner({ databaseOwnerUrl: null, dataDir });
    await afterHolderDied.close();
  });
});
