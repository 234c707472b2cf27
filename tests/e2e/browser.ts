import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium: the machines here cannot download a browser of Playwright's own. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts one headless Chromium for a test file (call at its top level) and gives each test a fresh page on the app.
 */
export function setUpBrowser() {
  let browser: Browser | undefined;
  const baseURL = inject('baseURL');

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseURL,
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({ baseURL, ...options });
      return context.newPage();
    },
  };
}
