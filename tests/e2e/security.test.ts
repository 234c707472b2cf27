import type { ConsoleMessage, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';
import { displayStorageKey } from '@/lib/reader/display-settings';
import { hydrated as reactHydrated, setUpBrowser, viewLabel } from './browser';

const slug = 'belarus-cuba-military-ties';
const article = `/articles/${slug}`;
const lead = 'the-chief-of-the-general-staff';

const { newPage, baseURL, takeCspViolations } = setUpBrowser();

describe('security headers', () => {
  it('the policy is the one the README documents', () => {
    const csp = securityHeaders.find((h) => h.key === 'Content-Security-Policy')?.value;
    expect(csp).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy.join(';')).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    const permissions = securityHeaders.find((h) => h.key === 'Permissions-Policy')?.value.split(', ') ?? [];
    for (const denied of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(permissions).toContain(`${denied}=()`);
    expect(permissions).toContain('clipboard-write=(self)');
    // Features this Chromium does not know would each write a warning on every page.
    for (const unknown of ['bluetooth', 'web-share']) expect(permissions.join()).not.toContain(unknown);
  });

  /** Every kind of response `next start` gives, found from the pages themselves where the name is hashed. */
  const responses: { name: string; path: string; method?: string; status: number; location?: string }[] = [
    { name: 'language redirect', path: '/', status: 307, location: '/en' },
    { name: 'trailing-slash redirect', path: '/en/?view=original', status: 308, location: '/en?view=original' },
    { name: 'index', path: '/es', status: 200 },
    { name: 'reader', path: `/en${article}?view=side-by-side&flip=${lead}`, status: 200 },
    { name: 'reader, HEAD', path: `/en${article}`, method: 'HEAD', status: 200 },
    { name: 'paragraph page', path: `/es${article}/p/${lead}`, status: 200 },
    { name: 'share card', path: `/en${article}/p/${lead}/card.png`, status: 200 },
    { name: 'sitemap', path: '/sitemap.xml', status: 200 },
    { name: 'robots.txt', path: '/robots.txt', status: 200 },
    { name: 'feed', path: '/es/feed.xml', status: 200 },
    { name: '404, unknown feed language', path: '/fr/atom.xml', status: 404 },
    { name: 'icon', path: '/icon.svg', status: 200 },
    { name: '404, unknown language', path: '/fr', status: 404 },
    { name: '404, unknown article', path: '/es/articles/nope', status: 404 },
    { name: '404, unknown paragraph', path: `/en${article}/p/nope`, status: 404 },
    { name: '404, unknown card', path: `/en${article}/p/nope/card.png`, status: 404 },
    { name: '404, malformed escape', path: '/%zz', status: 404 },
    { name: 'share card, DELETE', path: `/en${article}/p/${lead}/card.png`, method: 'DELETE', status: 405 },
    { name: '404, unknown static file', path: '/_next/static/chunks/nope.js', status: 404 },
  ];

  beforeAll(async () => {
    const html = await (await fetch(`${baseURL}/en${article}`)).text();
    const first = (pattern: RegExp) => pattern.exec(html)?.[0];
    const script = first(/\/_next\/static\/[^"]+\.js/);
    const stylesheet = first(/\/_next\/static\/[^"]+\.css/);
    if (!script || !stylesheet) throw new Error('no script or stylesheet in the reader page');
    // Fonts are not preloaded: the stylesheet names them.
    const css = await (await fetch(`${baseURL}${stylesheet}`)).text();
    const fontURL = /url\(([^)]+\.woff2)\)/.exec(css)?.[1];
    if (!fontURL) throw new Error(`no font in ${stylesheet}`);
    const font = new URL(fontURL, `${baseURL}${stylesheet}`).pathname;
    responses.push(
      { name: 'script chunk', path: script, status: 200 },
      { name: 'stylesheet', path: stylesheet, status: 200 },
      { name: 'font', path: font, status: 200 },
    );
  });

  it('are on every kind of response, redirects and 404s included', async () => {
    for (const { name, path, method = 'GET', status, location } of responses) {
      const response = await fetch(`${baseURL}${path}`, { method, redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.status, `${name} ${path}`).toBe(status);
      if (location)
        expect(new URL(response.headers.get('Location') ?? '', baseURL).href, name).toBe(`${baseURL}${location}`);
      const headers = Object.fromEntries(securityHeaders.map(({ key }) => [key, response.headers.get(key)]));
      expect(headers, `${name} ${path}`).toEqual({
        'Content-Security-Policy': securityHeaders[0]!.value,
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': expect.stringContaining('camera=(), clipboard-write=(self)'),
      });
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp, name).toContain("frame-ancestors 'none'");
      expect(csp, name).not.toContain('unsafe-eval');
      expect(response.headers.get('Permissions-Policy'), name).toBe(
        securityHeaders.find((h) => h.key === 'Permissions-Policy')!.value,
      );
    }
  });

  it('Next’s own redirect of `//` and `\\` stays on the site (it goes out before any header is added)', async () => {
    // Next.js answers a path with `//` or a backslash itself, before the headers of
    // next.config.ts and before proxy.ts: a 308 to the path with single slashes, no headers of
    // ours, and only that path as its body. A browser renders no redirect body, so nothing
    // is lost; the point here is that it never leaves the site.
    for (const path of ['//evil.example/x', '/\\evil.example', '/en//articles']) {
      const response = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(308);
      const location = response.headers.get('Location') ?? '';
      expect(location, path).toMatch(/^\/[^/\\]/);
      expect(await response.text(), path).toBe(location);
    }
  });
});

describe('the pages under that policy', () => {
  /** Console errors and warnings, but the 404 page's own status. */
  function watchConsole(page: Page) {
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const text = message.text();
      if (text.includes('status of 404') && message.location().url === page.url()) return;
      problems.push(`${message.type()}: ${text} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    return problems;
  }

  /** The languages of the visible versions of a block. */
  const shownLangs = (page: Page, id: string) =>
    page.$$eval(`[id="${id}"] .version`, (versions) =>
      versions.filter((v) => v.checkVisibility()).map((v) => v.getAttribute('lang')),
    );

  async function hydrated(page: Page) {
    await reactHydrated(page);
    await page.waitForLoadState('networkidle');
  }

  it('the reader hydrates, runs its inline scripts and flips a block, with no violation or console error', async () => {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const problems = watchConsole(page);
    await page.addInitScript(
      (key) => localStorage.setItem(key, JSON.stringify({ theme: 'dark', textSize: 3 })),
      displayStorageKey,
    );
    await page.goto(`/en${article}?view=original`);
    await hydrated(page);
    // The display settings script in <head> and the state from the address applied before React.
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('3');
    expect(await shownLangs(page, lead)).toEqual(['en']);

    const block = page.locator(`[id="${lead}"]`);
    await block.getByRole('switch', { name: 'Show paragraph 1 in Spanish' }).click();
    expect(await shownLangs(page, lead)).toEqual(['es']);
    await block.getByRole('link', { name: 'Share paragraph 1' }).click();
    await block.locator('.share-note', { hasText: 'Copied' }).waitFor();
    await page.keyboard.press('?');
    await page.getByRole('dialog').getByRole('button').last().click();
    await viewLabel(page, 'Side by side').click();
    await page.waitForURL(/view=side-by-side/);

    // Client-side navigation (React Server Component requests, the route announcer).
    await page.locator('.brand').click();
    await page.waitForURL(/\/en$/);
    await page.locator('.article-link').first().click();
    await hydrated(page);

    expect(takeCspViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('blocks eval in the page’s own scripts (no unsafe-eval)', async () => {
    const page = await newPage();
    // The page as served, headers and all, with one more inline script that tries eval. (Code
    // Playwright evaluates is exempt from CSP, so the probe must come with the page.)
    await page.route(`**/en${article}`, async (route) => {
      const response = await route.fetch();
      const probe =
        '<script>try{eval("1");document.documentElement.dataset.evalProbe="ran"}' +
        'catch(e){document.documentElement.dataset.evalProbe="blocked"}</script>';
      await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head>${probe}`) });
    });
    await page.goto(`/en${article}`);
    await hydrated(page);
    expect(await page.getAttribute('html', 'data-eval-probe')).toBe('blocked');
    expect(takeCspViolations()).toEqual([expect.stringMatching(/^script-src(-elem)? eval /)]);
  });

  it('a paragraph page opens at its block, hydrated, with no violation or console error', async () => {
    const page = await newPage();
    const problems = watchConsole(page);
    await page.goto(`/es${article}/p/${lead}`);
    await hydrated(page);
    expect(await page.evaluate(() => document.activeElement?.closest('.block')?.id)).toBe(lead);
    await page.locator(`[id="${lead}"]`).getByRole('switch', { name: 'Mostrar el párrafo 1 en inglés' }).click();
    expect(await shownLangs(page, lead)).toEqual(['en']);
    expect(takeCspViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the 404 page keeps its language and display settings through its inline scripts, with no violation', async () => {
    const page = await newPage();
    const problems = watchConsole(page);
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ theme: 'dark' })), displayStorageKey);
    const response = await page.goto('/es/nope');
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.waitForFunction(() => document.title.startsWith('Página no encontrada'));
    expect(takeCspViolations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
