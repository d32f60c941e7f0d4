import type { Page } from 'puppeteer-core';
import { fill, fillDate, submitWith } from './import.page';

export interface PaperRequest {
  committee: string;
  meetingDate: string;
  agendaItem?: string;
  reportingOfficer: string;
  subject: string;
  asOf?: string;
  exemptParagraph?: number;
  houseStyle?: 'executive-board' | 'cabinet';
  recommendations?: string;
  financial?: string;
}

/** /plans/:id/papers: print a board paper, download the workbook, and the papers printed so far. */
export class PapersPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(planId: string): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/plans/${planId}/papers`);
    return response?.status() ?? 0;
  }

  /** Fills the form and prints; follows the printing page until the paper is stored, then goes to the papers. */
  async print(paper: PaperRequest): Promise<void> {
    await fill(this.page, '#committee', paper.committee);
    await fillDate(this.page, 'meetingDate', paper.meetingDate);
    if (paper.agendaItem) await fill(this.page, '#agendaItem', paper.agendaItem);
    await fill(this.page, '#reportingOfficer', paper.reportingOfficer);
    await fill(this.page, '#subject', paper.subject);
    if (paper.asOf) await fillDate(this.page, 'asOf', paper.asOf);
    if (paper.exemptParagraph) {
      await this.page.click('#status-2');
      await this.page.select('#exemptParagraph', String(paper.exemptParagraph));
    }
    if (paper.houseStyle) await this.page.click(`input[name=houseStyle][value=${paper.houseStyle}]`);
    if (paper.recommendations) await fill(this.page, '#recommendations', paper.recommendations);
    if (paper.financial) {
      await this.page.click('.govuk-details__summary');
      await fill(this.page, '#implications-financial', paper.financial);
    }
    await submitWith(this.page, 'Print the board paper');
    await this.followPrinting();
  }

  /** The printing page reloads itself until the paper is stored; its link then leads to the plan's papers. */
  async followPrinting(): Promise<void> {
    if (!/\/papers\/printing\//.test(this.page.url())) return;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const link = await this.page.$('#paper-link').catch(() => null);
      if (link) {
        await Promise.all([this.page.waitForNavigation(), link.click()]);
        return;
      }
      if (await this.page.$('.govuk-warning-text').catch(() => null)) throw new Error('The paper was not printed.');
      await this.page.waitForNavigation({ timeout: 5_000 }).catch(() => undefined);
    }
    throw new Error('The paper was still printing after two minutes.');
  }

  /** Whether the page offers to print a paper (clerks and administrators only). */
  async hasPrintForm(): Promise<boolean> {
    return (await this.page.$('#paper-form')) !== null;
  }

  /** Whether the page links to the owners' update workbook (roles that post progress only). */
  async hasUpdateWorkbookLink(): Promise<boolean> {
    return (await this.page.$('a[href$="/update-workbook"]')) !== null;
  }

  /** What the page says above the list when a paper is exempt, or null. */
  exemptNotice(): Promise<string | null> {
    return this.page
      .$eval('#exempt-notice', (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .catch(() => null);
  }

  /** What the page says while the paper prints (set as the form is sent). */
  printingMessage(): Promise<string> {
    return this.page.$eval('#printing', (element) => element.textContent?.trim() ?? '');
  }

  banner(): Promise<string> {
    return this.page.$eval(
      '.govuk-notification-banner--success',
      (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    );
  }

  /** The papers printed, newest first: meeting, subject, status. */
  history(): Promise<{ meeting: string; subject: string; status: string; href: string }[]> {
    return this.page.$$eval('.app-table--papers tbody tr', (rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        const words = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          meeting: words(0),
          subject: words(1),
          status: words(2),
          href: row.querySelector('a')?.getAttribute('href') ?? '',
        };
      }),
    );
  }

  /** Downloads a file the page links to, with the page's own session. */
  async download(href: string): Promise<{ status: number; type: string; bytes: Buffer }> {
    const cookies = await this.page.cookies(this.baseUrl);
    const response = await fetch(new URL(href, this.baseUrl), {
      headers: { Cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ') },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }
}
