import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '@/scripts/chromium';

/**
 * Starts one headless Chromium for a test file (call at its top level) and gives each test a fresh page on the app.
 */
export function setUpBrowser() {
  let browser: Browser | undefined;
  const baseURL = inject('baseURL');

  beforeAll(async () => {
    browser = await launchChromium();
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
