import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

/** Update in Excel, /plans/:id/update-workbook, and the preview of an upload. */
export class UpdateWorkbookPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/plans/${planId}/update-workbook`);
    return response?.status() ?? 0;
  }

  /** The workbook the download link gives, fetched with this page's session. */
  async download(): Promise<Buffer> {
    const href = await this.page.$eval('a[href$="/update-workbook/download"]', (link) => link.getAttribute('href'));
    const response = await fetch(`${this.baseUrl}${href}`, {
      headers: { cookie: (await this.page.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
    });
    if (response.status !== 200) throw new Error(`Download answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Chooses the file and submits the form, as a person would; lands on the preview or an error. */
  async upload(bytes: Buffer, name = 'my-updates.xlsx'): Promise<number> {
    const file = join(mkdtempSync(join(tmpdir(), 'upload-')), name);
    writeFileSync(file, bytes);
    const input = await this.page.$('input[type=file]#file');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    const [response] = await Promise.all([
      this.page.waitForNavigation(),
      this.page.click('form[enctype="multipart/form-data"] button'),
    ]);
    return response?.status() ?? 0;
  }

  heading(): Promise<string> {
    return this.page.$eval('h1', (element) => element.textContent?.trim() ?? '');
  }

  errorSummary(): Promise<string> {
    return this.page.$eval('.govuk-error-summary', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  /** Each action row of the preview: its action, result and change. */
  actionRows(): Promise<{ action: string; result: string; change: string }[]> {
    return this.page.$$eval('main table:first-of-type tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return { action: cells[1], result: cells[2], change: cells[3] };
      }),
    );
  }

  async apply(): Promise<number> {
    const [response] = await Promise.all([this.page.waitForNavigation(), this.page.click('#apply button')]);
    return response?.status() ?? 0;
  }

  successBanner(): Promise<string | null> {
    return this.page
      .$eval('.govuk-notification-banner--success', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .catch(() => null);
  }
}
