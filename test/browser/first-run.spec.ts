/**
 * The first run, as a council would do it: a fresh database with no example data, the app started
 * with `tracker serve` prints a set-up link, and the link leads, in real Chromium with JavaScript
 * off, to a signed-in administrator of a real council. The set-up and settings pages pass axe's
 * WCAG 2.2 A and AA rules with JavaScript on.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { type TestDatabase, createTestDatabase, databaseMode } from '../support/test-app';
import { axeViolations, launchBrowser, newPage } from '../support/web-browser';
import { errorSummary, fill, submitWith } from './pages/import.page';
import { SetupPage } from './pages/setup.page';

const CLI = join(__dirname, '..', '..', 'dist', 'src', 'cli.js');
const ADMIN = { adminName: 'Jo Bloggs', adminEmail: 'jo.bloggs@halton.gov.uk', password: 'quiet-river-morning-42' };

describe(`the first run of a council (${databaseMode} database, real Chromium)`, () => {
  let database: TestDatabase;
  let server: ChildProcess;
  let browser: Browser;
  let baseUrl: string;
  let link: string;
  let started: number;
  let stdout = '';

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before the tests (npm test does).`);
    database = await createTestDatabase('first_run_browser');
    const env = database.settings.databaseUrl
      ? {
          DATABASE_URL: database.settings.databaseUrl,
          DATABASE_OWNER_URL: database.settings.databaseOwnerUrl as string,
          SESSION_SECRET: 'x'.repeat(40),
        }
      : { DATA_DIR: database.settings.dataDir };
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    started = Date.now();
    server = spawn(process.execPath, [CLI, 'serve'], {
      env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), LOG_LEVEL: 'warn', EXAMPLE_DATA: 'none' },
    });
    let stderr = '';
    server.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    browser = await launchBrowser();
    // Generous: on a busy machine the embedded database's first migration takes a while.
    const deadline = Date.now() + 240_000;
    while (!/Improvement Tracker is running[\s\S]*\n\n$/.test(stdout)) {
      if (Date.now() > deadline || server.exitCode !== null) {
        throw new Error(`The app did not start (exit code ${server.exitCode}):\n${stdout}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    link = /\n {4}(http:\/\/localhost:\d+\/setup\?token=\S+)\n/.exec(stdout)?.[1] ?? '';
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    await new Promise((resolve) => (server?.exitCode === null ? server.once('exit', resolve) : resolve(null)));
    await database?.drop();
  });

  it('prints a one-time set-up link at start, with the command that does the same', () => {
    expect(link).toMatch(new RegExp(`^${baseUrl}/setup\\?token=setup_[A-Za-z0-9_-]{43}$`));
    expect(stdout).toContain('there is no council yet. Open this link to set one up (it works once, for 24 hours)');
    expect(stdout).toContain('tracker authority add --ons-code <code> --admin-email <email>');
    expect(stdout).not.toContain('Example:');
  });

  it('passes axe on the set-up page, empty and with its mistakes shown', async () => {
    const page = await newPage(browser);
    const setup = new SetupPage(page);
    expect(await setup.open(link)).toBe(200);
    expect({ page: 'set-up', violations: await axeViolations(page) }).toEqual({ page: 'set-up', violations: [] });
    await submitWith(page, 'Set up the council');
    expect(await errorSummary(page)).toEqual([
      'Choose your council.',
      'Enter the administrator’s full name.',
      'Enter the administrator’s email address.',
      'Enter a password.',
    ]);
    expect(await page.title()).toBe('Error: Set up your council – Improvement Tracker');
    expect({ page: 'set-up with errors', violations: await axeViolations(page) }).toEqual({
      page: 'set-up with errors',
      violations: [],
    });
    await page.browserContext().close();
  });

  let admin: Page;
  it('sets up a real council from the list with JavaScript off, and signs its administrator in', async () => {
    admin = await newPage(browser, { javaScript: false });
    const setup = new SetupPage(admin);
    expect(await setup.open(link)).toBe(200);
    expect(await setup.councils()).toContain('Halton (E06000006, North West)');
    await setup.setUp({ onsCode: 'E06000006', houseStyle: 'executive-board', ...ADMIN, password: 'short' });
    expect(await errorSummary(admin)).toEqual(['The password must be at least 12 characters long.']);
    await setup.setUp({ onsCode: 'E06000006', houseStyle: 'executive-board', ...ADMIN });
    expect(admin.url()).toBe(`${baseUrl}/admin/settings?welcome=1`);
    const text = await admin.$eval('main', (main) => main.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(text).toContain('Your council is set up and you are signed in as its administrator.');
    expect(text).toContain('ONS code E06000006');
    const header = await admin.$eval('header', (element) => element.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(header).toContain('Administration');
    expect(header).toContain('Sign out');
    // From the app's start to a signed-in administrator, with a person's typing done by the browser.
    process.stdout.write(`First run: started to signed in in ${Date.now() - started} ms\n`);
  });

  it('then has no set-up page, even for the same link', async () => {
    expect(await new SetupPage(admin).open(link)).toBe(404);
  });

  it('lets the administrator change the council’s settings, with axe passing on both pages', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent('/admin/settings')}`);
    await page.type('#email', ADMIN.adminEmail);
    await page.type('#password', ADMIN.password);
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    expect(page.url()).toBe(`${baseUrl}/admin/settings`);
    expect({ page: 'settings', violations: await axeViolations(page) }).toEqual({ page: 'settings', violations: [] });
    await Promise.all([page.waitForNavigation(), page.click('a[href="/admin/settings/edit#name"]')]);
    await fill(page, '#name', 'Halton Borough Council');
    await fill(page, '#committees', 'Executive Board');
    await submitWith(page, 'Save settings');
    expect(page.url()).toBe(`${baseUrl}/admin/settings?done=saved`);
    const text = await page.$eval('main', (main) => main.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(text).toContain('Name Halton Borough Council');
    expect(text).toContain('Committees Executive Board');
    await page.goto(`${baseUrl}/admin/settings/edit`);
    await fill(page, '#name', ' ');
    await submitWith(page, 'Save settings');
    expect(await errorSummary(page)).toEqual(['Enter the council’s name, at most 200 characters']);
    expect({ page: 'settings form with errors', violations: await axeViolations(page) }).toEqual({
      page: 'settings form with errors',
      violations: [],
    });
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
