import type { Page } from 'puppeteer-core';
import { fill, submitWith } from './import.page';

export interface SetupAnswers {
  onsCode: string;
  adminName: string;
  adminEmail: string;
  password: string;
  houseStyle: 'executive-board' | 'cabinet';
}

/** /setup: the first run's page, opened by the set-up link the app prints at start. */
export class SetupPage {
  constructor(readonly page: Page) {}

  async open(link: string): Promise<number> {
    const response = await this.page.goto(link);
    return response?.status() ?? 0;
  }

  /** The councils offered, as their options read. */
  councils(): Promise<string[]> {
    return this.page.$$eval('#onsCode option', (options) => options.map((option) => option.textContent?.trim() ?? ''));
  }

  async setUp(answers: SetupAnswers): Promise<void> {
    await this.page.select('#onsCode', answers.onsCode);
    await fill(this.page, '#adminName', answers.adminName);
    await fill(this.page, '#adminEmail', answers.adminEmail);
    await fill(this.page, '#password', answers.password);
    await this.page.click(`input[name="houseStyle"][value="${answers.houseStyle}"]`);
    await submitWith(this.page, 'Set up the council');
  }
}
