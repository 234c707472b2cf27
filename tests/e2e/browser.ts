import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';

const violationPrefix = 'paralelo:csp-violation ';

/**
 * Starts one headless Chromium for a test file (call at its top level) and gives each test a fresh page on the app.
 * A test fails if any page it opened broke the Content-Security-Policy (lib/security-headers.ts).
 */
export function setUpBrowser() {
  let browser: Browser | undefined;
  const baseURL = inject('baseURL');
  let violations: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(() => {
    const seen = violations;
    violations = [];
    expect(seen, 'Content-Security-Policy violations').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    baseURL,
    /** The CSP violations seen so far in the test (directive, blocked URI, sample, page), which no longer fail it. */
    takeCspViolations(): string[] {
      const seen = violations;
      violations = [];
      return seen;
    },
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({ baseURL, ...options });
      await context.addInitScript((prefix) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `${prefix}${e.violatedDirective} ${e.blockedURI} ${JSON.stringify(e.sample)} at ${location.href}`,
          );
        });
      }, violationPrefix);
      context.on('console', (message) => {
        if (message.text().startsWith(violationPrefix)) violations.push(message.text().slice(violationPrefix.length));
      });
      return context.newPage();
    },
  };
}
