import type { Page } from 'puppeteer-core';

export interface UpdateInput {
  period?: string;
  narrative: string;
  percentComplete: string;
  proposedRag?: 'green' | 'amber' | 'red';
  /** Titles of milestones to mark complete. */
  milestones?: string[];
  /** Indicator code → value. */
  values?: Record<string, string>;
}

/** An action, /plans/:id/actions/:actionId, and its form to post an update. */
export class ActionPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string, actionId: string): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/plans/${planId}/actions/${actionId}`);
    return response?.status() ?? 0;
  }

  heading(): Promise<string> {
    return this.page.$eval('h1', (element) => element.textContent?.trim() ?? '');
  }

  /** The status today, as its word, and the reason for it. */
  async status(): Promise<{ word: string; reason: string }> {
    return {
      word: await this.page.$eval('#action-details .govuk-tag', (element) => element.textContent?.trim() ?? ''),
      reason: await this.page.$eval('#rag-reason', (element) => element.textContent?.trim() ?? ''),
    };
  }

  async hasUpdateForm(): Promise<boolean> {
    return (await this.page.$('form[action$="/updates"]')) !== null;
  }

  /** Every control a person could use to change something, other than signing out. */
  editControls(): Promise<string[]> {
    return this.page.$$eval('main input:not([type=hidden]), main textarea, main select, main button', (controls) =>
      controls.map((control) => control.outerHTML.slice(0, 80)),
    );
  }

  async postUpdate(input: UpdateInput): Promise<number> {
    if (input.period) await this.page.click(`input[name=period][value="${input.period}"]`);
    await this.page.type('#narrative', input.narrative);
    await this.page.$eval('#percentComplete', (element) => ((element as unknown as { value: string }).value = ''));
    await this.page.type('#percentComplete', input.percentComplete);
    if (input.proposedRag) await this.page.click(`input[name=proposedRag][value=${input.proposedRag}]`);
    for (const title of input.milestones ?? []) {
      const id = await this.page.$$eval(
        'input[name=milestonesCompleted]',
        (boxes, wanted) =>
          boxes.find((box) => box.ownerDocument.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() === wanted)
            ?.id,
        title,
      );
      if (!id) throw new Error(`No open milestone "${title}"`);
      await this.page.click(`#${id}`);
    }
    for (const [code, value] of Object.entries(input.values ?? {})) {
      const id = await this.page.$$eval(
        'input[name^="value-"]',
        (inputs, wanted) =>
          inputs.find((field) =>
            field.ownerDocument.querySelector(`label[for="${field.id}"]`)?.textContent?.trim().startsWith(`${wanted} `),
          )?.id,
        code,
      );
      if (!id) throw new Error(`No value field for ${code}`);
      await this.page.type(`#${id}`, value);
    }
    const [response] = await Promise.all([
      this.page.waitForNavigation(),
      this.page.click('form[action$="/updates"] button[type=submit]'),
    ]);
    return response?.status() ?? 0;
  }

  successBanner(): Promise<string | null> {
    return this.page
      .$eval('.govuk-notification-banner--success', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .catch(() => null);
  }

  /** The error summary's links: message and the id of the field each points to. */
  errorSummary(): Promise<{ text: string; href: string }[]> {
    return this.page.$$eval('.govuk-error-summary__list a', (links) =>
      links.map((link) => ({ text: link.textContent?.trim() ?? '', href: link.getAttribute('href') ?? '' })),
    );
  }

  /** Update history, newest first: heading of each entry. */
  history(): Promise<string[]> {
    return this.page.$$eval('.app-history__item h3', (items) =>
      items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  milestoneState(title: string): Promise<string | undefined> {
    return this.page.$$eval(
      '#milestones ~ table tbody tr',
      (rows, wanted) => {
        const row = rows.find((candidate) => candidate.querySelector('th')?.textContent?.trim() === wanted);
        return row?.querySelectorAll('td')[1]?.textContent?.trim();
      },
      title,
    );
  }
}
