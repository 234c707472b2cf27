import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { displayStorageKey } from '@/lib/reader/display-settings';
import { axeViolations } from './axe';
import { hydrated, setUpBrowser, shownView } from './browser';
import { describeWithoutJavaScript, expectShown, lead, phone, slug, spanishBlock } from './no-javascript';

// Issue 13, point 1: every reader control works from the first paint. A tap on a flip or a
// view the moment it shows takes effect at once, on a slow phone too, and counts once: React
// hydrating later neither undoes nor repeats it, and the address holds it. Before hydration
// (the app's scripts blocked) the theme, the text size and the language link work as well;
// with JavaScript off, flips and views still do (tests/e2e/no-javascript.ts).

const article = `/articles/${slug}`;
const chunks = /\/_next\/static\/chunks\/.*\.js/;

const { newPage } = setUpBrowser();

/** The phone of issue 13: 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down (bench/first-tap.ts). */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
}

/** The languages of block `id`'s versions on screen. */
function shownLangs(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .version`, (versions) =>
    versions.filter((v) => v.checkVisibility()).map((v) => (v as HTMLElement).dataset.lang),
  );
}

/** The views whose segment the switcher draws as chosen. */
function chosenViews(page: Page) {
  return page.$$eval('.view-switcher label', (labels) =>
    labels.filter((l) => getComputedStyle(l).backgroundColor !== 'rgba(0, 0, 0, 0)').map((l) => l.dataset.view),
  );
}

const query = (page: Page) => new URL(page.url()).searchParams;

/**
 * Waits for `selector` to show, then taps the middle of it at once, where it is: no scrolling,
 * no waiting for it to be still or to take events, as a reader's thumb would.
 */
async function tapAsSoonAsShown(page: Page, selector: string) {
  const control = page.locator(selector).first();
  await control.waitFor({ state: 'visible', timeout: 20_000 });
  const box = (await control.boundingBox())!;
  expect(box.y + box.height / 2, `${selector} on screen`).toBeLessThan(phone.viewport.height);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/**
 * Holds the page's parsing just before its controls script (as a slow network would) until the
 * returned function is called: a parser-blocking script, answered only then, goes in before it,
 * and takes itself out of the page once it runs (React would not hydrate a page with an element
 * it did not render). With `paintsMidParse`, the page loses its `<link rel="expect">`, as in a
 * browser that paints what it has parsed so far (Firefox, Safari): the blocks are then on screen.
 */
async function holdBeforeControlsScript(page: Page, path: string, paintsMidParse = false): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const script = [...html.matchAll(/<script>try\{[^]*?<\/script>/g)].find((m) => m[0].includes('blocksId'));
      if (!script) throw new Error('no controls script in the page');
      const at = script.index;
      const page = `${html.slice(0, at)}<script src="/held.js"></script>${html.slice(at)}`;
      await route.fulfill({ response, body: paintsMidParse ? page.replace(/<link rel="expect"[^>]*>/, '') : page });
    },
  );
  await page.route('**/held.js', async (route) => {
    await held;
    await route.fulfill({ contentType: 'text/javascript', body: 'document.currentScript.remove()' });
  });
  return release;
}

describe('on a slow phone (4× CPU, 150 ms, 1.6 Mbit/s), tapped the moment it shows', () => {
  it("the first paragraph's flip takes effect on the first tap, and after hydration it is flipped once, in the address", async () => {
    const page = await newPage(phone);
    await throttle(page);
    await page.goto(`/en${article}`, { waitUntil: 'commit' });
    await tapAsSoonAsShown(page, `[id="${lead}"] .flip`);
    expect(await shownLangs(page, lead), 'right after the first tap').toEqual(['es']);

    await hydrated(page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await shownLangs(page, lead), 'once hydrated').toEqual(['es']);
    expect(query(page).get('flip')).toBe(lead);
    expect(await page.getByRole('switch', { name: 'Show paragraph 1 in Spanish' }).isChecked()).toBe(true);
    // React reads the same state: the share link opens the paragraph in Spanish, as shown.
    await expect.poll(() => page.getAttribute(`[id="${lead}"] a.share`, 'href')).toBe(`/es${article}/p/${lead}`);

    // One tap, one flip, now that React is there too.
    await page.locator(`[id="${lead}"] .flip`).tap();
    expect(await shownLangs(page, lead)).toEqual(['en']);
    await expect.poll(() => query(page).get('flip')).toBeNull();
  });

  it('the side-by-side view takes effect on the first tap, and stays, in the address, after hydration', async () => {
    const page = await newPage(phone);
    await throttle(page);
    await page.goto(`/en${article}`, { waitUntil: 'commit' });
    await tapAsSoonAsShown(page, '.view-switcher [data-view="side-by-side"]');
    expect(await shownView(page), 'right after the first tap').toBe('side-by-side');
    expect(await chosenViews(page)).toEqual(['side-by-side']);

    await hydrated(page);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await shownView(page), 'once hydrated').toBe('side-by-side');
    expect(query(page).get('view')).toBe('side-by-side');
    await expectShown(page, { lng: 'en', view: 'side-by-side', narrow: true });

    await page.locator('.view-switcher [data-view="reading"]').tap();
    expect(await shownView(page)).toBe('reading');
    await expect.poll(() => query(page).get('view')).toBeNull();
  });
});

describe('before the page has loaded its scripts', () => {
  it('paints nothing before the controls script has set the view and flips (Chromium: rel=expect)', async () => {
    const page = await newPage(phone);
    const release = await holdBeforeControlsScript(page, `/en${article}`);
    await page.goto(`/en${article}?view=side-by-side`, { waitUntil: 'commit' });
    // Polled by a timer: no animation frame runs while rendering is blocked.
    await page.waitForFunction(() => document.getElementsByClassName('block').length > 0, null, { polling: 50 });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.getEntriesByType('paint').length), 'paints while held').toBe(0);

    release();
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { polling: 50 });
    expect(await shownView(page)).toBe('side-by-side');
    await hydrated(page);
  });

  it('in a browser that paints mid-parse, a tap between the paragraphs showing and the controls script counts: flip and view', async () => {
    const page = await newPage(phone);
    const release = await holdBeforeControlsScript(page, `/en${article}`, true);
    await page.goto(`/en${article}`, { waitUntil: 'commit' });
    await page.locator(`[id="${lead}"] .flip`).tap();
    await page.locator('.view-switcher [data-view="side-by-side"]').tap();
    expect(await shownLangs(page, lead)).toEqual(['es']);
    expect(await shownView(page)).toBe('side-by-side');

    release();
    await hydrated(page);
    await page.waitForTimeout(300);
    expect(await shownLangs(page, lead), 'after the controls script and hydration').toEqual(['es']);
    expect(await shownView(page)).toBe('side-by-side');
    expect(Object.fromEntries(query(page))).toEqual({ view: 'side-by-side', flip: lead });
  });

  it('every reader control works before hydration: flip, view, theme, text size, language link', async () => {
    const page = await newPage(phone);
    await page.route(chunks, (route) => route.abort());
    await page.goto(`/en${article}`);

    await page.locator(`[id="${spanishBlock}"] .flip`).tap();
    expect(await shownLangs(page, spanishBlock)).toEqual(['es']);
    expect(query(page).get('flip')).toBe(spanishBlock);

    await page.locator('.view-switcher [data-view="original"]').tap();
    expect(await shownView(page)).toBe('original');
    expect(Object.fromEntries(query(page))).toEqual({ view: 'original', flip: spanishBlock });
    await expectShown(page, { lng: 'en', view: 'original', flipped: [spanishBlock], narrow: true });

    const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await paper();
    await page.selectOption('select[name="theme"]', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await paper()).not.toBe(light);

    const size = () => page.$eval('#reader_blocks p', (p) => parseFloat(getComputedStyle(p).fontSize));
    const normal = await size();
    await page.locator('[data-text-step="1"]').tap();
    expect(await size()).toBeGreaterThan(normal);
    await page.locator('[data-text-step="-1"]').tap();
    await page.locator('[data-text-step="-1"]').tap();
    expect(await size()).toBeLessThan(normal);
    const textSize = await page.getAttribute('html', 'data-text-size');
    expect(await page.evaluate((key) => localStorage.getItem(key), displayStorageKey)).toContain('dark');
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([
      page.waitForURL(/\/es\/articles\/[^?]+\?view=original/),
      page.locator('a.language-switch').tap(),
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await shownView(page)).toBe('original');
    // The display settings came along, applied before the first paint.
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.getAttribute('html', 'data-text-size')).toBe(textSize);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describeWithoutJavaScript(newPage);
