import { existsSync } from 'node:fs';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import puppeteer, { type Browser, type PDFOptions } from 'puppeteer-core';
import { DomainError, ErrorCode } from '../../common/domain-error';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export interface PrintOptions {
  headerTemplate: string;
  footerTemplate: string;
}

/** How Chromium is started: no sandbox (it may run as root in a container), no GPU, no /dev/shm limits. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none', '--disable-gpu'];

/** A4 with the paper's margins, backgrounds (the RAG cells), running header and footer, tagged, with an outline. */
export function pdfOptions(options: PrintOptions): PDFOptions {
  return {
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    tagged: true,
    outline: true,
  };
}

/**
 * Prints HTML to PDF in Chromium. One long-lived browser (the configured executable, the system's
 * Chromium, or a remote pool at PUPPETEER_BROWSER_WS_ENDPOINT), a bounded number of pages at once
 * with the rest queued, a time limit per paper, and a new browser when the old one dies: the
 * paper being printed then fails with a clear error and the next one is printed.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger('PdfRenderer');
  private browser: Promise<Browser> | null = null;
  private closing = false;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  readonly maxPages: number;
  readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.maxPages = 4;
    this.timeoutMs = 60_000;
  }

  private executablePath(): string {
    const found = this.config.puppeteerExecutablePath ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
    if (!found) {
      throw new DomainError(
        ErrorCode.Unavailable,
        'Board papers cannot be printed: no Chromium was found. Run scripts/setup.sh or set PUPPETEER_EXECUTABLE_PATH.',
      );
    }
    return found;
  }

  private async start(): Promise<Browser> {
    const browser = this.config.puppeteerBrowserWsEndpoint
      ? await puppeteer.connect({ browserWSEndpoint: this.config.puppeteerBrowserWsEndpoint })
      : await puppeteer.launch({
          executablePath: this.executablePath(),
          headless: true,
          args: CHROMIUM_ARGS,
        });
    browser.once('disconnected', () => {
      if (!this.closing) this.logger.warn('Chromium stopped; the next paper starts a new one.');
      this.browser = null;
    });
    return browser;
  }

  /** The browser, started on first use and again after it dies. */
  async currentBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.browser = this.start();
      this.browser.catch(() => {
        this.browser = null;
      });
    }
    return this.browser;
  }

  private async slot(): Promise<() => void> {
    if (this.active >= this.maxPages) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    return () => {
      this.active -= 1;
      this.waiting.shift()?.();
    };
  }

  async print(html: string, options: PrintOptions): Promise<Buffer> {
    const release = await this.slot();
    let timer: NodeJS.Timeout | undefined;
    try {
      const browser = await this.currentBrowser();
      const page = await browser.newPage();
      const printing = (async () => {
        await page.setJavaScriptEnabled(false);
        // Nothing leaves the page: every asset is inlined.
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (request.url().startsWith('data:') || request.url() === 'about:blank') void request.continue();
          else void request.abort('blockedbyclient');
        });
        await page.setContent(html, { waitUntil: 'load' });
        return Buffer.from(await page.pdf(pdfOptions(options)));
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DomainError(ErrorCode.Unavailable, 'Printing the paper took too long. Please try again.')),
          this.timeoutMs,
        );
      });
      try {
        return await Promise.race([printing, timeout]);
      } finally {
        printing.catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.logger.error(`Printing failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new DomainError(
        ErrorCode.Unavailable,
        'The PDF printer stopped while printing this paper. Nothing was stored; please try again.',
      );
    } finally {
      if (timer) clearTimeout(timer);
      release();
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    const running = await browser.catch(() => null);
    if (!running) return;
    if (this.config.puppeteerBrowserWsEndpoint) await running.disconnect().catch(() => undefined);
    else await running.close().catch(() => undefined);
  }
}
