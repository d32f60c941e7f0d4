import type { Page } from 'puppeteer-core';
import { followLink } from './plan.page';

/** The plan dashboard, /plans/:id/dashboard, as a scrutiny member reads it. */
export class DashboardPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string, asOf?: string): Promise<number> {
    const query = asOf ? `?asOf=${asOf}` : '';
    const response = await this.page.goto(`${this.baseUrl}/plans/${planId}/dashboard${query}`);
    return response?.status() ?? 0;
  }

  /** Follows the link to the plan's board papers and workbooks. */
  openPapers(): Promise<number> {
    return followLink(this.page, 'Board papers and workbooks');
  }

  asAt(): Promise<string> {
    return this.page.$eval('#as-at', (element) => element.textContent?.trim() ?? '');
  }

  /** Types a date into the "as at" form and submits it, as a person would. */
  async showOn(day: string, month: string, year: string): Promise<number> {
    for (const [id, value] of [
      ['#asOf-day', day],
      ['#asOf-month', month],
      ['#asOf-year', year],
    ]) {
      await this.page.$eval(id, (element) => ((element as unknown as { value: string }).value = ''));
      await this.page.type(id, value);
    }
    const [response] = await Promise.all([
      this.page.waitForNavigation(),
      this.page.click('form.app-as-at-form button'),
    ]);
    return response?.status() ?? 0;
  }

  /** The red and amber actions: reference and title, status word, reason, owner, latest commentary. */
  exceptions(): Promise<{ action: string; status: string; reason: string; owner: string; commentary: string }[]> {
    return this.page.$$eval('#exceptions-table tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td, th')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return { action: cells[0], status: cells[1], reason: cells[2], owner: cells[3], commentary: cells[4] };
      }),
    );
  }

  /** Actions whose status changed since the last paper: action, was, now, change (all in words). */
  movement(): Promise<{ action: string; was: string; now: string; change: string }[]> {
    return this.page.$$eval('#movement-table tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td, th')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return { action: cells[0], was: cells[1], now: cells[2], change: cells[3] };
      }),
    );
  }

  /** The table beside the chart: status word → number of actions. */
  countsTable(): Promise<Record<string, string>> {
    return this.page.$$eval('#by-status ~ .govuk-grid-row table tbody tr', (rows) =>
      Object.fromEntries(
        rows.map((row) => {
          const cells = [...row.querySelectorAll('td, th')].map((cell) => (cell.textContent ?? '').trim());
          return [cells[0], cells[1]];
        }),
      ),
    );
  }

  chartAlt(): Promise<string> {
    return this.page.$eval('img.app-chart', (image) => image.getAttribute('alt') ?? '');
  }

  errorSummary(): Promise<string[]> {
    return this.page.$$eval('.govuk-error-summary__list a', (links) =>
      links.map((link) => link.textContent?.trim() ?? ''),
    );
  }
}
