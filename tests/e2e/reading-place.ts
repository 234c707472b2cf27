import type { BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { hydrated } from './browser';

// The reader's place, as the end-to-end tests measure it: the paragraph at the top of the
// reading area, just below the sticky toolbar, and how far it is from there. Shared by the tests
// that keep it through the controls (place.test.ts) and across languages (language-link.test.ts).

export const article = '/articles/belarus-cuba-military-ties';

/** How far (px) the paragraph's top may move: sub-pixel layout, whole-pixel scrolling. */
const slack = 3;

export const screens = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const satisfies Record<string, BrowserContextOptions>;
export type Screen = keyof typeof screens;

export const stages = ['hydrated', 'before hydration'] as const;
export type Stage = (typeof stages)[number];

export interface Place {
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
export function place(page: Page): Promise<Place> {
  return page.evaluate(() => {
    const bar = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
    const blocks = [...document.querySelectorAll<HTMLElement>('#reader_blocks .block')];
    const n = blocks.findIndex((b) => b.getBoundingClientRect().bottom > bar + 1);
    return { n: n + 1, id: blocks[n]?.id ?? '', top: (blocks[n]?.getBoundingClientRect().top ?? NaN) - bar };
  });
}

/** Two frames: the page has laid out, its observers and scroll handlers have run. */
export async function settled(page: Page) {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
  await page.waitForTimeout(100);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/** Asserts the reader is where `was` says: the same paragraph first below the toolbar, its top within `slack` px. */
export async function expectKept(page: Page, was: Place, after: string) {
  await settled(page);
  const now = await place(page);
  // Within the slack, the top counts as unmoved, so a failure shows both places in full.
  expect({ ...now, top: Math.abs(now.top - was.top) <= slack ? was.top : now.top }, `the place after ${after}`).toEqual(
    was,
  );
}

/** Opens the article on `path` (the app's scripts blocked before hydration) with its text and fonts laid out. */
export async function open(page: Page, path: string, stage: Stage) {
  if (stage === 'before hydration') await page.route(/\/_next\/static\/chunks\/.*\.js/, (route) => route.abort());
  await page.goto(path);
  if (stage === 'hydrated') await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Scrolls so that paragraph `n`'s top is at the toolbar's bottom, the reading area's top. */
export async function readFrom(page: Page, n: number): Promise<Place> {
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

/** The languages of the versions of block `id` on screen. */
export function shownLangs(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .version`, (versions) =>
    versions.filter((v) => v.checkVisibility()).map((v) => (v as HTMLElement).dataset.lang),
  );
}

/** The id of block `n` (from 1). */
export function blockId(page: Page, n: number) {
  return page.evaluate((index) => document.querySelectorAll('#reader_blocks .block')[index]!.id, n - 1);
}
