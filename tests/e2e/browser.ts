import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '@/scripts/support/chromium';
import { readerDom } from '@/lib/reader/reader-dom';

const violationPrefix = 'paralelo:csp-violation ';
/** What Chromium logs for a request a test aborted (`route.abort()`, or with 'internetdisconnected'). */
const blockedScript = /^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/;
const scriptChunk = /\/_next\/static\/chunks\/[^/]+\.js$/;

/**
 * Starts one headless Chromium for a test file (call at its top level) and gives each test a fresh page on the app.
 * A test fails if any page it opened broke the Content-Security-Policy (lib/security-headers.ts),
 * or wrote anything in the browser console (a log, a warning, an error, an uncaught exception),
 * but two network errors Chromium logs that are no fault of the site: a page answered 404
 * itself, which the 404 page must be, and a script the test itself blocked (`route.abort()`, to
 * see the page before or without its scripts).
 */
export function setUpBrowser() {
  let browser: Browser | undefined;
  const baseURL = inject('baseURL');
  let violations: string[] = [];
  let messages: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterEach(() => {
    const seen = violations;
    const said = messages;
    violations = [];
    messages = [];
    expect(seen, 'Content-Security-Policy violations').toEqual([]);
    expect(said, 'browser console messages').toEqual([]);
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
    /** The console messages seen so far in the test (`type: text (url)`), which no longer fail it: for a test that causes one. */
    takeConsoleMessages(): string[] {
      const said = messages;
      messages = [];
      return said;
    },
    /**
     * A page in a context of its own. Without `serviceWorkers: 'allow'`, the browser has no
     * service workers (the site's registration script then does nothing), so the test sees every
     * request go to the server, as on a first visit, and `page.route()` sees them all. (Playwright's
     * own `'block'` would write a warning in the console of every page.)
     */
    async newPage({ serviceWorkers = 'block', ...options }: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({ baseURL, ...options });
      if (serviceWorkers === 'block')
        await context.addInitScript(() => Object.defineProperty(navigator, 'serviceWorker', { value: undefined }));
      await context.addInitScript((prefix) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `${prefix}${e.violatedDirective} ${e.blockedURI} ${JSON.stringify(e.sample)} at ${location.href}`,
          );
        });
      }, violationPrefix);
      context.on('console', (message) => {
        const text = message.text();
        const { url } = message.location();
        if (text.startsWith(violationPrefix)) violations.push(text.slice(violationPrefix.length));
        else if (text.includes('status of 404') && url === message.page()?.url()) return;
        else if (blockedScript.test(text) && scriptChunk.test(url)) return;
        else messages.push(`${message.type()}: ${text} (${url})`);
      });
      context.on('weberror', (error) => messages.push(`uncaught: ${error.error().message}`));
      return context.newPage();
    },
  };
}

/**
 * Waits until React has hydrated the reader and run its effects, so that every control answers:
 * the blocks element then carries `readerDom.liveAttribute`. (React props on an element are not
 * enough: hydration sets them while rendering, before the shortcuts listen.) The view switcher,
 * the flips and the display controls work before that; listening, sharing and the shortcuts wait
 * for it.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator(`#${readerDom.blocksId}[${readerDom.liveAttribute}]`).waitFor({ state: 'attached' });
}

/** The view the reader has chosen: the value of the checked view radio. */
export function shownView(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value ?? null);
}

/** The view switcher's visible segment for the view named `name`, which a reader taps. */
export function viewLabel(page: Page, name: string): Locator {
  return page.locator('.view-switcher label', { hasText: new RegExp(`^${name}$`) });
}

/** The visually hidden live region that tells screen readers what a control did. */
export function liveRegion(page: Page): Locator {
  return page.locator('[role="status"][aria-live="polite"]');
}
