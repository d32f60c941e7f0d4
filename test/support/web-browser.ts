/**
 * Drives the web pages in real Chromium, as a person would: a listening test app, the run's one
 * Chromium, a signed-in page per role, and axe-core's WCAG 2.2 A and AA rules run inside the page.
 *
 * axe-core is injected directly rather than through `@axe-core/puppeteer`, which declares the full
 * `puppeteer` package (and its Chrome download) as a peer; the engine and the rules are the same.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import axe from 'axe-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { EXAMPLE_PASSWORD } from '../../src/example/example.service';
import { CHROMIUM_ARGS } from '../../src/reports/pdf/pdf-renderer';
import type { TestApp } from './test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { chromiumPath }: { chromiumPath(): string | null } = require('./shared-browser.js');

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Starts the test app listening on a free port and returns its base URL. */
export async function listen(sut: TestApp): Promise<string> {
  await sut.app.listen(0, '127.0.0.1');
  const address = sut.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/**
 * The run's Chromium (test/support/shared-browser.js), or one of this file's own when the run has
 * none (a test started without the global setup). Closing the run's Chromium only lets go of it.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env.TRACKER_TEST_BROWSER;
  if (shared) {
    const browser = await puppeteer.connect({ browserWSEndpoint: shared });
    browser.close = () => browser.disconnect();
    return browser;
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: run scripts/setup.sh');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PageOptions {
  javaScript?: boolean;
}

/** A new page in its own browser context (its own cookies), optionally with JavaScript off. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  await page.setViewport({ width: 1280, height: 900 });
  return page;
}

/** Signs in through the sign-in page and lands on `next` (default the home page). */
export async function signIn(page: Page, baseUrl: string, email: string, next = '/'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.type('#email', email);
  await page.type('#password', EXAMPLE_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}

/** A new page for `email`, already signed in. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  options: PageOptions = {},
): Promise<Page> {
  const page = await newPage(browser, options);
  await signIn(page, baseUrl, email);
  return page;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Runs in the page, where `window` holds axe once its source is evaluated.
  type PageGlobals = { axe?: typeof axe; document: unknown };
  const hasAxe = await page.evaluate(() => (globalThis as unknown as PageGlobals).axe !== undefined);
  if (!hasAxe) await page.evaluate(axe.source);
  const results = await page.evaluate((tags) => {
    const globals = globalThis as unknown as PageGlobals;
    return globals.axe!.run(globals.document as axe.ElementContext, { runOnly: { type: 'tag', values: tags } });
  }, WCAG_22_AA);
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Saves a full-page PNG under test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
