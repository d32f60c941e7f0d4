/**
 * The reading pages (home, plan, dashboard, action, my actions, how we compare) for every role, in real Chromium:
 * no WCAG 2.2 A or AA violation that axe-core can find, in their ordinary and their error states,
 * and their main task done with JavaScript switched off.
 */
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { ActionPage } from './pages/action.page';
import { DashboardPage } from './pages/dashboard.page';
import { MyActionsPage } from './pages/my-actions.page';
import { PlanPage } from './pages/plan.page';

type Role = keyof typeof ROLE_EMAILS;
const ROLES: Role[] = ['admin', 'clerk', 'owner', 'scrutiny'];

describe(`reading pages for every role (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let planId: string;
  let o3: string;
  const pages: Page[] = [];

  async function open(role: Role, javaScript = true): Promise<Page> {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS[role], { javaScript });
    pages.push(page);
    return page;
  }

  async function expectAccessible(page: Page, path: string, status = 200): Promise<void> {
    const response = await page.goto(`${baseUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status });
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
  }

  beforeAll(async () => {
    sut = await startTestApp('reading-pages', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    const clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const plan = (await sut.http().get(`/api/v1/plans/${planId}`).set('Authorization', clerk).expect(200)).body;
    o3 = plan.actions.find((action: { reference: string }) => action.reference === 'O3').id;
  });

  afterAll(async () => {
    for (const page of pages) await page.browserContext().close();
    await browser?.close();
    await sut?.close();
  });

  it.each(ROLES)('has no axe violations on any reading page for the %s', async (role) => {
    const page = await open(role);
    await expectAccessible(page, '/');
    await expectAccessible(page, `/plans/${planId}`);
    await expectAccessible(page, `/plans/${planId}?rag=red&sort=due&order=descending`);
    await expectAccessible(page, `/plans/${planId}/dashboard`);
    await expectAccessible(page, `/plans/${planId}/dashboard?asOf=2009-10-20`);
    await expectAccessible(page, `/plans/${planId}/dashboard?asOf-day=31&asOf-month=2&asOf-year=2009`, 400);
    await expectAccessible(page, `/plans/${planId}/actions/${o3}`);
    await expectAccessible(page, '/my-actions', role === 'scrutiny' ? 403 : 200);
    await expectAccessible(page, '/compare');
  });

  it('has no axe violations on the update form when it shows errors', async () => {
    const page = await open('owner');
    const action = new ActionPage(page, baseUrl);
    await action.open(planId, o3);
    expect(await action.postUpdate({ narrative: '', percentComplete: 'lots', values: { 'NI 148': 'high' } })).toBe(400);
    expect((await action.errorSummary()).map((error) => error.href)).toEqual([
      '#narrative',
      '#percentComplete',
      '#proposedRag',
      expect.stringMatching(/^#value-/),
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows each page where the reader is, in its title, breadcrumbs and navigation', async () => {
    const page = await open('owner');
    await page.goto(`${baseUrl}/plans/${planId}/actions/${o3}`);
    expect(await page.title()).toBe(
      'O3 Increase the number of care leavers in education, employment or training – HALTON-JAR-2008 – Improvement Tracker',
    );
    expect(
      await page.$$eval('.govuk-breadcrumbs__link', (links) => links.map((link) => link.textContent?.trim())),
    ).toEqual(['Home', 'HALTON-JAR-2008']);
    await page.goto(`${baseUrl}/plans/${planId}/dashboard`);
    expect(await page.title()).toBe('Dashboard for HALTON-JAR-2008 – Improvement Tracker');
    await page.goto(`${baseUrl}/my-actions`);
    expect(await page.title()).toBe('My actions – Improvement Tracker');
    expect(await page.$eval('[aria-current=page]', (link) => link.textContent?.trim())).toBe('My actions');
  });

  it('filters and sorts the plan’s actions with JavaScript off', async () => {
    const page = await open('scrutiny', false);
    const plan = new PlanPage(page, baseUrl);
    expect(await plan.open(planId)).toBe(200);
    expect(await plan.grades()).toContainEqual(['Safeguarding', 'Outstanding', 'Scored']);
    const all = await plan.rows();
    expect(all.length).toBe(16);
    expect(await plan.count()).toBe('Showing 16 of 16 actions.');

    await plan.filterBy('owner', 'Helen Ashworth');
    const owned = await plan.rows();
    expect(owned.length).toBeGreaterThan(0);
    expect(owned.every((row) => row.owner === 'Helen Ashworth')).toBe(true);
    expect(page.url()).toContain('owner=');

    await plan.filterBy('kind', 'Process');
    const process = await plan.rows();
    expect(process.every((row) => row.reference.startsWith('P') && row.owner === 'Helen Ashworth')).toBe(true);

    await plan.sortBy('Reference');
    const descending = (await plan.rows()).map((row) => row.reference);
    expect(descending).toEqual([...process.map((row) => row.reference)].reverse());
    expect(await page.$eval('th[aria-sort=descending]', (th) => th.textContent)).toContain('Reference');

    await plan.openAction(descending[0]);
    expect(page.url()).toMatch(new RegExp(`/plans/${planId}/actions/[0-9a-f-]{36}$`));
  });

  it('shows the dashboard on a past date with JavaScript off, with a table beside every chart', async () => {
    const page = await open('scrutiny', false);
    const dashboard = new DashboardPage(page, baseUrl);
    expect(await dashboard.open(planId)).toBe(200);
    expect(await dashboard.showOn('20', '10', '2009')).toBe(200);
    expect(await dashboard.asAt()).toBe('As at 20 October 2009');
    const counts = await dashboard.countsTable();
    expect(Object.keys(counts)).toEqual(['Red', 'Amber', 'Green', 'Not started', 'Complete', 'Total counted']);
    expect(await dashboard.chartAlt()).toBe(
      `Bar chart of actions by status: Red ${counts.Red}, Amber ${counts.Amber}, Green ${counts.Green}, Not started ${counts['Not started']}, Complete ${counts.Complete}.`,
    );
    for (const line of await dashboard.exceptions()) {
      expect(['Red', 'Amber']).toContain(line.status);
      expect(line.reason).not.toBe('');
    }

    expect(await dashboard.showOn('31', '2', '2009')).toBe(400);
    expect(await dashboard.errorSummary()).toEqual(['Enter a real date, for example 31 3 2009']);
  });

  it('lists an owner’s actions with the updates that are overdue', async () => {
    const page = await open('owner', false);
    const myActions = new MyActionsPage(page, baseUrl);
    expect(await myActions.open()).toBe(200);
    const rows = await myActions.rows();
    expect(rows.map((row) => row.action.split(':')[0]).sort()).toEqual(['O3', 'O4', 'P2', 'P3']);
    for (const row of rows) expect(row.status).toMatch(/^(Red|Amber|Green|Complete|Not started)$/);
  });
});
