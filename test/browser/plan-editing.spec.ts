/**
 * A clerk keeps a plan alive through the pages, in real Chromium: endorses it, reassigns an
 * owner, sets a status by hand with its reason, and cancels an action, each checked before it is
 * saved. Every new page, and each form returned with its errors, has no WCAG 2.2 A or AA violation
 * found by axe-core; owners and scrutiny members get the permission page, also clean.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { Response } from 'supertest';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { ActionPage } from './pages/action.page';
import { errorSummary, fill, fillDate, submitWith } from './pages/import.page';

describe(`keeping a plan alive through the pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let clerk: Page;
  let planId: string;
  let ids: Record<string, string>;
  let milestoneOfO3: string;
  let indicatorOfO3: string;
  let api: (path: string) => Promise<Response>;

  beforeAll(async () => {
    sut = await startTestApp('plan-editing', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    const token = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    api = (path) => sut.http().get(path).set('Authorization', token).expect(200);
    planId = (await api('/api/v1/plans')).body[0].id;
    const plan = (await api(`/api/v1/plans/${planId}`)).body as {
      actions: { id: string; reference: string; milestones: { id: string }[]; indicators: { id: string }[] }[];
    };
    ids = Object.fromEntries(plan.actions.map((action) => [action.reference, action.id]));
    const o3 = plan.actions.find((action) => action.reference === 'O3');
    milestoneOfO3 = o3?.milestones[0].id ?? '';
    indicatorOfO3 = o3?.indicators[0]?.id ?? '';
    clerk = await signedInPage(browser, baseUrl, ROLE_EMAILS.clerk);
  });

  afterAll(async () => {
    await browser?.close();
    await sut?.close();
  });

  const actionHref = (reference: string) => `/plans/${planId}/actions/${ids[reference]}`;
  const newPages = () => [
    `/plans/${planId}/details`,
    `/plans/${planId}/endorsement`,
    `/plans/${planId}/new-action`,
    `/plans/${planId}/history`,
    `${actionHref('O3')}/details`,
    `${actionHref('O3')}/milestones/new`,
    `${actionHref('O3')}/milestones/${milestoneOfO3}/edit`,
    `${actionHref('O3')}/milestones/${milestoneOfO3}/remove`,
    `${actionHref('O3')}/indicators/new`,
    ...(indicatorOfO3
      ? [
          `${actionHref('O3')}/indicators/${indicatorOfO3}/edit`,
          `${actionHref('O3')}/indicators/${indicatorOfO3}/remove`,
        ]
      : []),
    `${actionHref('O3')}/override`,
    `${actionHref('O3')}/override/remove`,
    `${actionHref('O3')}/cancel`,
    `${actionHref('O3')}/complete`,
    `${actionHref('O3')}/history`,
  ];

  async function expectAGoodPage(page: Page, path: string, status: number): Promise<void> {
    const response = await page.goto(`${baseUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status });
    expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    expect(await page.title()).toMatch(/ – Improvement Tracker$/);
    expect(await page.$$eval('h1', (headings) => headings.length)).toBe(1);
  }

  it('shows a clerk every new page clean, with breadcrumbs, and Home and Import with their lists', async () => {
    for (const path of [...newPages(), '/', '/import', actionHref('O3'), `/plans/${planId}`]) {
      await expectAGoodPage(clerk, path, 200);
      expect({ path, breadcrumbs: (await clerk.$('.govuk-breadcrumbs')) !== null || path === '/' }).toEqual({
        path,
        breadcrumbs: true,
      });
    }
  });

  it.each(['owner', 'scrutiny'] as const)(
    'shows %s the permission page, clean, for the clerk’s pages',
    async (role) => {
      const page = await signedInPage(browser, baseUrl, ROLE_EMAILS[role]);
      const ownersOwn = `${actionHref('O3')}/milestones/${milestoneOfO3}/edit`;
      for (const path of newPages().filter((path) => role === 'scrutiny' || !path.includes('/milestones/new'))) {
        if (role === 'owner' && path === ownersOwn) continue;
        await expectAGoodPage(page, path, 403);
      }
      if (role === 'owner') {
        // O3 is the owner's own: they rename its milestones, and see its due date without moving it.
        await expectAGoodPage(page, ownersOwn, 200);
        expect(await page.$('#dueDate-day')).toBeNull();
      }
      await page.browserContext().close();
    },
  );

  it('endorses the plan after checking the answers', async () => {
    await clerk.goto(`${baseUrl}/plans/${planId}`);
    await Promise.all([clerk.waitForNavigation(), clerk.click(`a[href="/plans/${planId}/endorsement"]`)]);
    await fill(clerk, '#endorsedBy', 'Children’s Trust Board');
    await fillDate(clerk, 'endorsedOn', '2099-01-01');
    await submitWith(clerk, 'Continue');
    expect(await errorSummary(clerk)).toEqual(['The date of endorsement must be today or in the past']);
    expect(await axeViolations(clerk)).toEqual([]);

    await fillDate(clerk, 'endorsedOn', '2008-09-18');
    await submitWith(clerk, 'Continue');
    expect(await clerk.$eval('h1', (heading) => heading.textContent?.trim())).toBe(
      'Check the endorsement before it is saved',
    );
    expect(await axeViolations(clerk)).toEqual([]);
    expect((await api(`/api/v1/plans/${planId}`)).body.endorsedBy).toBe('Executive Board');
    await submitWith(clerk, 'Save the endorsement');
    expect(await clerk.$eval('.govuk-notification-banner--success', (banner) => banner.textContent)).toContain(
      'The plan’s endorsement has been recorded.',
    );
    expect(await clerk.$eval('#plan-details', (list) => list.textContent?.replace(/\s+/g, ' '))).toContain(
      'by Children’s Trust Board on 18 September 2008',
    );
  });

  it('reassigns an owner', async () => {
    await clerk.goto(`${baseUrl}${actionHref('P1')}/details`);
    const choice = await clerk.$$eval(
      '#ownerId option',
      (options, email) => {
        const option = options.find((candidate) => candidate.textContent?.includes(email));
        return { value: option?.getAttribute('value') ?? '', text: option?.textContent ?? '' };
      },
      ROLE_EMAILS.owner,
    );
    await clerk.select('#ownerId', choice.value);
    await submitWith(clerk, 'Save the changes');
    expect(await clerk.$eval('.govuk-notification-banner--success', (banner) => banner.textContent)).toContain(
      'The action’s details have been saved.',
    );
    const ownerName = choice.text.replace(/ \(.*$/, '').trim();
    expect(await clerk.$eval('#action-details', (list) => list.textContent)).toContain(ownerName);
    expect((await api(`/api/v1/actions/${ids.P1}`)).body.owner.id).toBe(choice.value);
  });

  it('sets a status by hand with its reason and end date, shown as a word with the reason', async () => {
    await clerk.goto(`${baseUrl}${actionHref('O1')}/override`);
    await submitWith(clerk, 'Continue');
    expect(await errorSummary(clerk)).toEqual(['Choose red, amber or green', 'Say why the status is set by hand']);
    expect(await clerk.title()).toMatch(/^Error: /);
    expect(await axeViolations(clerk)).toEqual([]);

    await clerk.click('input[name=ragOverride][value=amber]');
    await fill(clerk, '#ragOverrideReason', 'Recruitment to the new team is three months behind plan');
    await fillDate(clerk, 'ragOverrideUntil', '2099-03-31');
    await submitWith(clerk, 'Continue');
    expect(await clerk.$eval('#answers', (list) => list.textContent?.replace(/\s+/g, ' '))).toContain(
      'Until 31 March 2099',
    );
    await submitWith(clerk, 'Set the status');
    const action = new ActionPage(clerk, baseUrl);
    expect(await action.status()).toEqual({
      word: 'Amber',
      reason: expect.stringContaining('Recruitment to the new team is three months behind plan'),
    });
    expect(await axeViolations(clerk)).toEqual([]);
  });

  it('cancels an action with a reason after checking, and leaves it out of the counts', async () => {
    await clerk.goto(`${baseUrl}${actionHref('O4')}`);
    await Promise.all([clerk.waitForNavigation(), clerk.click(`a[href="${actionHref('O4')}/cancel"]`)]);
    await fill(clerk, '#cancellationReason', 'Merged into action O1 by the Executive Board');
    await submitWith(clerk, 'Continue');
    expect(await clerk.$eval('h1', (heading) => heading.textContent?.trim())).toBe(
      'Check before the action is cancelled',
    );
    await submitWith(clerk, 'Cancel the action');
    const action = new ActionPage(clerk, baseUrl);
    expect((await action.status()).word).toBe('Cancelled');
    expect(await clerk.$eval('#cancellation-reason', (reason) => reason.textContent)).toContain(
      'Merged into action O1 by the Executive Board',
    );
    expect(await action.hasUpdateForm()).toBe(false);

    await expectAGoodPage(clerk, `${actionHref('O4')}/history`, 200);
    const history = await clerk.$eval('main', (main) => main.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(history).toContain('Reason for cancelling: none → changed to Merged into action O1 by the Executive Board');
    expect(history).toMatch(/Status: (In progress|Not started) → changed to Cancelled/);
    expect(history).not.toMatch(/_|5\.0000/);
    await expectAGoodPage(clerk, `${actionHref('O4')}/reopen`, 200);
  });
});
