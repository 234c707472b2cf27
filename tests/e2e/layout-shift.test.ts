import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, setUpBrowser } from './browser';

// Issue 15, point 2: nothing on a page moves once it has painted, fonts included. Each page is
// opened in a fresh browser context (nothing cached, the font not at hand), on a phone and on a
// wide screen, and every layout shift the browser records up to a settled, hydrated page counts.

const article = '/articles/belarus-cuba-military-ties';
const block = 'in-january-2024-the-belarusian-defense';
const pages = [
  ['index', '/en'],
  ['index in Spanish', '/es'],
  ['reader', `/en${article}`],
  ['reader, side by side, Spanish', `/es${article}?view=side-by-side`],
  ['paragraph link', `/es${article}/p/${block}`],
  ['sentence link', `/en${article}/p/${block}/s/2`],
  ['404 page', '/en/articles/nope'],
] as const;

const { newPage } = setUpBrowser();

/** The layout shifts recorded since the page started, each with what moved. */
function layoutShifts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const shifts: string[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          })[]) {
            if (entry.hadRecentInput) continue;
            const moved = (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80));
            shifts.push(`${entry.value.toFixed(4)} ${moved.join(' | ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames after the observer's buffered entries came in.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
      }),
  );
}

describe('no layout shift', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it.each(pages)(`%s at ${viewport.width} px: none from first paint to a settled page`, async (_name, path) => {
      const page = await newPage({ viewport });
      await page.goto(path);
      if (path.includes('/articles/') && !path.endsWith('nope')) await hydrated(page);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => document.fonts.ready);
      expect(await layoutShifts(page)).toEqual([]);
      await page.close();
    });
  }
});
