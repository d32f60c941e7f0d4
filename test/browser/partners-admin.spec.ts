/**
 * An administrator keeps the partnership through the pages, in real Chromium: adds a partner and
 * renames it with JavaScript off, sees a partner in use refused removal with the reason, and every
 * new page passes axe's WCAG 2.2 A and AA rules with JavaScript on.
 */
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { errorSummary } from './pages/import.page';
import { PartnersPage } from './pages/partners.page';

describe(`administering the partnership through the pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let admin: string;
  const ids: Record<string, string> = {};

  const idOf = async (name: string): Promise<string> => {
    const partners = (await sut.http().get('/api/v1/partners').set('Authorization', admin).expect(200)).body as {
      id: string;
      name: string;
    }[];
    const found = partners.find((partner) => partner.name === name);
    if (!found) throw new Error(`No partner ${name}`);
    return found.id;
  };

  beforeAll(async () => {
    sut = await startTestApp('partners-pages', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    ids.pct = await idOf('Halton and St Helens PCT');
    const unused = await sut
      .http()
      .post('/api/v1/partners')
      .set('Authorization', admin)
      .send({ name: 'Halton Play Council', kind: 'voluntary' })
      .expect(201);
    ids.unused = unused.body.id;
    const leads = (await sut.http().get('/api/v1/theme-leads').set('Authorization', admin).expect(200)).body;
    ids.lead = leads[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await sut?.close();
  });

  describe('without JavaScript', () => {
    let page: Page;
    let partners: PartnersPage;
    beforeAll(async () => {
      page = await signedInPage(browser, baseUrl, ROLE_EMAILS.admin, { javaScript: false });
      partners = new PartnersPage(page, baseUrl);
    });

    it('adds a partner, showing the mistakes first, each linked to its field', async () => {
      expect(await partners.open()).toBe(200);
      await partners.add({ name: ' ', kind: '' });
      expect(await errorSummary(page)).toEqual(['Enter the organisation’s name', 'Choose the kind of organisation']);
      expect(
        await page.$$eval('.govuk-error-summary__list a', (links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(['#name', '#kind']);
      expect(await page.title()).toBe('Error: Partner organisations – Improvement Tracker');

      await partners.add({ name: 'Halton Youth Offending Team', kind: 'council' });
      expect(page.url()).toBe(`${baseUrl}/admin/partners?done=added`);
      expect(await partners.banner()).toContain('The partner organisation has been added.');
      expect(await partners.partners()).toContainEqual({ name: 'Halton Youth Offending Team', kind: 'Council' });
    });

    it('refuses a name the authority already has', async () => {
      await partners.open();
      await partners.add({ name: 'cheshire constabulary', kind: 'police' });
      expect(await errorSummary(page)).toEqual([
        'There is already a partner organisation called cheshire constabulary.',
      ]);
    });

    it('renames the partner on its change page', async () => {
      await partners.open();
      await partners.follow('Change', 'Halton Youth Offending Team');
      expect(await partners.heading()).toBe('Change Halton Youth Offending Team');
      await partners.rename('Halton Youth Justice Service');
      expect(await partners.banner()).toContain('The partner organisation has been changed.');
      const names = (await partners.partners()).map((partner) => partner.name);
      expect(names).toContain('Halton Youth Justice Service');
      expect(names).not.toContain('Halton Youth Offending Team');
    });

    it('says why a partner in use cannot be removed, and removes one nothing uses', async () => {
      await partners.open();
      await partners.follow('Remove', 'Halton and St Helens PCT');
      expect(await partners.offersRemoval()).toBe(false);
      expect(await page.$eval('main', (main) => main.textContent ?? '')).toMatch(
        /Halton and St Helens PCT is the lead partner of \d+ actions, the organisation of \d+ users? and the organisation of \d+ theme leads?, so it cannot be removed\./,
      );

      await partners.open();
      await partners.follow('Remove', 'Halton Youth Justice Service');
      await partners.confirmRemove();
      expect(await partners.banner()).toContain('The partner organisation has been removed.');
      expect((await partners.partners()).map((partner) => partner.name)).not.toContain('Halton Youth Justice Service');
    });
  });

  it('has no accessibility problems on any of the new pages, with JavaScript', async () => {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS.admin);
    for (const path of [
      '/admin/partners',
      '/admin/partners?done=added',
      `/admin/partners/${ids.unused}`,
      `/admin/partners/${ids.unused}/remove`,
      `/admin/partners/${ids.pct}/remove`,
      '/admin/theme-leads',
      '/admin/theme-leads?done=changed',
      `/admin/theme-leads/${ids.lead}`,
      `/admin/theme-leads/${ids.lead}/remove`,
    ]) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      expect(await page.$$eval('h1', (headings) => headings.length)).toBe(1);
      expect(await page.$('.govuk-breadcrumbs')).not.toBeNull();
    }

    const partners = new PartnersPage(page, baseUrl);
    await partners.open();
    await partners.add({ name: '', kind: 'other' });
    expect(await errorSummary(page)).toEqual(['Enter the organisation’s name']);
    expect({ page: 'add with an error', violations: await axeViolations(page) }).toEqual({
      page: 'add with an error',
      violations: [],
    });
    await page.goto(`${baseUrl}/admin/theme-leads`);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/admin/theme-leads"] button')]);
    expect(await errorSummary(page)).toEqual(['Choose the theme they lead', 'Enter the lead’s name']);
    expect({ page: 'theme lead with errors', violations: await axeViolations(page) }).toEqual({
      page: 'theme lead with errors',
      violations: [],
    });
  });
});
