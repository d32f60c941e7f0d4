/**
 * Sign-off through the pages in real Chromium: a theme lead's page and the clerk's status page pass
 * axe, a return without a comment gets an error summary, and confirming works with JavaScript off.
 */
import type { Browser } from 'puppeteer-core';
import { ROLE_EMAILS } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { SignOffPage } from './pages/sign-off.page';

const PERIOD = '2009-10 Q2';

describe(`sign-off pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('sign_off_pages', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    [{ id: planId }] = await sut.dataSource.query(`SELECT id FROM improvement_plan LIMIT 1`);
  });
  afterAll(async () => {
    await browser?.close();
    await sut?.close();
  });

  it("shows a theme lead their themes' updates, with RAG as words, and passes axe with and without errors", async () => {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS.owner);
    const sut_ = new SignOffPage(page, baseUrl);
    expect(await sut_.open(planId, PERIOD)).toBe(200);
    expect(await sut_.heading()).toBe(`Sign off updates for ${PERIOD}`);
    const rags = await sut_.rags('safeguarding');
    expect(rags.length).toBeGreaterThan(0);
    for (const rag of rags) expect(rag).toMatch(/^(Green|Amber|Red|Not rated|None)$/);
    expect(await axeViolations(page)).toEqual([]);

    expect(await sut_.returnFirst('')).toBe(400);
    expect(await sut_.errorSummary()).toContain('Enter what the owner should put right');
    expect(await axeViolations(page)).toEqual([]);
    await page.browserContext().close();
  });

  it('confirms a theme without JavaScript, and the clerk sees who signed off', async () => {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS.owner, { javaScript: false });
    const sut_ = new SignOffPage(page, baseUrl);
    await sut_.open(planId, PERIOD);
    expect(await sut_.confirm('safeguarding')).toBe(200);
    expect(await sut_.successBanner()).toContain('The updates have been confirmed');
    await page.browserContext().close();

    const clerk = await signedInPage(browser, baseUrl, ROLE_EMAILS.clerk);
    const status = new SignOffPage(clerk, baseUrl);
    expect(await status.open(planId, PERIOD, 'status')).toBe(200);
    const rows = await status.statusRows();
    expect(rows.find((row) => row.theme === 'Safeguarding')?.state).toMatch(/^Signed off by Helen Ashworth on /);
    expect(rows.find((row) => row.theme === 'Health')?.state).toBe('Waiting');
    expect(await axeViolations(clerk)).toEqual([]);
    await clerk.browserContext().close();
  });
});
