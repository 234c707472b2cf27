import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, shownView } from './browser';
import {
  article,
  blockId,
  expectKept,
  open,
  readFrom,
  screens,
  shownLangs,
  stages,
  type Place,
  type Screen,
} from './reading-place';

// Issue 13, point 2: the reader's place is kept. The paragraph at the top of the reading area
// (just below the sticky toolbar) stays there, to within a few pixels, through every view
// switch, flip and text-size change (and the language link: language-link.test.ts), on a phone
// and on a desktop, once the page is hydrated and before (the app's scripts blocked: the
// controls work from the page's own inline scripts). Every control is used without scrolling to it first, as a reader would:
// a tap or a click at its box when it is on screen, the keyboard, or a click in the page
// (Playwright's locator.click() would scroll the control into view first).

/** The paragraph the reader is at: the 8th, as in the issue. */
const at = 8;

const { newPage } = setUpBrowser();

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
  });
});
