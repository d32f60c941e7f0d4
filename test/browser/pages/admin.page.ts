import type { Page } from 'puppeteer-core';
import { fill, submitWith } from './import.page';

/** /admin and the pages under it: users, partners, theme leads, indicators, thresholds. */
export class AdminPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = ''): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/admin${path}`);
    return response?.status() ?? 0;
  }

  async addUser(user: { name: string; email: string; role: string; password: string }): Promise<void> {
    await this.open('/users/new');
    await fill(this.page, '#displayName', user.name);
    await fill(this.page, '#email', user.email);
    await this.page.click(`input[name=role][value=${user.role}]`);
    await fill(this.page, '#password', user.password);
    await submitWith(this.page, 'Add the user');
  }

  /** The users listed: name, email, role and whether the account is active. */
  users(): Promise<{ name: string; email: string; role: string; account: string }[]> {
    return this.page.$$eval('.app-table--users tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        const words = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { name: words(0).replace(/: change$/, ''), email: words(1), role: words(2), account: words(4) };
      }),
    );
  }

  async openUser(name: string): Promise<void> {
    const links = await this.page.$$('.app-table--users tbody a');
    for (const link of links) {
      if ((await link.evaluate((element) => element.firstChild?.textContent?.trim())) === name) {
        await Promise.all([this.page.waitForNavigation(), link.click()]);
        return;
      }
    }
    throw new Error(`No user "${name}"`);
  }

  async changeRole(role: string): Promise<void> {
    await this.page.click(`input[name=role][value=${role}]`);
    await submitWith(this.page, 'Save changes');
  }

  async deactivate(): Promise<void> {
    await submitWith(this.page, 'Deactivate the account');
  }

  async setThresholds(values: { slipDays: string; lagPoints: string; tolerance: string }): Promise<void> {
    await this.open('/thresholds');
    await fill(this.page, '#milestoneSlipLimitDays', values.slipDays);
    await fill(this.page, '#progressLagLimitPoints', values.lagPoints);
    await fill(this.page, '#amberTolerancePercent', values.tolerance);
    await submitWith(this.page, 'Save thresholds');
  }

  async addIndicator(indicator: { code: string; title: string; unit: string }): Promise<void> {
    await this.open('/indicators/new');
    await fill(this.page, '#code', indicator.code);
    await fill(this.page, '#title', indicator.title);
    await fill(this.page, '#unit', indicator.unit);
    await this.page.click('input[name=polarity][value=higher_is_better]');
    await this.page.click('input[name=frequency][value=quarterly]');
    await submitWith(this.page, 'Add the indicator');
  }

  banner(): Promise<string> {
    return this.page.$eval('.govuk-notification-banner--success', (element) =>
      (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
  }
}
