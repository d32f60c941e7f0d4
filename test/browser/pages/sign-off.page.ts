import type { Page } from 'puppeteer-core';

/** A theme lead's sign-off page, /plans/:id/sign-off, and the clerk's status page beside it. */
export class SignOffPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string, period: string, which: 'lead' | 'status' = 'lead'): Promise<number> {
    const path = which === 'lead' ? 'sign-off' : 'sign-off/status';
    const response = await this.page.goto(
      `${this.baseUrl}/plans/${planId}/${path}?period=${encodeURIComponent(period)}`,
    );
    return response?.status() ?? 0;
  }

  heading(): Promise<string> {
    return this.page.$eval('h1', (element) => element.textContent?.trim() ?? '');
  }

  errorSummary(): Promise<string> {
    return this.page.$eval('.govuk-error-summary', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  successBanner(): Promise<string> {
    return this.page.$eval('.govuk-notification-banner--success', (element) =>
      (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  }

  /** The words of the RAG column of a theme's table. */
  rags(theme: string): Promise<string[]> {
    return this.page.$$eval(`#theme-${theme} ~ table tbody tr td:nth-child(4)`, (cells) =>
      cells.map((cell) => (cell.textContent ?? '').trim()),
    );
  }

  /** Opens the first "Return to owner" form, writes the comment and sends it. */
  async returnFirst(comment: string): Promise<number> {
    await this.page.click('details.govuk-details summary');
    const form = 'form[action$="/sign-off/returns"]';
    if (comment) await this.page.type(`${form} textarea`, comment);
    const [response] = await Promise.all([this.page.waitForNavigation(), this.page.click(`${form} button`)]);
    return response?.status() ?? 0;
  }

  async confirm(theme: string): Promise<number> {
    const [response] = await Promise.all([this.page.waitForNavigation(), this.page.click(`#confirm-${theme}`)]);
    return response?.status() ?? 0;
  }

  /** Each theme's row on the status page: theme and sign-off. */
  statusRows(): Promise<{ theme: string; state: string }[]> {
    return this.page.$$eval('table tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return { theme: cells[0], state: cells[3] };
      }),
    );
  }
}
