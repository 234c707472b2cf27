import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayStorageKey, textSizes } from '@/lib/reader/display-settings';
import { views } from '@/lib/reader/reader-state';
import { hydrated, liveRegion, setUpBrowser } from './browser';
import { lineLengths } from './line-lengths';

// Issue 13, points 3 and 4: every text size fits a phone (320 and 390 px wide) in every view,
// with no sideways scroll, no cut label, lines of at least 30 characters and a one-row sticky
// bar; phone side by side compares a paragraph's two versions in place, by tabs above it; and
// no notice covers the text being read.

const article = '/articles/belarus-cuba-military-ties';
const phones = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
] as const;
const largest = textSizes[textSizes.length - 1]!;
/**
 * The sticky bar on a phone: one row of 36 px (2.25rem) touch targets inside the view
 * switcher's padding and border (~8 px) and the bar's own padding and rule (~17 px), about
 * 61 px. A second row would add at least 36 px, so 64 px means "one row", whatever the size.
 */
const oneRowBar = 64;
const minLine = 30;

const { newPage } = setUpBrowser();

/** Opens the article at `textSize` (stored as the display controls store it), hydrated. */
async function open(page: Page, path: string, textSize: number) {
  await page.goto('/en');
  await page.evaluate(([key, size]) => localStorage.setItem(key, JSON.stringify({ textSize: size })), [
    displayStorageKey,
    textSize,
  ] as const);
  await page.goto(path);
  await hydrated(page);
  await page.evaluate(() => document.fonts.ready);
}

/** Switches the view as its radio button would, without scrolling to it. */
async function setView(page: Page, view: string) {
  await page.evaluate(
    (v) => document.querySelector<HTMLInputElement>(`input[name="view"][value="${v}"]`)!.click(),
    view,
  );
  await page.waitForFunction(
    (v) => new URLSearchParams(location.search).get('view') === (v === 'reading' ? null : v),
    view,
  );
}

/** What the tests measure of the page as it is: overflow, cut controls, the sticky bar. */
function layout(page: Page) {
  return page.evaluate(() => {
    const controls = [
      '.site-header a, .site-header button, .site-header select',
      '.language-switch, .listen-article, .toolbar label, .shortcuts-button',
      '.block-controls .flip, .flip-option, .listen, .share, .block-note, .stale-link, .stale-link button',
    ].join(', ');
    const cut = [...document.querySelectorAll<HTMLElement>(controls)]
      .filter((e) => e.checkVisibility())
      .flatMap((e) => {
        const r = e.getBoundingClientRect();
        const inline = getComputedStyle(e).display === 'inline';
        const what = `${e.tagName.toLowerCase()}.${e.className} "${e.textContent?.trim().slice(0, 30)}"`;
        const problems = [
          r.left < -0.5 || r.right > innerWidth + 0.5 ? `spans ${Math.round(r.left)} to ${Math.round(r.right)} px` : '',
          !inline && e.tagName !== 'SELECT' && e.scrollWidth > e.clientWidth + 1
            ? `text ${e.scrollWidth} px wide in ${e.clientWidth}`
            : '',
          !inline && e.tagName !== 'SELECT' && e.scrollHeight > e.clientHeight + 1
            ? `text ${e.scrollHeight} px high in ${e.clientHeight}`
            : '',
        ].filter(Boolean);
        return problems.length ? [`${what}: ${problems.join(', ')}`] : [];
      });
    const bar = document.querySelector<HTMLElement>('.toolbar')!;
    const rows = new Set(
      [...bar.children]
        .filter((c) => (c as HTMLElement).checkVisibility())
        .map((c) => {
          const r = c.getBoundingClientRect();
          return Math.round(r.top + r.height / 2);
        }),
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      cut,
      barHeight: bar.getBoundingClientRect().height,
      barRows: rows.size,
      pageHeight: document.documentElement.scrollHeight,
      readingSize: getComputedStyle(document.querySelector('.blocks')!).fontSize,
    };
  });
}

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!;

const screens = [
  ...phones.map((viewport) => ({ name: `${viewport.width} × ${viewport.height} phone`, viewport, hasTouch: true })),
  // A desktop window at 400 % zoom (WCAG 1.4.10): a classic scroll bar, a mouse, the shortcuts button shown.
  { name: '320 px window with a mouse', viewport: phones[0], hasTouch: false },
];

describe.each(screens.map((screen) => [screen.name, screen] as const))('a %s', (_, { viewport, hasTouch }) => {
  it.each(textSizes)(
    'fits text size %i in every view: no sideways scroll, no cut label, one-row bar, lines of 30+ characters',
    async (textSize) => {
      const page = await newPage({ viewport, hasTouch });
      const figures: string[] = [];
      for (const lng of ['es', 'en']) {
        await open(page, `/${lng}${article}`, textSize);
        for (const view of views) {
          await setView(page, view);
          const where = `${lng}, ${view}, text size ${textSize}`;
          const found = await layout(page);
          expect(found.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(found.innerWidth);
          expect(found.cut, `${where}: controls cut or off screen`).toEqual([]);
          expect(found.barRows, `${where}: the sticky bar wraps`).toBe(1);
          expect(found.barHeight, `${where}: the sticky bar's height`).toBeLessThanOrEqual(oneRowBar);
          const lengths = await lineLengths(page);
          expect(lengths.length, where).toBeGreaterThan(40);
          const [low, middle] = [quantile(lengths, 0.1), quantile(lengths, 0.5)];
          expect(middle, `${where}: characters a line (median)`).toBeGreaterThanOrEqual(minLine);
          if (view === 'reading') figures.push(`${lng} ${middle} (10th percentile ${low})`);
        }
      }
      const where = `${viewport.width} px${hasTouch ? '' : ' with a mouse'}, text size ${textSize}`;
      console.info(`${where}: characters a line in the reading view, median ${figures.join(', ')}`);
    },
  );
});

/** Side by side on a phone, block by block: the shown versions, the tabs and what is filled. */
function pairs(page: Page, only?: number) {
  return page.$$eval(
    '.block',
    (blocks, n) =>
      (n === undefined ? blocks : [blocks[n]!]).map((block) => {
        const shown = [...block.querySelectorAll<HTMLElement>('.version')].filter((v) => v.checkVisibility());
        const flip = block.querySelector<HTMLElement>('.flip')!;
        const tabs = [...flip.querySelectorAll<HTMLElement>('.flip-option')].map((tab) => {
          const r = tab.getBoundingClientRect();
          const filled = getComputedStyle(tab).backgroundColor !== 'rgba(0, 0, 0, 0)';
          const text = tab.innerText.replace(/\s+/g, ' ').trim();
          return { lang: tab.dataset.lang!, text, filled, x: r.x + r.width / 2, y: r.y, middle: r.y + r.height / 2 };
        });
        const tabsBox = flip.getBoundingClientRect();
        const last = shown.at(-1)?.getBoundingClientRect();
        return {
          id: block.id,
          shown: shown.map((v) => v.dataset.lang),
          tabs,
          tabsTop: tabsBox.top,
          tabsBottom: tabsBox.bottom,
          textTop: shown[0]?.getBoundingClientRect().top ?? 0,
          /** From the tabs' top to the shown text's bottom: what must fit on the screen. */
          height: (last?.bottom ?? 0) - tabsBox.top,
          barBottom: document.querySelector('.toolbar')!.getBoundingClientRect().bottom,
          atPageEnd: scrollY + innerHeight >= document.documentElement.scrollHeight - 1,
        };
      }),
    only,
  );
}

/** Paragraph `n` (from 0) side by side, as `pairs` measures it. */
const pair = (page: Page, n: number) => pairs(page, n).then((found) => found[0]!);

describe.each(phones)('side by side on a $width × $height phone', (viewport) => {
  it.each(textSizes)('shows each paragraph and its tabs on one screen below the bar at text size %i', async (size) => {
    const page = await newPage({ viewport, hasTouch: true });
    await open(page, `/es${article}?view=side-by-side`, size);
    const room = viewport.height - (await layout(page)).barHeight;
    const tallest: Record<string, number> = {};
    for (const flipped of [false, true]) {
      if (flipped)
        await page.evaluate(() =>
          document.querySelectorAll<HTMLInputElement>('input[name="flip"]').forEach((i) => i.click()),
        );
      for (const pair of await pairs(page)) {
        const lang = pair.shown[0]!;
        expect(pair.shown, `${pair.id}: one version at a time`).toHaveLength(1);
        expect(pair.tabsBottom, `${pair.id}: the tabs sit above the text`).toBeLessThanOrEqual(pair.textTop);
        tallest[lang] = Math.max(tallest[lang] ?? 0, pair.height);
        expect(
          pair.height,
          `${pair.id} in ${lang} with its tabs, against ${room} px below the bar`,
        ).toBeLessThanOrEqual(room);
      }
    }
    const { pageHeight } = await layout(page);
    console.info(
      `phone side by side ${viewport.width}×${viewport.height}, text size ${size}: page ${pageHeight} px; tallest ` +
        `paragraph with its tabs ${Math.round(tallest.es!)} px (es), ${Math.round(tallest.en!)} px (en); ${room} px below the bar`,
    );
  });
});

describe('comparing on a phone, side by side', () => {
  it.each([
    [phones[1], 1],
    [phones[0], largest],
  ] as const)(
    'swaps each paragraph in place with a tap on the other tab (%o, text size %i)',
    async (viewport, size) => {
      const page = await newPage({ viewport, hasTouch: true, reducedMotion: 'reduce' });
      await open(page, `/es${article}?view=side-by-side`, size);
      const count = await page.locator('.block').count();
      expect(count).toBe(21);
      const moved: string[] = [];
      for (let i = 0; i < count; i++) {
        // The paragraph just below the sticky bar, as a reader comparing it would have it.
        await page.evaluate((n) => {
          const block = document.querySelectorAll('.block')[n]!;
          const bar = document.querySelector('.toolbar')!.getBoundingClientRect().height;
          window.scrollTo(0, block.getBoundingClientRect().top + scrollY - bar);
        }, i);
        let before = await pair(page, i);
        const where = `paragraph ${i + 1} (${before.id})`;
        // Both tabs name their language in itself, the shown one filled.
        expect(before.tabs.map((t) => t.text.toLowerCase())).toEqual([
          expect.stringMatching(/^english\b/),
          expect.stringMatching(/^español\b/),
        ]);
        expect(before.shown, where).toEqual(['es']);
        expect(
          before.tabs.map((t) => t.filled),
          where,
        ).toEqual([false, true]);
        expect(before.tabsTop, `${where}: its tabs show below the bar`).toBeGreaterThanOrEqual(before.barBottom - 1);

        // A tap on the version already shown changes nothing.
        await page.touchscreen.tap(before.tabs[1]!.x, before.tabs[1]!.middle);
        await page.evaluate(() => new Promise(requestAnimationFrame));
        expect((await pair(page, i)).shown, `${where}: a tap on the shown tab`).toEqual(['es']);

        for (const [tapped, lang] of [
          [0, 'en'],
          [1, 'es'],
        ] as const) {
          const tab = before.tabs[tapped]!;
          await page.touchscreen.tap(tab.x, tab.middle);
          await page.waitForFunction(
            ([n, l]) =>
              [...document.querySelectorAll('.block')[n as number]!.querySelectorAll<HTMLElement>('.version')].some(
                (v) => v.dataset.lang === l && v.checkVisibility(),
              ),
            [i, lang] as const,
          );
          const after = await pair(page, i);
          expect(after.shown, `${where}: a tap on ${lang} shows it`).toEqual([lang]);
          expect(
            after.tabs.map((t) => t.filled),
            where,
          ).toEqual([tapped === 0, tapped === 1]);
          // At the end of the page a shorter version shortens it, and the browser scrolls back:
          // the tabs may move there, but stay in view.
          const dy = after.tabs[tapped]!.y - tab.y;
          if (after.atPageEnd && Math.abs(dy) > 1) moved.push(`paragraph ${i + 1} ${Math.round(dy)} px`);
          else expect(Math.abs(dy), `${where}: the tabs stay put`).toBeLessThanOrEqual(1);
          expect(after.tabsTop, `${where}: its tabs stay below the bar`).toBeGreaterThanOrEqual(after.barBottom - 1);
          expect(after.tabsBottom, `${where}: its tabs stay on screen`).toBeLessThanOrEqual(viewport.height);
          before = after;
        }
      }
      console.info(`tabs moved at the page's end, ${viewport.width} px, size ${size}: ${moved.join(', ') || 'none'}`);
      expect(moved.length, 'only at the very end of the page').toBeLessThanOrEqual(2);
    },
  );
});

describe('notices', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage({ viewport: phones[0], hasTouch: true, reducedMotion: 'reduce' });
  });

  /** The boxes of the notices that show, and those of the text that shows. */
  const overlaps = () =>
    page.evaluate(() => {
      const boxes = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((e) => e.checkVisibility())
          .map((e) => ({ e, r: e.getBoundingClientRect() }));
      const text = boxes('.block .version > :not(.version-label)');
      return boxes('.block-note, .stale-link, [role="status"]').flatMap(({ e, r }) =>
        text
          .filter(
            ({ r: t }) =>
              r.width * r.height > 1 && r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom,
          )
          .map(({ e: t }) => `${e.className} covers ${t.closest('.block')!.id}`),
      );
    });

  it('a copy that failed shows its note under the paragraph, on screen, at the largest size on 320 px', async () => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      document.execCommand = () => false;
    });
    await open(page, `/es${article}`, largest);
    const block = page.locator('.block').nth(2);
    await block.locator('.share').evaluate((share) => share.scrollIntoView({ block: 'center' }));
    const top = await block.evaluate((b) => b.getBoundingClientRect().top);
    await block.locator('.share').tap();
    const note = block.locator('.block-note');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/^Copia este enlace: http/);
    const box = (await note.boundingBox())!;
    const text = (await block.locator('.version:visible').boundingBox())!;
    expect(box.y, 'under the text').toBeGreaterThanOrEqual(text.y + text.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(phones[0].width);
    expect(box.y + box.height, 'on screen').toBeLessThanOrEqual(phones[0].height);
    expect(await note.evaluate((n) => getComputedStyle(n).position), 'in the flow').toBe('static');
    expect(await overlaps()).toEqual([]);
    expect(await layout(page).then((l) => [l.scrollWidth <= l.innerWidth, l.cut])).toEqual([true, []]);
    expect(await block.evaluate((b) => b.getBoundingClientRect().top), 'the paragraph stays put').toBeCloseTo(top, 0);
  });

  it('a link to a gone paragraph says so above the text, and the live region takes no room', async () => {
    await open(page, `/es${article}#no-such-paragraph`, largest);
    await page.locator('.stale-link').waitFor();
    await page
      .locator('.block .flip input')
      .first()
      .evaluate((i: HTMLInputElement) => i.click());
    await expect.poll(() => liveRegion(page).innerText()).toBe('Párrafo mostrado en inglés');
    expect(await overlaps()).toEqual([]);
    const live = (await liveRegion(page).boundingBox())!;
    expect(live.width * live.height, 'the live region is out of sight').toBeLessThanOrEqual(1);
    expect(await layout(page).then((l) => [l.scrollWidth <= l.innerWidth, l.cut])).toEqual([true, []]);
  });
});
