/**
 * An owner reports progress through the pages, in real Chromium: the update, with the milestone it
 * completes and a new indicator value, makes the action amber, and the dashboard says so with the
 * reason. A scrutiny member sees no way to change anything, and a forged form is refused.
 */
import type { Browser, Page } from 'puppeteer-core';
import { addDays, londonToday } from '../../src/domain/periods';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { launchBrowser, listen, screenshot, signedInPage } from '../support/web-browser';
import { ActionPage } from './pages/action.page';
import { DashboardPage } from './pages/dashboard.page';
import { MyActionsPage } from './pages/my-actions.page';

const PATHWAY_MILESTONE = "Every care leaver's pathway plan includes an education, employment or training goal";

describe(`an owner's update through the pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let clerk: string;
  let planId: string;
  let actionIds: Record<string, string>;
  const pages: Page[] = [];

  const api = (path: string) => sut.http().get(path).set('Authorization', clerk).expect(200);

  /** The clerk moves an action's due date into the future, so that today's rules judge its progress. */
  async function extendDueDate(reference: string): Promise<void> {
    const action = (await api(`/api/v1/actions/${actionIds[reference]}`)).body;
    await sut
      .http()
      .patch(`/api/v1/actions/${actionIds[reference]}`)
      .set('Authorization', clerk)
      .send({ version: action.version, dueDate: addDays(londonToday(), 365) })
      .expect(200);
  }

  async function open(email: string, javaScript = true): Promise<Page> {
    const page = await signedInPage(browser, baseUrl, email, { javaScript });
    pages.push(page);
    return page;
  }

  beforeAll(async () => {
    sut = await startTestApp('owner-journey', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await api('/api/v1/plans')).body[0].id;
    const plan = (await api(`/api/v1/plans/${planId}`)).body;
    actionIds = Object.fromEntries(
      plan.actions.map((action: { reference: string; id: string }) => [action.reference, action.id]),
    );
    await extendDueDate('O3');
    await extendDueDate('O4');
    // As a paper would: the statuses before the owner's update, for "what moved" to compare with.
    await sut.http().post(`/api/v1/plans/${planId}/snapshots`).set('Authorization', clerk).send({}).expect(201);
  });

  afterAll(async () => {
    for (const page of pages) await page.browserContext().close();
    await browser?.close();
    await sut?.close();
  });

  it('lets an owner post an update that makes their action amber, and the dashboard shows it with the reason', async () => {
    const page = await open(ROLE_EMAILS.owner);
    const myActions = new MyActionsPage(page, baseUrl);
    expect(await myActions.open()).toBe(200);
    expect(await myActions.summary()).toMatch(/^You own \d+ actions\./);
    await myActions.openAction('O3');

    const action = new ActionPage(page, baseUrl);
    expect(await action.heading()).toBe('Increase the number of care leavers in education, employment or training');
    expect(await action.status()).toEqual({
      word: 'Red',
      reason: expect.stringMatching(/^Milestone ".*" is overdue by \d+ days, beyond the 30-day slip limit\.$/),
    });
    const before = await action.history();

    expect(
      await action.postUpdate({
        narrative: 'Pathway plans are being rewritten; a third still lack an education or training goal.',
        percentComplete: '70',
        proposedRag: 'amber',
        milestones: [PATHWAY_MILESTONE],
        values: { 'NI 148': '64.5' },
      }),
    ).toBe(200);

    expect(page.url()).toMatch(new RegExp(`/plans/${planId}/actions/${actionIds.O3}\\?posted=`));
    expect(await action.successBanner()).toMatch(/^Success Your update for \d{4}-\d{2} Q[1-4] has been posted\.$/);
    expect(await action.status()).toEqual({ word: 'Amber', reason: 'The owner reports amber.' });
    expect(await action.history()).toHaveLength(before.length + 1);
    expect((await action.history())[0]).toMatch(/70% complete, proposed Amber$/);
    expect(await action.milestoneState(PATHWAY_MILESTONE)).toMatch(/^Completed on /);
    expect(await page.$eval('#indicators ~ .govuk-grid-row table', (table) => table.textContent)).toContain('64.5');
    await screenshot(page, 'action');

    const dashboard = new DashboardPage(page, baseUrl);
    expect(await dashboard.open(planId)).toBe(200);
    const o3 = (await dashboard.exceptions()).find((line) => line.action.startsWith('O3'));
    expect(o3).toEqual({
      action: 'O3: Increase the number of care leavers in education, employment or training',
      status: 'Amber',
      reason: 'The owner reports amber.',
      owner: 'Helen Ashworth',
      commentary: expect.stringContaining('Pathway plans are being rewritten'),
    });
    expect(await dashboard.movement()).toContainEqual({
      action: 'O3 Increase the number of care leavers in education, employment or training',
      was: 'Red',
      now: 'Amber',
      change: 'Improved',
    });
    await screenshot(page, 'dashboard');
  });

  it('works without JavaScript: the errors are listed and linked to their fields, then the update is posted', async () => {
    const page = await open(ROLE_EMAILS.owner, false);
    const action = new ActionPage(page, baseUrl);
    expect(await action.open(planId, actionIds.O4)).toBe(200);

    expect(await action.postUpdate({ narrative: '', percentComplete: '120' })).toBe(400);
    expect(await page.title()).toMatch(/^Error: O4 /);
    expect(await action.errorSummary()).toEqual([
      { text: 'Enter what has happened since the last update', href: '#narrative' },
      { text: 'Enter a whole number from 0 to 100', href: '#percentComplete' },
      { text: 'Choose the status you propose: green, amber or red', href: '#proposedRag' },
    ]);
    for (const id of ['narrative', 'percentComplete', 'proposedRag']) expect(await page.$(`#${id}`)).not.toBeNull();

    expect(
      await action.postUpdate({
        narrative: 'Supported lodgings scheme launched in November with four hosts.',
        percentComplete: '60',
        proposedRag: 'green',
        milestones: ['Supported lodgings scheme launched'],
      }),
    ).toBe(200);
    expect(await action.successBanner()).toMatch(/has been posted\.$/);
    expect(await action.milestoneState('Supported lodgings scheme launched')).toMatch(/^Completed on /);
  });

  it('shows a scrutiny member no edit controls, and refuses their forged form with 403, changing nothing', async () => {
    const page = await open(ROLE_EMAILS.scrutiny);
    const action = new ActionPage(page, baseUrl);
    expect(await action.open(planId, actionIds.O3)).toBe(200);
    expect(await action.hasUpdateForm()).toBe(false);
    expect(await action.editControls()).toEqual([]);
    expect(await page.$eval('main', (main) => main.textContent)).not.toContain('Post an update');

    const updatesBefore = (await api(`/api/v1/actions/${actionIds.O3}/updates`)).body.length;
    const milestonesBefore = (await api(`/api/v1/actions/${actionIds.O3}`)).body.milestones;

    // The forged form carries the session's own, valid CSRF token (from the sign-out form).
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate((action: string) => {
        const doc = (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { value: string } | null;
              createElement(t: string): { method: string; action: string; innerHTML: string; submit(): void };
              body: { appendChild(e: unknown): void };
            };
          }
        ).document;
        const token = doc.querySelector('input[name=_csrf]')?.value ?? '';
        const form = doc.createElement('form');
        form.method = 'post';
        form.action = action;
        form.innerHTML = `<input name="_csrf" value="${token}"><input name="period" value="2009-10 Q2"><input name="narrative" value="Forged by scrutiny"><input name="percentComplete" value="100"><input name="proposedRag" value="green">`;
        doc.body.appendChild(form);
        form.submit();
      }, `/plans/${planId}/actions/${actionIds.O3}/updates`),
    ]);
    expect(response?.status()).toBe(403);
    expect(await page.$eval('h1', (h1) => h1.textContent?.trim())).toBe('You do not have permission to see this page');

    expect((await api(`/api/v1/actions/${actionIds.O3}/updates`)).body).toHaveLength(updatesBefore);
    expect((await api(`/api/v1/actions/${actionIds.O3}`)).body.milestones).toEqual(milestonesBefore);
  });
});
