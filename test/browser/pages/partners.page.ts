import type { Page } from 'puppeteer-core';
import { fill, submitWith } from './import.page';

/** /admin/partners and the pages under it: the list with its add form, a partner's change page and its remove page. */
export class PartnersPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = ''): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/admin/partners${path}`);
    return response?.status() ?? 0;
  }

  /** Fills the add form on the list and sends it; lands on the list with a banner, or the form with errors. */
  async add(partner: { name: string; kind: string }): Promise<void> {
    await fill(this.page, '#name', partner.name);
    await this.page.select('#kind', partner.kind);
    await submitWith(this.page, 'Add the partner organisation');
  }

  /** The partners listed: name and kind in words. */
  partners(): Promise<{ name: string; kind: string }[]> {
    return this.page.$$eval('.app-table--partners tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        const words = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { name: words(0), kind: words(1) };
      }),
    );
  }

  /** Follows the partner's "Change" or "Remove" link in the list. */
  async follow(link: 'Change' | 'Remove', name: string): Promise<void> {
    const links = await this.page.$$('.app-table--partners tbody a');
    for (const candidate of links) {
      if (
        (await candidate.evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim())) === `${link} ${name}`
      ) {
        await Promise.all([this.page.waitForNavigation(), candidate.click()]);
        return;
      }
    }
    throw new Error(`No "${link}" link for "${name}"`);
  }

  /** On a partner's change page: types the new name and saves. */
  async rename(name: string): Promise<void> {
    await fill(this.page, '#name', name);
    await submitWith(this.page, 'Save changes');
  }

  async confirmRemove(): Promise<void> {
    await submitWith(this.page, 'Remove the partner organisation');
  }

  heading(): Promise<string> {
    return this.page.$eval('h1', (heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  banner(): Promise<string> {
    return this.page.$eval('.govuk-notification-banner--success', (element) =>
      (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  }

  /** Whether the remove page offers the button, or only says why not. */
  async offersRemoval(): Promise<boolean> {
    const texts = await this.page.$$eval('button', (buttons) => buttons.map((button) => button.textContent?.trim()));
    return texts.includes('Remove the partner organisation');
  }
}
