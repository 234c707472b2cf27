import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, liveRegion, setUpBrowser, shownView } from './browser';

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
  /** Its `name` attribute (the view radios' is "view", the flip switches' "flip"). */
  control: string | null;
  /** The ID of the article block it is or is in. */
  block: string | null;
  region: 'header' | 'main' | 'dialog' | 'other';
  /**
   * An outline (not none, wider than 0) or a box shadow, on the element or, for a visually
   * hidden input (a view radio, a flip switch), on the label that draws it.
   */
  indicator: boolean;
  /** Its centre (or its drawing label's) is on screen and nothing (the sticky toolbar) covers it. */
  visible: boolean;
  /** A checkbox's or radio's state; null for other elements. */
  checked: boolean | null;
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
        control: null,
        block: null,
      };
      return {
        ...none,
        region: 'other',
        indicator: false,
        visible: false,
        checked: null,
        ariaDisabled: null,
      } satisfies Focused;
    }
    // A visually hidden input shows its focus on the label that draws it (for a view radio, in the
    // toolbar; for a flip switch, the label around it).
    const input = el instanceof HTMLInputElement ? el : null;
    const drawn = (input && getComputedStyle(input).opacity === '0' && input.labels?.[0]) || el;
    const style = getComputedStyle(drawn);
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
    const name = (el.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    const rect = drawn.getBoundingClientRect();
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
      control: el.getAttribute('name'),
      block: el.closest('.block')?.id ?? null,
      region,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      visible: rect.width > 0 && hit !== null && (hit === el || drawn.contains(hit)),
      checked: input && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : null,
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
  if (path.includes('/articles/')) await hydrated(page);
  await page.waitForLoadState('networkidle');
  return page;
}

/** The languages of the versions of a block that show. */
const shownLangs = (page: Page, id: string) =>
  page.$$eval(`[id="${id}"] .version`, (vs) =>
    vs.filter((v) => v.checkVisibility()).map((v) => v.getAttribute('lang')),
  );

/** The computed font sizes of the article's reading text and of the page's root, which the text size leaves alone. */
const sizes = (page: Page) =>
  page.evaluate(() => ({
    reading: getComputedStyle(document.querySelector('.blocks p')!).fontSize,
    root: getComputedStyle(document.documentElement).fontSize,
  }));

/** Block `visit`'s number in the article, which names it and its controls. */
const visitNumber = 12;

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
    const page = await open(`/es${article}`);
    const { at, passed } = await tabTo(page, 'the first control of the article', (f) => f.region === 'main');
    const header = [...passed, at].filter((f) => f.region === 'header');
    const names = header.map((f) => f.name);
    expect(names, 'the language switch').toContain('Read in English');
    expect(header.find((f) => f.tag === 'select')?.name, 'the theme select').toBeDefined();
    expect(names).toEqual(expect.arrayContaining(['Texto más pequeño', 'Texto más grande']));
    expect(header.find((f) => f.name === 'Read in English')?.lang).toBe('en');

    await tabTo(page, 'the larger text button', (f) => f.name === 'Texto más grande', { key: 'Shift+Tab' });
    // The reading text grows (18 px at the default size, 1.125 times that a step up, and so on);
    // the rest of the page, the header's controls among it, keeps its size.
    expect(await sizes(page)).toEqual({ reading: '18px', root: '16px' });
    for (const size of ['20.25px', '22.5px', '27px', '27px']) {
      await page.keyboard.press('Enter');
      expect(await sizes(page)).toEqual({ reading: size, root: '16px' });
      const f = await focused(page);
      expect(f.name, 'the focus stays on the button').toBe('Texto más grande');
      expectFocusShown(f);
    }
    expect((await focused(page)).ariaDisabled).toBe('true');

    await tabTo(page, 'the smaller text button', (f) => f.name === 'Texto más pequeño', { key: 'Shift+Tab', max: 3 });
    await page.keyboard.press('Space');
    expect(await sizes(page)).toEqual({ reading: '22.5px', root: '16px' });
    expect((await focused(page)).name).toBe('Texto más pequeño');
  });

  it('switches the view with the arrow keys on the view switcher, one Tab stop, keeping the focus there', async () => {
    const page = await open(`/en${article}`);
    expect(await shownLangs(page, visit)).toEqual(['en']);

    // The view switcher is a group of radio buttons: Tab reaches the checked one, the arrows check the others.
    let f = (await tabTo(page, 'the view switcher', (f) => f.control === 'view')).at;
    expect([f.name, f.checked]).toEqual(['Reading', true]);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/view=side-by-side/);
    expect(await shownLangs(page, visit)).toEqual(['en', 'es']);
    f = await focused(page);
    expect([f.name, f.checked]).toEqual(['Side by side', true]);
    expectFocusShown(f);

    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/view=original/);
    expect(await shownLangs(page, visit), 'the paragraph published in Spanish shows in Spanish').toEqual(['es']);
    f = await focused(page);
    expect([f.name, f.checked]).toEqual(['As published', true]);
    expectFocusShown(f);
    // Space on the checked view keeps it.
    await page.keyboard.press('Space');
    expect(await shownView(page)).toBe('original');

    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/view=side-by-side/);
    expect(await shownLangs(page, visit)).toEqual(['en', 'es']);
    // One Tab stop: Tab leaves the group, Shift+Tab comes back to the view now checked.
    await page.keyboard.press('Tab');
    expect((await focused(page)).control).not.toBe('view');
    f = (await tabTo(page, 'the view switcher again', (f) => f.control === 'view', { key: 'Shift+Tab', max: 1 })).at;
    expect([f.name, f.checked]).toEqual(['Side by side', true]);
  });

  it('flips a block with Space on its flip switch and shares it from its share link, one Tab stop for all its controls', async () => {
    const page = await open(`/en${article}`, clipboard);
    await tabTo(page, `block ${visit}`, (f) => f.block === visit && f.className.includes('block'), {
      key: 'j',
      max: 25,
    });
    // Its controls come next, the flip switch first.
    const flip = await tabTo(page, 'its flip switch', (f) => f.block === visit && f.control === 'flip', { max: 1 });
    expect([flip.at.name, flip.at.checked]).toEqual([`Show paragraph ${visitNumber} in Spanish`, false]);

    await page.keyboard.press('Space');
    expect(await shownLangs(page, visit)).toEqual(['es']);
    let f = await focused(page);
    // A switch: its name says what it does, its state that it is on.
    expect([f.control, f.checked, f.name]).toEqual(['flip', true, `Show paragraph ${visitNumber} in Spanish`]);
    expectFocusShown(f);
    await expect.poll(() => liveRegion(page).textContent()).toBe('Paragraph shown in Spanish');
    await page.keyboard.press('Space');
    expect(await shownLangs(page, visit)).toEqual(['en']);

    await page.keyboard.press('k');
    await page.keyboard.press('j');
    expect((await focused(page)).block).toBe(visit);
    // The arrow keys move inside the block's toolbar: the flip, the listen button, the share link.
    await tabTo(page, 'its toolbar', (f) => f.block === visit && f.control === 'flip', { max: 1 });
    await tabTo(page, 'its share link', (f) => f.block === visit && f.className === 'share', {
      key: 'ArrowRight',
      max: 2,
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => liveRegion(page).textContent()).toBe('Link copied');
    await page.locator(`[id="${visit}"] .share-note`, { hasText: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en${article}/p/${visit}`);
    f = await focused(page);
    expect(f.className, 'the focus stays on the share link').toBe('share');
    expectFocusShown(f);

    // The block's controls are one Tab stop: Tab goes on to the next block's, and Shift+Tab
    // back to the control last used.
    f = (await tabTo(page, 'the next block’s controls', (f) => f.block !== visit, { max: 1 })).at;
    expect(f.control).toBe('flip');
    f = (await tabTo(page, 'the share link again', (f) => f.block === visit, { key: 'Shift+Tab', max: 1 })).at;
    expect(f.className).toBe('share');
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
    await expect.poll(() => liveRegion(page).textContent()).toBe('Párrafo mostrado en inglés');
    await page.keyboard.press('t');
    expect(await shownLangs(page, first)).toEqual(['es']);
    expect((await focused(page)).block, 't keeps the focus on the block').toBe(first);

    await page.keyboard.press('s');
    await expect.poll(() => liveRegion(page).textContent()).toBe('Enlace copiado');
    await page.locator(`[id="${first}"] .share-note`, { hasText: 'Copiado' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/es${article}/p/${first}`);

    await page.keyboard.press('v');
    await page.waitForURL(/view=side-by-side/);
    expect(await shownView(page)).toBe('side-by-side');
    expect((await focused(page)).block, 'v keeps the focus on the block').toBe(first);
    await page.keyboard.press('v');
    await page.waitForURL(/view=original/);
    expect(await shownView(page)).toBe('original');
    // The address changes at once; the place is put back in the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const f = await focused(page);
    expect(f.block, 'the focused block keeps the focus').toBe(first);
    expectFocusShown(f);
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

  it('opens a paragraph link with the focus on that paragraph, and Tab goes on to its controls', async () => {
    const page = await open(`/es${article}/p/${visit}`);
    expect((await focused(page)).block).toBe(visit);
    const { at } = await tabTo(page, 'a control of the paragraph', (f) => f.block === visit && f.tag !== 'div', {
      max: 1,
    });
    expect([at.control, at.name]).toEqual(['flip', `Mostrar el párrafo ${visitNumber} en inglés`]);
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
