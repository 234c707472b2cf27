import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, setUpBrowser, shownView } from './browser';

// Issue 13, point 2: the reader's place is kept. The paragraph at the top of the reading area
// (just below the sticky toolbar) stays there, to within a few pixels, through every view
// switch, flip, text-size change and the language link, on a phone and on a desktop, once the
// page is hydrated and before (the app's scripts blocked: the controls work from the page's own
// inline scripts). Every control is used without scrolling to it first, as a reader would:
// a tap or a click at its box when it is on screen, the keyboard, or a click in the page
// (Playwright's locator.click() would scroll the control into view first).

const article = '/articles/belarus-cuba-military-ties';
/** The paragraph the reader is at: the 8th, as in the issue. */
const at = 8;
/** How far (px) the paragraph's top may move: sub-pixel layout, whole-pixel scrolling. */
const slack = 3;

const screens = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const satisfies Record<string, BrowserContextOptions>;
type Screen = keyof typeof screens;
const stages = ['hydrated', 'before hydration'] as const;
type Stage = (typeof stages)[number];

const { newPage } = setUpBrowser();

interface Place {
  /** The paragraph's number, from 1. */
  n: number;
  id: string;
  /** Its top, in px below the toolbar's bottom (negative: scrolled into it). */
  top: number;
}

/**
 * The paragraph at the top of the reading area: the first block whose box crosses the sticky
 * toolbar's bottom (by more than a pixel, so that the one ending exactly there is not it).
 */
function place(page: Page): Promise<Place> {
  return page.evaluate(() => {
    const bar = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
    const blocks = [...document.querySelectorAll<HTMLElement>('#reader_blocks .block')];
    const n = blocks.findIndex((b) => b.getBoundingClientRect().bottom > bar + 1);
    return { n: n + 1, id: blocks[n]?.id ?? '', top: (blocks[n]?.getBoundingClientRect().top ?? NaN) - bar };
  });
}

/** Two frames: the page has laid out, its observers and scroll handlers have run. */
async function settled(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  await page.waitForTimeout(100);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/** Asserts the reader is where `was` says: the same paragraph first below the toolbar, its top within `slack` px. */
async function expectKept(page: Page, was: Place, after: string) {
  await settled(page);
  const now = await place(page);
  // Within the slack, the top counts as unmoved, so a failure shows both places in full.
  expect({ ...now, top: Math.abs(now.top - was.top) <= slack ? was.top : now.top }, `the place after ${after}`).toEqual(
    was,
  );
}

/** Opens the article on `path` (the app's scripts blocked before hydration) with its text and fonts laid out. */
async function open(page: Page, path: string, stage: Stage) {
  if (stage === 'before hydration') await page.route(/\/_next\/static\/chunks\/.*\.js/, (route) => route.abort());
  await page.goto(path);
  if (stage === 'hydrated') await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Scrolls so that paragraph `n`'s top is at the toolbar's bottom, the reading area's top. */
async function readFrom(page: Page, n: number): Promise<Place> {
  for (let i = 0; i < 3; i++) {
    await page.evaluate((index) => {
      const bar = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const block = document.querySelectorAll('#reader_blocks .block')[index]!;
      window.scrollBy(0, block.getBoundingClientRect().top - bar);
    }, n - 1);
    await settled(page);
  }
  const start = await place(page);
  expect(start.n, 'the paragraph scrolled to the top').toBe(n);
  expect(Math.abs(start.top)).toBeLessThan(1);
  return start;
}

/** Taps (phone) or clicks (desktop) the middle of what `selector` finds, where it is on screen: no scrolling first. */
async function press(page: Page, screen: Screen, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  expect(y, `${selector} in the viewport`).toBeGreaterThan(0);
  expect(y).toBeLessThan(screens[screen].viewport.height);
  if (screen === 'phone') await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Clicks what `selector` finds from inside the page, which scrolls nothing (for a control out of view). */
async function clickInPage(page: Page, selector: string) {
  await page.evaluate((s) => document.querySelector<HTMLElement>(s)!.click(), selector);
}

/** The languages of the versions of block `id` on screen. */
function shownLangs(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .version`, (versions) =>
    versions.filter((v) => v.checkVisibility()).map((v) => (v as HTMLElement).dataset.lang),
  );
}

/** The id of block `n` (from 1). */
function blockId(page: Page, n: number) {
  return page.evaluate((index) => document.querySelectorAll('#reader_blocks .block')[index]!.id, n - 1);
}

const flipOf = (id: string) => `[id="${id}"] input[name="flip"]`;

/**
 * Flips the paragraphs above the one at the top, from the nearest, until one whose Spanish is
 * of another height than its English: a flip that moves everything below it, unless the page
 * makes up for it. Asserts the place is kept after each; returns the IDs flipped.
 */
async function flipAbove(page: Page, start: Place): Promise<string[]> {
  const flipped: string[] = [];
  for (let n = start.n - 1; n >= 1; n--) {
    const id = await blockId(page, n);
    const height = () => page.$eval(`[id="${id}"]`, (block) => block.getBoundingClientRect().height);
    const before = await height();
    await clickInPage(page, flipOf(id));
    expect(await shownLangs(page, id)).toEqual(['es']);
    await expectKept(page, start, `a flip of paragraph ${n}, above it`);
    flipped.push(id);
    if (Math.abs((await height()) - before) >= 1) return flipped;
  }
  throw new Error('no flip above changed the height of the text above');
}

describe.each(Object.keys(screens) as Screen[])('on a %s', (screen) => {
  describe.each(stages)('%s', (stage) => {
    const newScreen = () => newPage(screens[screen]);

    it('keeps the paragraph at the top through each view: side by side, as published, reading', async () => {
      const page = await newScreen();
      await open(page, `/en${article}`, stage);
      const start = await readFrom(page, at);
      for (const view of ['side-by-side', 'original', 'reading']) {
        await press(page, screen, `.view-switcher [data-view="${view}"]`);
        expect(await shownView(page)).toBe(view);
        await expectKept(page, start, `switching to ${view}`);
      }
    });

    it('keeps it through flips: of the paragraph at the top (a tap, then the keyboard) and of those above it', async () => {
      const page = await newScreen();
      await open(page, `/en${article}`, stage);
      const start = await readFrom(page, at);

      await press(page, screen, `[id="${start.id}"] .flip input`);
      expect(await shownLangs(page, start.id)).toEqual(['es']);
      await expectKept(page, start, 'a flip of the paragraph at the top');

      const above = await flipAbove(page, start);

      await page.evaluate(
        (s) => document.querySelector<HTMLElement>(s)!.focus({ preventScroll: true }),
        flipOf(start.id),
      );
      await page.keyboard.press('Space');
      expect(await shownLangs(page, start.id)).toEqual(['en']);
      await expectKept(page, start, 'flipping it back with the keyboard');
      expect(new URL(page.url()).searchParams.get('flip')?.split(',').sort()).toEqual(above.sort());
    });

    if (screen === 'phone') {
      it('keeps it through flips side by side, where a phone shows one version at a time, here and above', async () => {
        const page = await newScreen();
        await open(page, `/en${article}?view=side-by-side`, stage);
        const start = await readFrom(page, at);
        await press(page, screen, `[id="${start.id}"] .flip input`);
        expect(await shownLangs(page, start.id)).toEqual(['es']);
        await expectKept(page, start, 'a flip side by side');
        await flipAbove(page, start);
        await press(page, screen, `[id="${start.id}"] .flip input`);
        expect(await shownLangs(page, start.id)).toEqual(['en']);
        await expectKept(page, start, 'a flip back side by side');
      });
    }

    it('keeps it through a larger text size and back', async () => {
      const page = await newScreen();
      await open(page, `/en${article}`, stage);
      const start = await readFrom(page, at);
      const size = () => page.$eval('#reader_blocks p', (p) => parseFloat(getComputedStyle(p).fontSize));
      const normal = await size();

      await clickInPage(page, '[data-text-step="1"]');
      expect(await size()).toBeGreaterThan(normal);
      await expectKept(page, start, 'a larger text size');

      await clickInPage(page, '[data-text-step="-1"]');
      expect(await size()).toBe(normal);
      await expectKept(page, start, 'the text size back');
    });

    it.each(['reading', 'side-by-side'])('keeps it through the language link, in the %s view', async (view) => {
      const page = await newScreen();
      await open(page, `/en${article}${view === 'reading' ? '' : `?view=${view}`}`, stage);
      const start = await readFrom(page, at);
      await Promise.all([page.waitForURL(/\/es\/articles\//), clickInPage(page, 'a.language-switch')]);
      const url = new URL(page.url());
      expect(url.searchParams.get('view')).toBe(view === 'reading' ? null : view);
      if (stage === 'hydrated') await hydrated(page);
      // The fragment only carried the place: it is gone, and nothing is highlighted as if shared.
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.locator('.block[data-highlighted]').count()).toBe(0);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      expect(await shownView(page)).toBe(view);
      await expectKept(page, start, 'following the language link');
    });
  });
});
