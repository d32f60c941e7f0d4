import type { Page } from 'puppeteer-core';

/** My actions, /my-actions: what the signed-in person owns and which updates are overdue. */
export class MyActionsPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/my-actions`);
    return response?.status() ?? 0;
  }

  summary(): Promise<string> {
    return this.page.$eval('#my-actions-summary', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  /** Each action row: its link text, status word and update state. */
  rows(): Promise<{ action: string; status: string; update: string }[]> {
    return this.page.$$eval('main table tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) =>
          (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        return { action: cells[0], status: cells[1], update: cells[2] };
      }),
    );
  }

  async openAction(reference: string): Promise<void> {
    const links = await this.page.$$('main table tbody th a');
    for (const link of links) {
      if ((await link.evaluate((element) => element.textContent?.trim() ?? '')).startsWith(`${reference}:`)) {
        await Promise.all([this.page.waitForNavigation(), link.click()]);
        return;
      }
    }
    throw new Error(`No action ${reference} in my actions`);
  }
}
