import type { Page } from 'puppeteer-core';
import { fillDate, submitWith } from './import.page';

/** /audit: the audit trail, its filters and its pages. */
export class AuditPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(query = ''): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/audit${query}`);
    return response?.status() ?? 0;
  }

  /** Sets the filters given (a select by its option's visible text) and applies them. */
  async filter(filters: {
    from?: string;
    to?: string;
    user?: string;
    entity?: string;
    operation?: string;
  }): Promise<void> {
    if (filters.from) await fillDate(this.page, 'from', filters.from);
    if (filters.to) await fillDate(this.page, 'to', filters.to);
    for (const name of ['user', 'entity', 'operation'] as const) {
      const wanted = filters[name];
      if (!wanted) continue;
      const value = await this.page.$$eval(
        `#${name} option`,
        (options, text) => options.find((option) => option.textContent?.trim().startsWith(text))?.getAttribute('value'),
        wanted,
      );
      if (value === undefined || value === null) throw new Error(`No option "${wanted}" in the ${name} filter`);
      await this.page.select(`#${name}`, value);
    }
    await submitWith(this.page, 'Apply filters');
  }

  /** The rows shown: when, who, record, change. */
  rows(): Promise<{ when: string; who: string; record: string; change: string }[]> {
    return this.page.$$eval('.app-table--audit tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')];
        const words = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { when: words(0), who: words(1), record: words(2), change: words(3) };
      }),
    );
  }

  async older(): Promise<void> {
    await Promise.all([this.page.waitForNavigation(), this.page.click('.govuk-pagination__next a')]);
  }
}
