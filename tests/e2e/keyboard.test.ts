import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser } from './browser';

const article = '/articles/belarus-cuba-military-ties';
const visit = 'la-visita-del-jefe-del-estado';
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

const { newPage, baseURL } = setUpBrowser();

/** The focused element as the tests see it, measured in the page. */
interface Focused {
  /** For messages: tag, classes, name. */
  description: string;
  tag: string;
  className: string;
  /** Roughly its accessible name: aria-label, else its text without aria-hidden parts. */
  name: string;
  lang: string | null;
  /** The ID of the article block it is or is in. */
  block: string | null;
  region: 'header' | 'main' | 'dialog' | 'other';
  /** An outline (not none, wider than 0) or a box shadow. */
  indicator: boolean;
  /** Its centre is on screen and nothing (the sticky toolbar) covers it. */
  visible: boolean;
  ariaPressed: string | null;
  ariaDisabled: string | null;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement instanceof HTMLElement ? document.activeElement : document.body;
    if (el === document.body) {
      const none = {
        description: '<body> (no element has the focus)',
        tag: 'body',
        className: '',
        name: '',
        lang: null,
        block: null,
      };
      return {
        ...none,
        region: 'other',
        indicator: false,
        visible: false,
        ariaPressed: null,
        ariaDisabled: null,
      } satisfies Focused;
    }
    const style = getComputedStyle(el);
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
    const name = (el.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rect = el.getBoundingClientRect();
    const [x, y] = [rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 10)];
    const hit = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight ? document.elementFromPoint(x, y) : null;
    const region = el.closest('dialog')
      ? 'dialog'
      : el.closest('header.site-header')
        ? 'header'
        : el.closest('main')
          ? 'main'
          : 'other';
    return {
      description: `<${el.tagName.toLowerCase()} class="${el.className}"> "${name.slice(0, 50)}"`,
      tag: el.tagName.toLowerCase(),
      className: typeof el.className === 'string' ? el.className : '',
      name,
      lang: el.getAttribute('lang'),
      block: el.closest('.block')?.id ?? null,
      region,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      visible: rect.width > 0 && hit !== null && (hit === el || el.contains(hit)),
      ariaPressed: el.getAttribute('aria-pressed'),
      ariaDisabled: el.getAttribute('aria-disabled'),
    } satisfies Focused;
  });
}

/** Fails unless the focused element shows where the focus is. */
function expectFocusShown(f: Focused) {
  expect(f.indicator, `no visible focus indicator on ${f.description}`).toBe(true);
  expect(f.visible, `focused ${f.description} is off screen or covered`).toBe(true);
}

/**
 * Presses `key` (Tab unless told) until the focused element matches, checking on the way that
 * each element it focuses shows its focus; fails after `max` presses, naming what it went
 * through. Returns the element it stopped on and every one it passed.
 */
async function tabTo(
  page: Page,
  what: string,
  matches: (f: Focused) => boolean,
  { key = 'Tab', max = 60 }: { key?: string; max?: number } = {},
): Promise<{ at: Focused; passed: Focused[] }> {
  const passed: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f.tag !== 'body') expectFocusShown(f);
    if (matches(f)) return { at: f, passed };
    passed.push(f);
  }
  const trail = passed.map((f) => `\n  ${f.description}`).join('');
  throw new Error(`${max} presses of ${key} did not reach ${what}; focus went through:${trail}`);
}

async function open(path: string, options: BrowserContextOptions = {}) {
  // Reduced motion: j and k scroll at once, so the focused block is where it will stay.
  const page = await newPage({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(path);
  if (path.includes('/articles/')) {
    await page.waitForFunction(() => document.querySelector('#reader_blocks button')?.hasAttribute('aria-pressed'));
  }
  await page.waitForLoadState('networkidle');
  return page;
}

/** The languages of the versions of a block that show. */
const shownLangs = (page: Page, id: string) =>
  page.$$eval(`[id="${id}"] .version`, (vs) =>
    vs.filter((v) => v.checkVisibility()).map((v) => v.getAttribute('lang')),
  );

const rootSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

describe('keyboard only', () => {
  it('the first Tab shows the skip link, which moves the focus to the main content', async () => {
    const page = await open(`/en${article}`);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.className).toBe('skip-link');
    expect(skip.name).toBe('Skip to content');
    expectFocusShown(skip);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), 'the skip link moves the focus to <main>').toBe(
      'main_content',
    );
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(next.region, `Tab after the skip link went to ${next.description}`).toBe('main');
  });

  it('reaches every header control, and steps the text size with Enter and Space without losing the focus', async () => {
    const page = await open('/es');
    const { at, passed } = await tabTo(page, 'the first article link', (f) => f.region === 'main' && f.tag === 'a');
    const header = [...passed, at].filter((f) => f.region === 'header');
    const names = header.map((f) => f.name);
    expect(names, 'the language switch').toContain('Read in English');
    expect(header.find((f) => f.tag === 'select')?.name, 'the theme select').toBeDefined();
    expect(names).toEqual(expect.arrayContaining(['Texto más pequeño', 'Texto más grande']));
    expect(header.find((f) => f.name === 'Read in English')?.lang).toBe('en');

    await tabTo(page, 'the larger text button', (f) => f.name === 'Texto más grande', { key: 'Shift+Tab' });
    for (const size of ['18px', '20px', '24px', '24px']) {
      await page.keyboard.press('Enter');
      expect(await rootSize(page)).toBe(size);
      const f = await focused(page);
      expect(f.name, 'the focus stays on the button').toBe('Texto más grande');
      expectFocusShown(f);
    }
    expect((await focused(page)).ariaDisabled).toBe('true');

    await tabTo(page, 'the smaller text button', (f) => f.name === 'Texto más pequeño', { key: 'Shift+Tab', max: 3 });
    await page.keyboard.press('Space');
    expect(await rootSize(page)).toBe('20px');
    expect((await focused(page)).name).toBe('Texto más pequeño');
  });

  it('switches the view with Enter and Space on the view switcher, keeping the focus there', async () => {
    const page = await open(`/en${article}`);
    expect(await shownLangs(page, visit)).toEqual(['en']);

    await tabTo(page, 'the "As published" view button', (f) => f.name === 'As published');
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=original/);
    expect(await shownLangs(page, visit), 'the paragraph published in Spanish shows in Spanish').toEqual(['es']);
    let f = await focused(page);
    expect([f.name, f.ariaPressed]).toEqual(['As published', 'true']);
    expectFocusShown(f);

    await tabTo(page, 'the "Side by side" view button', (f) => f.name === 'Side by side', { key: 'Shift+Tab', max: 3 });
    await page.keyboard.press('Space');
    await page.waitForURL(/view=side-by-side/);
    expect(await shownLangs(page, visit)).toEqual(['en', 'es']);
    f = await focused(page);
    expect([f.name, f.ariaPressed]).toEqual(['Side by side', 'true']);
  });

  it('flips a block with Space on its flip button and shares it from its share button', async () => {
    const page = await open(`/en${article}`, clipboard);
    // j moves to the block; its buttons come after it, in whatever order.
    await tabTo(page, `block ${visit}`, (f) => f.block === visit && f.className.includes('block'), {
      key: 'j',
      max: 25,
    });
    const flip = await tabTo(page, 'its flip button', (f) => f.block === visit && f.className === 'flip', { max: 10 });
    expect(flip.at.name).toBe('ES: Show this paragraph in Spanish');

    await page.keyboard.press('Space');
    expect(await shownLangs(page, visit)).toEqual(['es']);
    let f = await focused(page);
    expect([f.className, f.ariaPressed]).toEqual(['flip', 'true']);
    await page.keyboard.press('Space');
    expect(await shownLangs(page, visit)).toEqual(['en']);

    await page.keyboard.press('k');
    await page.keyboard.press('j');
    expect((await focused(page)).block).toBe(visit);
    await tabTo(page, 'its share button', (f) => f.block === visit && f.className === 'share', { max: 10 });
    await page.keyboard.press('Enter');
    await page.locator('.toast[data-visible]', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en${article}/p/${visit}`);
    f = await focused(page);
    expect(f.className, 'the focus stays on the share button').toBe('share');
  });

  it('moves, flips, shares and changes the view with j, k, t, s and v', async () => {
    const page = await open(`/es${article}`, clipboard);
    const j1 = await tabTo(page, 'a block', (f) => f.className.includes('block'), { key: 'j', max: 1 });
    const j2 = await tabTo(page, 'the next block', (f) => f.block !== j1.at.block, { key: 'j', max: 1 });
    await tabTo(page, 'the first block again', (f) => f.block === j1.at.block, { key: 'k', max: 1 });
    const first = j1.at.block!;
    expect(j2.at.block).not.toBe(first);

    await page.keyboard.press('t');
    expect(await shownLangs(page, first)).toEqual(['en']);
    await page.keyboard.press('t');
    expect(await shownLangs(page, first)).toEqual(['es']);

    await page.keyboard.press('s');
    await page.locator('.toast[data-visible]', { hasText: 'Enlace copiado' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/es${article}/p/${first}`);

    await page.keyboard.press('v');
    await page.waitForSelector('.blocks[data-view="side-by-side"]');
    await page.keyboard.press('v');
    await page.waitForSelector('.blocks[data-view="original"]');
    expect((await focused(page)).block, 'the focused block keeps the focus').toBe(first);
  });

  it('opens the shortcuts with ?, focus inside; Escape closes them and gives the focus back', async () => {
    const page = await open(`/en${article}`);
    await page.keyboard.press('j');
    const before = await focused(page);
    await page.keyboard.press('?');
    await page.locator('dialog.shortcuts[open]').waitFor();
    const inside = await focused(page);
    expect(inside.region).toBe('dialog');
    expectFocusShown(inside);
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.shortcuts[open]').count()).toBe(0);
    expect((await focused(page)).block).toBe(before.block);

    await tabTo(page, 'the shortcuts button', (f) => f.name === 'Keyboard shortcuts', { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await page.locator('dialog.shortcuts[open]').waitFor();
    expect((await focused(page)).name).toBe('Close');
    await page.keyboard.press('Escape');
    expect((await focused(page)).name).toBe('Keyboard shortcuts');
  });

  it('turns the single-key shortcuts off and on again from the dialog, remembered (WCAG 2.1.4)', async () => {
    const page = await open(`/en${article}`);
    const toggleShortcuts = async () => {
      await tabTo(page, 'the shortcuts button', (f) => f.name === 'Keyboard shortcuts');
      await page.keyboard.press('Enter');
      await tabTo(page, 'the on/off checkbox', (f) => f.region === 'dialog' && f.tag === 'input', {
        key: 'Shift+Tab',
        max: 5,
      });
      await page.keyboard.press('Space');
      await page.keyboard.press('Escape');
      expect((await focused(page)).name).toBe('Keyboard shortcuts');
    };
    const blockFocusedBy = async (key: string) => {
      await page.keyboard.press(key);
      return (await focused(page)).block !== null;
    };

    await toggleShortcuts();
    expect(await blockFocusedBy('j'), 'j does nothing once turned off').toBe(false);
    await page.keyboard.press('?');
    expect(await page.locator('dialog.shortcuts[open]').count(), '? does nothing either').toBe(0);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await blockFocusedBy('j'), 'still off after a reload').toBe(false);

    await toggleShortcuts();
    expect(await blockFocusedBy('j'), 'j works again').toBe(true);
  });

  it('opens a paragraph link with the focus on that paragraph, and Tab goes on to its buttons', async () => {
    const page = await open(`/es${article}/p/${visit}`);
    expect((await focused(page)).block).toBe(visit);
    const { at } = await tabTo(page, 'a button of the paragraph', (f) => f.tag === 'button', { max: 5 });
    expect(at.block).toBe(visit);
  });

  it.each([
    ['light', '/es'],
    ['dark', `/en${article}`],
    ['dark', `/es${article}?view=side-by-side`],
  ] as const)('shows the focus on every element Tab reaches (%s theme, %s)', async (colorScheme, path) => {
    const page = await open(path, { colorScheme });
    await page.keyboard.press('Tab');
    const start = await focused(page);
    expectFocusShown(start);
    // Round the whole page, back to where it started.
    const { passed } = await tabTo(page, 'the skip link again', (f) => f.className === 'skip-link', { max: 120 });
    expect(passed.filter((f) => f.tag !== 'body').length).toBeGreaterThan(3);
  });
});
