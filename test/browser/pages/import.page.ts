import type { Page } from 'puppeteer-core';

/** Clicks a button by its words and waits for the page it leads to. */
export async function submitWith(page: Page, words: string): Promise<void> {
  const buttons = await page.$$('button');
  for (const button of buttons) {
    const text = await button.evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim());
    if (text === words) {
      await Promise.all([page.waitForNavigation({ timeout: 120_000 }), button.click()]);
      return;
    }
  }
  throw new Error(`No button "${words}" on ${page.url()}`);
}

/** Types into a GOV.UK date input (`id-day`, `id-month`, `id-year`), replacing what was there. */
export async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  for (const [part, value] of [
    ['day', String(Number(day))],
    ['month', String(Number(month))],
    ['year', year],
  ]) {
    await fill(page, `#${id}-${part}`, value);
  }
}

/** Replaces an input's or a textarea's text. */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (element) => {
    (element as unknown as { value: string }).value = '';
  });
  await page.type(selector, value);
}

/** The GOV.UK error summary's messages, or none. */
export function errorSummary(page: Page): Promise<string[]> {
  return page.$$eval('.govuk-error-summary__list a', (links) => links.map((link) => link.textContent?.trim() ?? ''));
}

/** /import: upload a published report. */
export class ImportPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/import`);
    return response?.status() ?? 0;
  }

  /** Chooses the file and uploads it; lands on the draft's review, or back here with an error. */
  async upload(file: string): Promise<void> {
    const input = await this.page.$('#file');
    if (!input) throw new Error('No file input on the import page');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await submitWith(this.page, 'Upload and read the report');
  }

  fileError(): Promise<string> {
    return this.page.$eval('#file-error', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }
}

/** /import/drafts/:id: the draft beside the text it was read from. */
export class DraftReviewPage {
  constructor(readonly page: Page) {}

  /** Each judgement as "label: grade as published". */
  judgements(): Promise<string[]> {
    return this.page.$$eval('.app-draft-item--judgement p:first-child', (items) =>
      items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  recommendations(): Promise<string[]> {
    return this.page.$$eval('.app-draft-item--recommendation p:first-child', (items) =>
      items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  /** The numbers of the source lines marked as read for items of a kind. */
  markedLines(kind: 'metadata' | 'judgement' | 'recommendation'): Promise<number[]> {
    return this.page.$$eval(`.app-source__line--${kind}`, (lines) =>
      lines.map((line) => Number(line.id.replace('line-', ''))),
    );
  }

  /** The labels in the source text where each item starts. */
  sourceLabels(): Promise<string[]> {
    return this.page.$$eval('.app-source__label', (labels) => labels.map((label) => label.textContent?.trim() ?? ''));
  }

  /** Whether the draft and the source are side by side: the source's column starts to the right. */
  sideBySide(): Promise<boolean> {
    return this.page.$eval('.app-source', (source) => {
      const column = source.parentElement?.previousElementSibling;
      if (!column) return false;
      const left = column.getBoundingClientRect();
      const right = source.getBoundingClientRect();
      return right.left >= left.right - 1 && Math.abs(right.top - left.top) < 200;
    });
  }

  async correct(): Promise<void> {
    await Promise.all([this.page.waitForNavigation(), this.page.click('a[href$="/correct"]')]);
  }

  async confirm(): Promise<void> {
    await submitWith(this.page, 'Confirm and save the inspection');
  }

  banner(): Promise<string> {
    return this.page.$eval(
      '.govuk-notification-banner--success',
      (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }
}

/** /import/drafts/:id/correct: the draft's fields in a form. */
export class DraftCorrectionPage {
  constructor(readonly page: Page) {}

  async setTitle(title: string): Promise<void> {
    await fill(this.page, '#title', title);
  }

  async setPublishedOn(date: string): Promise<void> {
    await fillDate(this.page, 'publishedOn', date);
  }

  async save(): Promise<void> {
    await submitWith(this.page, 'Save corrections');
  }
}

/** /import/inspections/:id/plan: the breakdown's proposal, edited into the plan. */
export class PlanProposalPage {
  constructor(readonly page: Page) {}

  async startOn(date: string): Promise<void> {
    await fillDate(this.page, 'startDate', date);
    await submitWith(this.page, 'Work out the dates again');
  }

  /** Each proposed action's heading: "O2.1: Reduce childhood obesity Outcome". */
  actions(): Promise<string[]> {
    return this.page.$$eval('.app-proposed-action h3', (headings) =>
      headings.map((heading) => heading.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  /** The reasons given for the suggestions of the action at `index`. */
  reasons(index: number): Promise<string[]> {
    return this.page.$$eval(`#actions-${index}-heading ~ .govuk-details li`, (items) =>
      items.map((item) => item.textContent?.trim() ?? ''),
    );
  }

  indicators(index: number): Promise<string> {
    return this.page.$eval(`#actions-${index}-indicators`, (input) => (input as unknown as { value: string }).value);
  }

  async setIndicators(index: number, codes: string): Promise<void> {
    await fill(this.page, `#actions-${index}-indicators`, codes);
  }

  /** Chooses the owner by the start of their name as listed. */
  async setOwner(index: number, name: string): Promise<void> {
    const value = await this.page.$$eval(
      `#actions-${index}-ownerId option`,
      (options, wanted) =>
        options.find((option) => option.textContent?.trim().startsWith(wanted))?.getAttribute('value'),
      name,
    );
    if (!value) throw new Error(`No owner "${name}"`);
    await this.page.select(`#actions-${index}-ownerId`, value);
  }

  async setDueDate(index: number, date: string): Promise<void> {
    await fillDate(this.page, `actions-${index}-dueDate`, date);
  }

  async create(reference: string): Promise<void> {
    await fill(this.page, '#reference', reference);
    await submitWith(this.page, 'Create the plan');
  }
}
