import type { Page } from 'puppeteer-core';

/** A plan, /plans/:id: the inspection's grades and the actions table with its filters and sorting. */
export class PlanPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string, query = ''): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/plans/${planId}${query}`);
    return response?.status() ?? 0;
  }

  grades(): Promise<string[][]> {
    return this.page.$$eval('#grades ~ table tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
  }

  /** Chooses a value in one of the filters (by its visible text) and submits the form. */
  async filterBy(filter: string, optionText: string): Promise<void> {
    const value = await this.page.$$eval(
      `#filter-${filter} option`,
      (options, text) => options.find((option) => option.textContent?.trim().startsWith(text))?.getAttribute('value'),
      optionText,
    );
    if (value === undefined || value === null) throw new Error(`No option "${optionText}" in the ${filter} filter`);
    await this.page.select(`#filter-${filter}`, value);
    await Promise.all([this.page.waitForNavigation(), this.page.click('form.app-filter-form button')]);
  }

  async sortBy(column: string): Promise<void> {
    const links = await this.page.$$('#actions-table thead a');
    for (const link of links) {
      const text = await link.evaluate((element) => element.firstChild?.textContent?.trim());
      if (text === column) {
        await Promise.all([this.page.waitForNavigation(), link.click()]);
        return;
      }
    }
    throw new Error(`No column "${column}" to sort by`);
  }

  /** The rows of the actions table: reference, title, status words, owner, due, % complete. */
  rows(): Promise<{ reference: string; title: string; status: string; owner: string; due: string }[]> {
    return this.page.$$eval('#actions-table tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        const words = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          reference: cells[0]?.querySelector('a')?.firstChild?.textContent?.trim() ?? '',
          title: words(1),
          status: words(2),
          owner: words(3),
          due: words(4),
        };
      }),
    );
  }

  /** Follows the link to the plan's board papers and workbooks. */
  async openPapers(): Promise<number> {
    return followLink(this.page, 'Board papers and workbooks');
  }

  count(): Promise<string> {
    return this.page.$eval('#action-count', (element) => element.textContent?.trim() ?? '');
  }

  async openAction(reference: string): Promise<void> {
    const links = await this.page.$$('#actions-table tbody th a');
    for (const link of links) {
      if ((await link.evaluate((element) => element.firstChild?.textContent?.trim())) === reference) {
        await Promise.all([this.page.waitForNavigation(), link.click()]);
        return;
      }
    }
    throw new Error(`No action ${reference} in the table`);
  }
}

/** Clicks the link with exactly this text, as a person would, and returns the new page's status. */
export async function followLink(page: Page, text: string): Promise<number> {
  for (const link of await page.$$('main a')) {
    if ((await link.evaluate((element) => element.textContent?.trim())) === text) {
      const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
      return response?.status() ?? 0;
    }
  }
  throw new Error(`No link "${text}" on the page`);
}
