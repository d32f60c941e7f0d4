/**
 * The board papers page for every reader, in real Chromium: a scrutiny member (a councillor) finds
 * it from the plan and the dashboard, reads the papers printed and downloads them, exempt ones
 * marked as not for publication, and is refused when a print is forged from their session. The
 * page has no WCAG 2.2 A or AA violation that axe-core can find for any role.
 */
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS, tokenFor } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { DashboardPage } from './pages/dashboard.page';
import { PapersPage } from './pages/papers.page';
import { PlanPage } from './pages/plan.page';
import { printThroughApi } from '../support/paper-jobs';

type Role = keyof typeof ROLE_EMAILS;
const ROLES: Role[] = ['admin', 'clerk', 'owner', 'scrutiny'];

describe(`board papers for every reader (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let clerk: string;
  let planId: string;
  const pages: Page[] = [];

  async function open(role: Role, javaScript = true): Promise<Page> {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS[role], { javaScript });
    pages.push(page);
    return page;
  }

  const papersPrinted = async () =>
    (await sut.http().get(`/api/v1/plans/${planId}/papers`).set('Authorization', clerk).expect(200)).body.length;

  beforeAll(async () => {
    browser = await launchBrowser();
    sut = await startTestApp('papers-reading', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    clerk = `Bearer ${await tokenFor(sut, ROLE_EMAILS.clerk)}`;
    planId = (await sut.http().get('/api/v1/plans').set('Authorization', clerk).expect(200)).body[0].id;
    const paper = {
      committee: 'Executive Board',
      meetingDate: '2009-10-29',
      agendaItem: '7',
      reportingOfficer: 'Strategic Director – Children & Young People',
      subject: 'Joint Area Review: progress on the improvement plan',
      asOf: '2009-10-20',
      recommendations: ['the report be noted'],
    };
    for (const body of [paper, { ...paper, agendaItem: '12', status: 'exempt', exemptParagraph: 3 }]) {
      await printThroughApi(sut, planId, clerk, body);
    }
  });

  afterAll(async () => {
    for (const page of pages) await page.browserContext().close();
    await sut?.close();
    await browser?.close();
  });

  it('lets a scrutiny member follow the link from the plan, read the papers and download them, with no print form', async () => {
    const page = await open('scrutiny', false);
    const plan = new PlanPage(page, baseUrl);
    expect(await plan.open(planId)).toBe(200);
    expect(await plan.openPapers()).toBe(200);
    expect(page.url()).toBe(`${baseUrl}/plans/${planId}/papers`);

    const papers = new PapersPage(page, baseUrl);
    expect(await papers.hasPrintForm()).toBe(false);
    expect(await page.$('#print-paper')).toBeNull();
    expect(await papers.hasUpdateWorkbookLink()).toBe(false);
    const [exempt, public_] = await papers.history();
    expect(exempt).toMatchObject({
      meeting: 'Executive Board, 29 October 2009, item 12',
      status: 'Exempt – not for publication Schedule 12A, paragraph 3',
    });
    expect(public_).toMatchObject({ meeting: 'Executive Board, 29 October 2009, item 7', status: 'Public' });
    expect(await papers.exemptNotice()).toMatch(/^Papers marked exempt – not for publication .*Schedule 12A/);

    for (const paper of [public_, exempt]) {
      const pdf = await papers.download(paper.href);
      expect({ status: pdf.status, type: pdf.type }).toEqual({ status: 200, type: 'application/pdf' });
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const workbook = await papers.download(`/plans/${planId}/papers/workbook`);
    expect(workbook.status).toBe(200);
    expect(workbook.type).toContain('spreadsheetml');
  });

  it('links the dashboard to the papers too', async () => {
    const page = await open('scrutiny', false);
    const dashboard = new DashboardPage(page, baseUrl);
    expect(await dashboard.open(planId)).toBe(200);
    expect(await dashboard.openPapers()).toBe(200);
    expect(page.url()).toBe(`${baseUrl}/plans/${planId}/papers`);
  });

  it('refuses a print forged from a scrutiny member’s session, with its own CSRF token, and prints nothing', async () => {
    const page = await open('scrutiny');
    const papers = new PapersPage(page, baseUrl);
    expect(await papers.open(planId)).toBe(200);
    const before = await papersPrinted();
    // The session's own token, from the sign-out form, so only the role can refuse the print.
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.evaluate((action) => {
        type Element = { setAttribute(name: string, value: string): void; appendChild(child: Element): void };
        type Document = { createElement(tag: string): Element; querySelector(selector: string): unknown };
        const document = (globalThis as unknown as { document: Document }).document;
        const token = (document.querySelector('input[name=_csrf]') as { value: string }).value;
        const form = document.createElement('form') as Element & { submit(): void };
        form.setAttribute('method', 'post');
        form.setAttribute('action', action);
        const fields: Record<string, string> = {
          _csrf: token,
          committee: 'Executive Board',
          'meetingDate-day': '29',
          'meetingDate-month': '10',
          'meetingDate-year': '2009',
          reportingOfficer: 'Strategic Director – Children & Young People',
          subject: 'A paper the councillor should not be able to print',
          status: 'public',
          recommendations: 'the report be noted',
        };
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input');
          input.setAttribute('type', 'hidden');
          input.setAttribute('name', name);
          input.setAttribute('value', value);
          form.appendChild(input);
        }
        (document.querySelector('main') as Element).appendChild(form);
        form.submit();
      }, `/plans/${planId}/papers`),
    ]);
    expect(response?.status()).toBe(403);
    expect(await page.$eval('h1', (heading) => heading.textContent?.trim())).toBe(
      'You do not have permission to see this page',
    );
    expect(await papersPrinted()).toBe(before);
  });

  it.each(ROLES)(
    'shows the %s the papers page with no axe violations, and only the controls the role may use',
    async (role) => {
      const page = await open(role);
      const papers = new PapersPage(page, baseUrl);
      expect(await papers.open(planId)).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.title()).toBe('Board papers: HALTON-JAR-2008 – Improvement Tracker');
      expect(await papers.history()).toHaveLength(await papersPrinted());
      expect(await papers.hasPrintForm()).toBe(role === 'clerk' || role === 'admin');
      expect(await papers.hasUpdateWorkbookLink()).toBe(role !== 'scrutiny');
    },
  );
});
