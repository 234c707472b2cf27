import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { setUpBrowser } from './browser';

// Issue 13, point 1, without JavaScript: the page holds both languages of every paragraph, and
// its flips and views are form controls the stylesheet reads (`:checked`, `:has()`), so they
// work with no script at all; share is a plain link to the paragraph's page, and the language
// link a plain link to the other language. Shared by the end-to-end tests (`next start`) and
// the static export's.

export const slug = 'belarus-cuba-military-ties';
const article = `/articles/${slug}`;
/** The first block, in English. */
export const lead = 'the-chief-of-the-general-staff';
/** The one block published in Spanish, the 12th. */
export const spanishBlock = 'la-visita-del-jefe-del-estado';

export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
export const desktop = { viewport: { width: 1280, height: 800 } } as const;

type Lang = 'en' | 'es';
type View = 'reading' | 'side-by-side' | 'original';
const other = (lang: Lang): Lang => (lang === 'en' ? 'es' : 'en');

/**
 * The versions of a block a reader should see: reading shows the page's language, as published
 * the block's own, each the other one where the block is flipped; side by side shows both, but
 * on a phone one at a time, as reading does.
 */
export function expectedLangs(view: View, lng: Lang, blockLang: Lang, flipped: boolean, narrow: boolean): Lang[] {
  if (view === 'side-by-side' && !narrow) return ['en', 'es'];
  const shown = view === 'original' ? blockLang : lng;
  return [flipped ? other(shown) : shown];
}

/** Each block's ID and the languages of its versions on screen. */
function shownBlocks(page: Page) {
  return page.$$eval('#reader_blocks .block', (blocks) =>
    blocks.map((block) => ({
      id: block.id,
      lang: (block as HTMLElement).dataset.lang as Lang,
      shown: [...block.querySelectorAll<HTMLElement>('.version')]
        .filter((v) => v.checkVisibility())
        .map((v) => v.dataset.lang),
    })),
  );
}

/** Asserts every block shows what `expectedLangs` says for the view and the blocks flipped. */
export async function expectShown(
  page: Page,
  { lng, view, flipped = [], narrow }: { lng: Lang; view: View; flipped?: string[]; narrow: boolean },
) {
  const blocks = await shownBlocks(page);
  expect(blocks).toHaveLength(21);
  expect(
    blocks.map(({ id, shown }) => ({ id, shown })),
    `${view}, ${flipped.length} flipped`,
  ).toEqual(
    blocks.map(({ id, lang }) => ({ id, shown: expectedLangs(view, lng, lang, flipped.includes(id), narrow) })),
  );
}

/** The view whose radio is checked. */
function checkedView(page: Page) {
  return page.$eval('input[name="view"]:checked', (input) => (input as HTMLInputElement).value);
}

/** The language the flip switch of block `id` shows as on screen (its filled option). */
function filledOption(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .flip-option`, (options) =>
    options
      .filter((o) => getComputedStyle(o).backgroundColor !== 'rgba(0, 0, 0, 0)')
      .map((o) => (o as HTMLElement).dataset.lang),
  );
}

/**
 * Opens `path` as it shows without JavaScript, in a page where axe (a script) can still run:
 * every `<script>`, and every preload of a script (which would then go unused), is taken out of
 * each document before the browser sees it.
 */
async function gotoWithoutScripts(page: Page, path: string) {
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script\b[^>]*>[^]*?<\/script>/g, '')
      .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '');
    return route.fulfill({ response, body: html });
  });
  await page.goto(path);
  expect(await page.locator('script').count()).toBe(0);
}

type NewPage = ReturnType<typeof setUpBrowser>['newPage'];

/** What a reader sees and can do with JavaScript off, on the server `setUpBrowser` was given. */
export function describeWithoutJavaScript(newPage: NewPage) {
  const noScript = (options: BrowserContextOptions) => newPage({ ...options, javaScriptEnabled: false });

  describe('with JavaScript off', () => {
    it('flips and switches views by the stylesheet alone, showing the right versions in each view', async () => {
      const page = await noScript(desktop);
      await page.goto(`/en${article}`);
      await expectShown(page, { lng: 'en', view: 'reading', narrow: false });
      expect(await filledOption(page, lead)).toEqual(['en']);

      const flipped = [lead, spanishBlock];
      for (const id of flipped) await page.locator(`[id="${id}"] .flip`).click();
      await expectShown(page, { lng: 'en', view: 'reading', flipped, narrow: false });
      expect(await filledOption(page, lead)).toEqual(['es']);
      expect(await filledOption(page, spanishBlock)).toEqual(['es']);

      for (const view of ['side-by-side', 'original', 'reading'] as const) {
        await page.locator(`.view-switcher [data-view="${view}"]`).click();
        expect(await checkedView(page)).toBe(view);
        await expectShown(page, { lng: 'en', view, flipped, narrow: false });
      }
      expect(await filledOption(page, spanishBlock)).toEqual(['es']);

      await page.locator(`[id="${lead}"] .flip`).click();
      await expectShown(page, { lng: 'en', view: 'reading', flipped: [spanishBlock], narrow: false });
      // Nothing loaded or navigated: the page itself did it all.
      expect(new URL(page.url()).search).toBe('');
    });

    it('on a phone, side by side shows one version of each paragraph, and its tabs swap it in place', async () => {
      const page = await noScript(phone);
      await page.goto(`/es${article}`);
      await expectShown(page, { lng: 'es', view: 'reading', narrow: true });
      await page.locator('.view-switcher [data-view="side-by-side"]').tap();
      expect(await checkedView(page)).toBe('side-by-side');
      await expectShown(page, { lng: 'es', view: 'side-by-side', narrow: true });
      // The switch lies over the tab of the version not shown: a tap there swaps them.
      const otherTab = page.locator(`[id="${spanishBlock}"] .flip input`);
      const tab = (lang: string) => page.locator(`[id="${spanishBlock}"] .flip-option[data-lang="${lang}"]`);
      expect(await otherTab.boundingBox()).toEqual(await tab('en').boundingBox());
      await otherTab.tap();
      await expectShown(page, { lng: 'es', view: 'side-by-side', flipped: [spanishBlock], narrow: true });
      expect(await filledOption(page, spanishBlock)).toEqual(['en']);
      // A tap on the tab already shown changes nothing.
      const shownBox = (await tab('en').boundingBox())!;
      await page.touchscreen.tap(shownBox.x + shownBox.width / 2, shownBox.y + shownBox.height / 2);
      await expectShown(page, { lng: 'es', view: 'side-by-side', flipped: [spanishBlock], narrow: true });
      await otherTab.tap();
      await expectShown(page, { lng: 'es', view: 'side-by-side', narrow: true });
    });

    it("shares by a plain link to the paragraph's page, which opens", async () => {
      const page = await noScript(desktop);
      await page.goto(`/en${article}`);
      const share = page.locator(`[id="${spanishBlock}"] a.share`);
      expect(await share.getAttribute('href')).toBe(`/en${article}/p/${spanishBlock}`);
      await Promise.all([page.waitForURL(`**/en${article}/p/${spanishBlock}`), share.click()]);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(
        new RegExp(`/en${article}/p/${spanishBlock}$`),
      );
      expect(await page.locator(`[id="${spanishBlock}"]`).count()).toBe(1);
    });

    it('opens the other language by the language link', async () => {
      const page = await noScript(phone);
      await page.goto(`/en${article}`);
      await Promise.all([page.waitForURL(`**/es${article}`), page.locator('a.language-switch').tap()]);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expectShown(page, { lng: 'es', view: 'reading', narrow: true });
    });

    it.each([
      { state: 'reading, two paragraphs flipped', screen: desktop, view: 'reading', flips: [lead, spanishBlock] },
      { state: 'side by side', screen: desktop, view: 'side-by-side', flips: [] },
      { state: 'as published, a paragraph flipped, dark', screen: desktop, view: 'original', flips: [lead] },
      { state: 'side by side on a phone, a paragraph flipped', screen: phone, view: 'side-by-side', flips: [lead] },
    ] as const)('has no accessibility violations: $state', async ({ screen, view, flips }) => {
      const page = await newPage({ ...screen, colorScheme: view === 'original' ? 'dark' : 'light' });
      await gotoWithoutScripts(page, `/es${article}`);
      await page.locator(`.view-switcher [data-view="${view}"]`).click();
      for (const id of flips) await page.locator(`[id="${id}"] .flip input`).click();
      expect(await checkedView(page)).toBe(view);
      await expectShown(page, { lng: 'es', view, flipped: [...flips], narrow: screen === phone });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
