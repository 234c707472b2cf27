import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, setUpBrowser, shownView } from './browser';
import {
  article,
  blockId,
  expectKept,
  open,
  readFrom,
  screens,
  shownLangs,
  stages,
  type Screen,
  type Stage,
} from './reading-place';

// Issue 17, point 4: the language link opens the other language where the reader was: the same
// view, the same paragraphs flipped (the flip set is kept, so each paragraph shows the other
// language than before, docs/reading.md), and the paragraph at the top of the reading area at
// the same spot under the sticky toolbar. The reader goes up to the header to reach the link (a
// tap or a click, which scrolls it into view) or walks back to it with Shift+Tab from the
// paragraph they had focused; on a phone and a desktop, hydrated and before hydration.

/** The paragraph the reader is at: the 10th, as in the issue. */
const at = 10;
/** Another flipped paragraph, above it. */
const alsoFlipped = 2;

const { newPage } = setUpBrowser();

const swap = (lang: string | undefined) => (lang === 'en' ? 'es' : 'en');

/** What the link's address names: its path, view, flips and fragment. */
async function linkTarget(page: Page) {
  const url = new URL((await page.getAttribute('a.language-switch', 'href'))!, page.url());
  return { path: url.pathname, view: url.searchParams.get('view'), flip: url.searchParams.get('flip'), hash: url.hash };
}

/**
 * Opens the article in English in `view`, two paragraphs flipped (the 10th among them), and
 * scrolls to the 10th. Returns its place, the flips, and what the 10th and 9th show.
 */
async function readInEnglish(page: Page, view: string, stage: Stage) {
  await open(page, `/en${article}`, stage);
  const [flipped, tenth, ninth] = [await blockId(page, alsoFlipped), await blockId(page, at), await blockId(page, 9)];
  const flip = `${flipped},${tenth}`;
  await open(page, `/en${article}?view=${view}&flip=${flip}`, stage);
  const start = await readFrom(page, at);
  // Its address follows the reader, for a new tab or a copied link as much as for a click.
  await expect.poll(() => linkTarget(page)).toEqual({ path: `/es${article}`, view, flip, hash: `#${tenth}` });
  const shown = { tenth: await shownLangs(page, tenth), ninth: await shownLangs(page, ninth) };
  return { start, flip, ids: { tenth, ninth }, shown };
}

/** Asserts the link opened Spanish in `view`, showing what English did mirrored, the reader where they were. */
async function expectSameReading(
  page: Page,
  stage: Stage,
  view: string,
  { start, flip, ids, shown }: Awaited<ReturnType<typeof readInEnglish>>,
) {
  await page.waitForURL(/\/es\/articles\//);
  if (stage === 'hydrated') await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/es${article}`);
  expect(url.searchParams.get('view')).toBe(view);
  expect(url.searchParams.get('flip')).toBe(flip);
  // The fragment only carried the place: it is gone, and nothing is highlighted as if shared.
  expect(url.hash).toBe('');
  expect(await page.locator('.block[data-highlighted]').count()).toBe(0);
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  expect(await shownView(page)).toBe(view);
  for (const which of ['tenth', 'ninth'] as const) {
    const now = await shownLangs(page, ids[which]);
    expect(now.sort(), `the ${which} paragraph`).toEqual(shown[which].map(swap).sort());
  }
  await expectKept(page, start, 'following the language link');
}

describe.each(Object.keys(screens) as Screen[])('on a %s', (screen) => {
  describe.each(stages)('%s', (stage) => {
    it.each(['side-by-side', 'reading'])(
      'opens Spanish in the %s view, the same paragraphs flipped, at the 10th paragraph, from a tap or a click on the link',
      async (view) => {
        const page = await newPage(screens[screen]);
        const english = await readInEnglish(page, view, stage);
        // The link is in the header: the reader goes up to it (Playwright scrolls it into view).
        const link = page.locator('a.language-switch');
        await (screen === 'phone' ? link.tap() : link.click());
        await expectSameReading(page, stage, view, english);
      },
    );

    if (screen === 'desktop') {
      it('opens it there from the keyboard too: Shift+Tab from the focused paragraph back to the link, then Enter', async () => {
        const page = await newPage(screens[screen]);
        const view = 'side-by-side';
        const english = await readInEnglish(page, view, stage);
        await page.evaluate(
          (id) => document.querySelector<HTMLElement>(`[id="${id}"]`)!.focus({ preventScroll: true }),
          english.ids.tenth,
        );
        const onLink = () => page.evaluate(() => document.activeElement?.matches('a.language-switch') ?? false);
        for (let presses = 0; !(await onLink()); presses++) {
          expect(presses, 'Shift+Tab presses to reach the language link').toBeLessThan(100);
          await page.keyboard.press('Shift+Tab');
          // A reader's pace: the page takes each stop on the way as a scroll come to rest.
          await page.waitForTimeout(200);
        }
        // Each control on the way was scrolled into view, up to the link.
        expect(await page.locator('a.language-switch').evaluate((a) => a.getBoundingClientRect().top)).toBeGreaterThan(
          0,
        );
        await page.keyboard.press('Enter');
        await expectSameReading(page, stage, view, english);
      });
    }
  });
});

describe('on the index', () => {
  it.each([
    ['en', 'es'],
    ['es', 'en'],
  ])('links /%s to the same page of the index in the other language', async (from, to) => {
    const page = await newPage();
    await page.goto(`/${from}`);
    await Promise.all([page.waitForURL(`**/${to}`), page.locator('a.language-switch').click()]);
    expect(new URL(page.url()).pathname).toBe(`/${to}`);
    expect(await page.getAttribute('html', 'lang')).toBe(to);
  });
});
