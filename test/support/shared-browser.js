/**
 * One Chromium for the whole test run, started by the global setup and closed by the global
 * teardown: browser test files open their pages in it (each page in a browser context of its own,
 * with its own cookies), and every test app prints its board papers in it, instead of each file
 * starting a Chromium of its own. Plain JavaScript: Jest loads it before anything is compiled.
 *
 * Workers find it by `TRACKER_TEST_BROWSER`, its DevTools address, which they inherit.
 */
const { existsSync } = require('node:fs');

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The app's own flags (src/reports/pdf/pdf-renderer.ts CHROMIUM_ARGS); a unit test keeps the two the same. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--font-render-hinting=none', '--disable-gpu'];

function chromiumPath() {
  return process.env.PUPPETEER_EXECUTABLE_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? null;
}

/** Whether the projects this run selected include one that opens pages or prints papers. */
function needsBrowser(globalConfig) {
  const selected = globalConfig?.selectProjects;
  return !selected || selected.some((name) => ['integration', 'embedded', 'browser'].includes(name));
}

async function startSharedBrowser(globalConfig) {
  const executablePath = chromiumPath();
  if (!executablePath || !needsBrowser(globalConfig)) return null;
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  process.env.TRACKER_TEST_BROWSER = browser.wsEndpoint();
  return browser;
}

module.exports = { CHROMIUM_ARGS, SYSTEM_CHROMIUM, chromiumPath, startSharedBrowser };
