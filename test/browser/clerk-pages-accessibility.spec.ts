/**
 * The clerk's and administrator's pages in real Chromium: each, signed in as every role allowed
 * to see it, has no WCAG 2.2 A or AA violation found by axe-core, a title, a skip link and
 * breadcrumbs; every other role gets the permission page, also clean. Each page's main task then
 * works with JavaScript turned off.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { AdminPage } from './pages/admin.page';
import { AuditPage } from './pages/audit.page';
import { DraftReviewPage, ImportPage, PlanProposalPage, errorSummary, submitWith } from './pages/import.page';
import { PapersPage } from './pages/papers.page';

type Role = keyof typeof ROLE_EMAILS;

const HALTON = readFileSync(join(__dirname, '..', 'fixtures', 'halton-jar-executive-board-2008.txt'), 'utf8');

describe(`clerk and administrator pages: accessibility and working without JavaScript (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const pages = {} as Record<Role, Page>;
  let draftId: string;
  let inspectionId: string;
  let planId: string;
  let userId: string;
  /** A copy of the Halton paper the example has not imported yet, written to a file. */
  const copyOfHalton = (note: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'clerk-pages-')), `halton-${note.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, `${HALTON}\n${note}\n`);
    return file;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    sut = await startTestApp('clerk-pages-a11y', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    for (const role of Object.keys(ROLE_EMAILS) as Role[]) {
      pages[role] = await signedInPage(browser, baseUrl, ROLE_EMAILS[role]);
    }
    const clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    const admin = `Bearer ${await tokenFor(sut, ROLE_EMAILS.admin)}`;
    const draft = await sut
      .http()
      .post('/api/v1/inspections/drafts')
      .set('Authorization', clerk)
      .attach('file', Buffer.from(`${HALTON}\nA draft left for review.\n`), 'halton-draft.txt')
      .expect(201);
    draftId = draft.body.id;
    inspectionId = (await sut.http().get('/api/v1/inspections').set('Authorization', clerk).expect(200)).body[0].id;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const users = (await sut.http().get('/api/v1/users').set('Authorization', admin).expect(200)).body;
    userId = users.find((user: { email: string }) => user.email === ROLE_EMAILS.owner).id;
  });

  afterAll(async () => {
    await sut?.close();
    await browser?.close();
  });

  const clerkPages = () => [
    '/import',
    `/import/drafts/${draftId}`,
    `/import/drafts/${draftId}/correct`,
    `/import/inspections/${inspectionId}/plan?startDate=2008-10-01`,
    `/plans/${planId}/papers`,
    '/audit',
    '/audit?entity=action&operation=update',
  ];
  const adminPages = () => [
    '/admin',
    '/admin/users',
    '/admin/users/new',
    `/admin/users/${userId}`,
    '/admin/partners',
    '/admin/theme-leads',
    '/admin/indicators',
    '/admin/indicators/new',
    '/admin/thresholds',
  ];

  /** `axe: false` for a page drawn from a template already checked with axe in the same test. */
  async function expectAGoodPage(page: Page, path: string, status: number, { axe = true } = {}): Promise<void> {
    const response = await page.goto(`${baseUrl}${path}`);
    expect({ path, status: response?.status() }).toEqual({ path, status });
    if (axe) expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    expect(await page.title()).toMatch(/ – Improvement Tracker$/);
    expect(await page.$('a.govuk-skip-link[href="#main-content"]')).not.toBeNull();
    expect(await page.$$eval('h1', (headings) => headings.length)).toBe(1);
  }

  it.each(['clerk', 'admin'] as const)(
    'shows %s every import, papers and audit page, clean and with breadcrumbs',
    async (role) => {
      for (const path of clerkPages()) {
        await expectAGoodPage(pages[role], path, 200);
        expect({ path, breadcrumbs: (await pages[role].$('.govuk-breadcrumbs')) !== null }).toEqual({
          path,
          breadcrumbs: true,
        });
      }
    },
  );

  it('shows an administrator every administration page, clean and with breadcrumbs', async () => {
    for (const path of adminPages()) {
      await expectAGoodPage(pages.admin, path, 200);
      expect({ path, breadcrumbs: (await pages.admin.$('.govuk-breadcrumbs')) !== null }).toEqual({
        path,
        breadcrumbs: true,
      });
    }
  });

  it.each(['owner', 'scrutiny'] as const)('shows %s the permission page, clean, for every clerk page', async (role) => {
    // Every reader may read the board papers: papers-reading.spec.ts covers that page for them.
    const papers = `/plans/${planId}/papers`;
    const closed = [...clerkPages().filter((path) => path !== papers), ...adminPages()];
    // One permission page for them all: axe checks it once, and every closed page must answer with it.
    for (const [index, path] of closed.entries()) {
      await expectAGoodPage(pages[role], path, 403, { axe: index === 0 });
      expect(await pages[role].$eval('h1', (heading) => heading.textContent?.trim())).toBe(
        'You do not have permission to see this page',
      );
      expect(await pages[role].title()).toBe('You do not have permission to see this page – Improvement Tracker');
    }
  });

  it('shows a clerk the permission page for the administration pages', async () => {
    for (const [index, path] of adminPages().entries()) {
      await expectAGoodPage(pages.clerk, path, 403, { axe: index === 0 });
      expect(await pages.clerk.title()).toBe('You do not have permission to see this page – Improvement Tracker');
    }
  });

  it('shows forms returned with errors cleanly, each error linked to its field', async () => {
    const clerk = pages.clerk;
    await clerk.goto(`${baseUrl}/import`);
    await submitWith(clerk, 'Upload and read the report');
    expect(await errorSummary(clerk)).toEqual(['Choose a file to upload: the inspection report, as published.']);
    expect(await axeViolations(clerk)).toEqual([]);

    await clerk.goto(`${baseUrl}/plans/${planId}/papers`);
    await clerk.$eval('#committee', (input) => {
      (input as unknown as { value: string }).value = '';
    });
    await submitWith(clerk, 'Print the board paper');
    expect(await errorSummary(clerk)).toEqual(
      expect.arrayContaining(['Enter the committee, for example Executive Board', 'Enter the date of the meeting']),
    );
    expect(await clerk.title()).toMatch(/^Error: /);
    expect(await axeViolations(clerk)).toEqual([]);

    await clerk.goto(`${baseUrl}/audit?from-day=40&from-month=1&from-year=2009`);
    expect(await errorSummary(clerk)).toEqual(['The start of the period must be a real date, like 1 10 2008']);
    expect(await axeViolations(clerk)).toEqual([]);

    const admin = pages.admin;
    await admin.goto(`${baseUrl}/admin/users/new`);
    await submitWith(admin, 'Add the user');
    expect((await errorSummary(admin)).length).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(admin)).toEqual([]);
  });

  it('shows a missing draft as "Page not found" and a malformed address as an error, never a stack', async () => {
    const clerk = pages.clerk;
    await expectAGoodPage(clerk, '/import/drafts/00000000-0000-4000-8000-000000000000', 404);
    expect(await clerk.$eval('h1', (heading) => heading.textContent?.trim())).toBe('Page not found');
    await expectAGoodPage(clerk, '/plans/not-a-plan/papers', 400);
    expect(await clerk.title()).toBe('There is a problem with what was sent – Improvement Tracker');
    const text = await clerk.$eval('main', (main) => main.textContent ?? '');
    expect(text).not.toMatch(/\bat \w+ \(|node_modules|Error:/);
  });

  it('says the paper is printing while it prints, with JavaScript', async () => {
    const papers = new PapersPage(pages.clerk, baseUrl);
    await papers.open(planId);
    // Keep the form from leaving the page, so the page can be read as it is while printing.
    await pages.clerk.$eval('#paper-form', (form) =>
      form.addEventListener('submit', (event: { preventDefault(): void }) => event.preventDefault()),
    );
    expect(await papers.printingMessage()).toBe('');
    await pages.clerk.click('#print-paper');
    expect(await papers.printingMessage()).toBe(
      'Sending the board paper to be printed: the next page shows how it is going.',
    );
    expect(await pages.clerk.$eval('#printing', (status) => status.getAttribute('role'))).toBe('status');
  });

  describe('without JavaScript', () => {
    let clerk: Page;
    let admin: Page;

    beforeAll(async () => {
      clerk = await signedInPage(browser, baseUrl, ROLE_EMAILS.clerk, { javaScript: false });
      admin = await signedInPage(browser, baseUrl, ROLE_EMAILS.admin, { javaScript: false });
    });

    it('uploads a report, confirms it, creates the plan and prints its paper', async () => {
      const upload = new ImportPage(clerk, baseUrl);
      await upload.open();
      await upload.upload(copyOfHalton('Without JavaScript.'));
      const review = new DraftReviewPage(clerk);
      expect((await review.judgements()).length).toBe(7);
      await review.confirm();
      const proposal = new PlanProposalPage(clerk);
      await proposal.startOn('2008-10-01');
      expect((await proposal.actions()).length).toBeGreaterThanOrEqual(5);
      await proposal.create('HALTON-NO-JS');
      expect(clerk.url()).toMatch(/\/papers\?created=1$/);

      const papers = new PapersPage(clerk, baseUrl);
      await papers.print({
        committee: 'Executive Board',
        meetingDate: '2009-01-15',
        reportingOfficer: 'Strategic Director – Children & Young People',
        subject: 'Joint Area Review: the improvement plan',
        exemptParagraph: 3,
      });
      const [paper] = await papers.history();
      expect(paper.status).toBe('Exempt – not for publication Schedule 12A, paragraph 3');
      const pdf = await papers.download(paper.href);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('filters the audit trail and pages through it', async () => {
      const audit = new AuditPage(clerk, baseUrl);
      await audit.open();
      await audit.filter({ entity: 'Improvement plan', operation: 'Added' });
      const rows = await audit.rows();
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const row of rows)
        expect(row).toMatchObject({ record: expect.stringMatching(/^Improvement plan/), change: 'Added' });
      await audit.open();
      await audit.older();
      expect((await audit.rows()).length).toBeGreaterThan(0);
    });

    it('adds a user, changes their role, deactivates them, and sets the thresholds and an indicator', async () => {
      const pagesOfAdmin = new AdminPage(admin, baseUrl);
      await pagesOfAdmin.addUser({
        name: 'Priya Shah',
        email: 'priya.shah@halton.example',
        role: 'owner',
        password: 'a long and unusual passphrase 42',
      });
      expect(await pagesOfAdmin.banner()).toContain('The user has been added.');
      await pagesOfAdmin.openUser('Priya Shah');
      await pagesOfAdmin.changeRole('clerk');
      await pagesOfAdmin.openUser('Priya Shah');
      await pagesOfAdmin.deactivate();
      expect(await pagesOfAdmin.banner()).toContain('deactivated');
      expect((await pagesOfAdmin.users()).find((user) => user.name === 'Priya Shah')).toMatchObject({
        role: 'Committee clerk',
        account: 'Deactivated',
      });

      await pagesOfAdmin.setThresholds({ slipDays: '40', lagPoints: '20', tolerance: '7.5' });
      expect(await pagesOfAdmin.banner()).toContain('The thresholds have been saved.');
      await pagesOfAdmin.addIndicator({ code: 'HBC L07', title: 'Young carers known to services', unit: 'number' });
      expect(await pagesOfAdmin.banner()).toContain('The local indicator HBC L07 has been added.');
    });
  });
});
