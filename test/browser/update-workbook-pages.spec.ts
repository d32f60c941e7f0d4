/**
 * Updating in Excel through the pages, in real Chromium: an owner downloads the workbook from
 * My actions, fills it in, uploads it, reads the preview and applies it; the update is then on the
 * action's page. A damaged file gets an error summary. Every page passes axe, and the upload and
 * apply work with JavaScript off.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'puppeteer-core';
import { ROLE_EMAILS } from '../support/auth';
import { type TestApp, databaseMode, startTestApp } from '../support/test-app';
import { axeViolations, launchBrowser, listen, signedInPage } from '../support/web-browser';
import { UpdateWorkbookPage } from './pages/update-workbook.page';

async function filledIn(
  bytes: Buffer,
  narrative: string,
): Promise<{ bytes: Buffer; reference: string; actionId: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const row = workbook.getWorksheet('Actions')!.getRow(2);
  row.getCell(11).value = narrative;
  row.getCell(12).value = 35;
  row.getCell(13).value = 'Amber';
  return {
    bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
    reference: String(row.getCell(3).value),
    actionId: String(row.getCell(1).value),
  };
}

describe(`updating in Excel through the pages (${databaseMode} database, real Chromium)`, () => {
  let sut: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp('update_workbook_pages', { exampleData: 'halton' });
    baseUrl = await listen(sut);
    browser = await launchBrowser();
    [{ id: planId }] = await sut.dataSource.query(`SELECT id FROM improvement_plan LIMIT 1`);
  });
  afterAll(async () => {
    await browser?.close();
    await sut?.close();
  });

  const ownerPage = (javaScript = true): Promise<Page> =>
    signedInPage(browser, baseUrl, ROLE_EMAILS.owner, { javaScript });

  it.each([true, false])(
    'lets an owner download, fill in, check and apply a workbook (JavaScript %s)',
    async (javaScript) => {
      const page = await ownerPage(javaScript);
      await page.goto(`${baseUrl}/my-actions`);
      await Promise.all([page.waitForNavigation(), page.click('a[href$="/update-workbook"]')]);
      const sut_ = new UpdateWorkbookPage(page, baseUrl);
      expect(await sut_.heading()).toBe('Update your actions in Excel');
      // axe runs in the page, so only where the page runs scripts.
      if (javaScript) expect(await axeViolations(page)).toEqual([]);

      const narrative = `Panel reviewed all cases (${javaScript ? 'with' : 'without'} JavaScript).`;
      const filled = await filledIn(await sut_.download(), narrative);
      expect(await sut_.upload(filled.bytes)).toBe(200);
      expect(await sut_.heading()).toBe('Check the changes before they are saved');
      const rows = await sut_.actionRows();
      expect(rows[0]).toMatchObject({ result: 'Will be applied' });
      expect(rows[0].action).toContain(filled.reference);
      expect(rows[0].change).toContain(narrative);
      expect(rows[0].change).toContain('proposed RAG Amber');
      // axe runs in the page, so only where the page runs scripts.
      if (javaScript) expect(await axeViolations(page)).toEqual([]);

      expect(await sut_.apply()).toBe(200);
      expect(await sut_.successBanner()).toContain('1 change was saved');
      expect(await sut_.heading()).toBe('Changes applied');
      expect(await page.$('#apply')).toBeNull();

      await page.goto(`${baseUrl}/plans/${planId}/actions/${filled.actionId}`);
      expect(await page.$eval('main', (element) => element.textContent ?? '')).toContain(narrative);
      await page.browserContext().close();
    },
  );

  it('explains a damaged file in an error summary that links to the upload', async () => {
    const page = await ownerPage();
    const sut_ = new UpdateWorkbookPage(page, baseUrl);
    await sut_.open(planId);
    const bytes = await sut_.download();
    expect(await sut_.upload(bytes.subarray(0, bytes.length - 200), 'cut-short.xlsx')).toBe(422);
    expect(await sut_.errorSummary()).toContain('not a readable Excel workbook');
    expect(await page.$eval('.govuk-error-summary a', (link) => link.getAttribute('href'))).toBe('#file');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await axeViolations(page)).toEqual([]);
    await page.browserContext().close();
  });

  it.each(['clerk', 'admin'] as const)('passes axe for a %s, who may update every action', async (role) => {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS[role]);
    const sut_ = new UpdateWorkbookPage(page, baseUrl);
    expect(await sut_.open(planId)).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await sut_.download()) as unknown as ExcelJS.Buffer);
    const [{ open }] = await sut.dataSource.query(
      `SELECT count(*)::int AS open FROM action WHERE plan_id = $1 AND status NOT IN ('complete', 'cancelled')`,
      [planId],
    );
    expect(workbook.getWorksheet('Actions')!.rowCount - 1).toBe(open);
    expect(await sut_.upload(await sut_.download())).toBe(200);
    expect(await sut_.heading()).toBe('Check the changes before they are saved');
    expect(await axeViolations(page)).toEqual([]);
    await page.browserContext().close();
  });

  it('is closed to scrutiny members', async () => {
    const page = await signedInPage(browser, baseUrl, ROLE_EMAILS.scrutiny);
    expect(await new UpdateWorkbookPage(page, baseUrl).open(planId)).toBe(403);
    await page.browserContext().close();
  });
});
