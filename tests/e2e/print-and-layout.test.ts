import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, setUpBrowser } from './browser';
import { lineLengths } from './line-lengths';

const article = '/articles/belarus-cuba-military-ties';
const spanishBlock = 'la-visita-del-jefe-del-estado';
const lead = 'the-chief-of-the-general-staff';
const white = 'rgb(255, 255, 255)';
const black = 'rgb(0, 0, 0)';
const transparent = 'rgba(0, 0, 0, 0)';
const accentSoft = 'rgb(230, 240, 250)';

const { newPage } = setUpBrowser();

/** Waits until the reader has hydrated (its controls are live) and every request is done. */
async function ready(page: Page) {
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
}

/** Each block's shown versions: language and box. */
function shownVersions(page: Page) {
  return page.$$eval('.block', (blocks) =>
    blocks.map((block) => ({
      id: block.id,
      versions: [...block.querySelectorAll<HTMLElement>('.version')]
        .filter((v) => v.checkVisibility())
        .map((v) => {
          const { top, bottom, left, right } = v.getBoundingClientRect();
          return { lang: v.dataset.lang, top, bottom, left, right };
        }),
    })),
  );
}

/** What a control-free printout must not show. */
async function shownControls(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.site-header, .toolbar, .view-switcher, .block-controls, .flip, button, select, .skip-link',
      ),
    ]
      .filter((e) => e.checkVisibility())
      .map((e) => e.className || e.tagName),
  );
}

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

describe('print', () => {
  it('prints the reading view as one column of text in the page language, flips kept, black on white, without controls', async () => {
    // Dark theme on screen: paper still gets black on white.
    const page = await newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(`/en${article}?flip=${spanishBlock}`);
    await ready(page);
    expect(await page.locator('.print-url').isVisible()).toBe(false);
    expect((await shownControls(page)).length).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    expect(await shownControls(page)).toEqual([]);
    expect(await page.locator('.version-label:visible').count()).toBe(0);

    const blocks = await shownVersions(page);
    expect(blocks).toHaveLength(21);
    for (const block of blocks) {
      expect(
        block.versions.map((v) => v.lang),
        block.id,
      ).toEqual([block.id === spanishBlock ? 'es' : 'en']);
    }
    const shown = blocks.map((b) => b.versions[0]!);
    expect(new Set(shown.map((v) => Math.round(v.left))).size).toBe(1);
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.top).toBeGreaterThanOrEqual(shown[i - 1]!.bottom - 1);

    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        paper: style('body').backgroundColor,
        ink: style('[id="the-chief-of-the-general-staff"] .version[data-lang="en"] p').color,
        title: style('h1').color,
        byline: style('.byline').color,
        link: style('.print-url a').color,
      };
    });
    expect(colours).toEqual({ paper: white, ink: black, title: black, byline: 'rgb(51, 51, 51)', link: black });

    const url = await canonical(page);
    expect(url).toMatch(/^https?:\/\/[^/]+\/en\/articles\/belarus-cuba-military-ties$/);
    const line = page.locator('.print-url');
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toBe(`Read online: ${url}`);
    expect(await line.getAttribute('lang')).toBe('en');
    expect(await line.locator('a').getAttribute('href')).toBe(url);
    // Under the byline, above the text.
    const [byline, urlLine, first] = await Promise.all(
      ['.byline', '.print-url', `[id="${lead}"]`].map((s) => page.locator(s).boundingBox()),
    );
    expect(urlLine!.y).toBeGreaterThanOrEqual(byline!.y + byline!.height);
    expect(first!.y).toBeGreaterThanOrEqual(urlLine!.y + urlLine!.height);
  });

  it('prints side by side as two columns even on a page narrower than the phone layout, with the address in Spanish', async () => {
    const page = await newPage({ viewport: { width: 700, height: 900 } });
    await page.goto(`/es${article}?view=side-by-side`);
    await ready(page);
    // On a 700 px screen each pair shows one version at a time, the page's language unless flipped…
    for (const { id, versions } of await shownVersions(page)) {
      expect(
        versions.map((v) => v.lang),
        id,
      ).toEqual(['es']);
    }

    // …on paper of the same width they stay side by side.
    await page.emulateMedia({ media: 'print' });
    expect(await shownControls(page)).toEqual([]);
    const blocks = await shownVersions(page);
    expect(blocks).toHaveLength(21);
    for (const { id, versions } of blocks) {
      expect(
        versions.map((v) => v.lang),
        id,
      ).toEqual(['en', 'es']);
      const [en, es] = versions as [(typeof versions)[0], (typeof versions)[0]];
      expect(Math.abs(en.top - es.top), id).toBeLessThanOrEqual(1);
      expect(es.left, id).toBeGreaterThanOrEqual(en.right);
      expect(es.right, id).toBeLessThanOrEqual(700);
    }
    // Each column names its language, on every row.
    const labels = await page.$$eval('.block', (blocks) =>
      blocks.map((block) =>
        [...block.querySelectorAll<HTMLElement>('.version-language')]
          .filter((l) => l.checkVisibility())
          .map((l) => l.textContent),
      ),
    );
    expect(labels).toEqual(Array.from({ length: 21 }, () => ['inglés', 'español']));

    const url = await canonical(page);
    expect(url).toMatch(/\/es\/articles\/belarus-cuba-military-ties$/);
    expect(await page.locator('.print-url').innerText()).toBe(`Léelo en línea: ${url}`);
    expect(await page.locator('.print-url').getAttribute('lang')).toBe('es');
  });

  it('makes a PDF of several pages', async () => {
    const page = await newPage();
    await page.goto(`/en${article}?view=side-by-side`);
    await ready(page);
    const url = await canonical(page);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The address line is printed, as a link to the article.
    expect(pdf.toString('latin1')).toContain(`/URI (${url})`);
  });
});

/** The computed background of each version of a block, English then Spanish. */
function backgrounds(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .version`, (vs) => vs.map((v) => getComputedStyle(v).backgroundColor));
}

describe('side-by-side alignment cues', () => {
  it('tints both versions of the block under the pointer, at once when motion is reduced', async () => {
    const page = await newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    await page.goto(`/en${article}?view=side-by-side`);
    await ready(page);
    expect(await backgrounds(page, spanishBlock)).toEqual([transparent, transparent]);

    await page.hover(`[id="${spanishBlock}"] .version[data-lang="en"]`);
    // No transition: read straight after the pointer moved.
    expect(await backgrounds(page, spanishBlock)).toEqual([accentSoft, accentSoft]);
    expect(await backgrounds(page, lead)).toEqual([transparent, transparent]);

    await page.hover(`[id="${lead}"] .version[data-lang="es"]`);
    expect(await backgrounds(page, lead)).toEqual([accentSoft, accentSoft]);
    expect(await backgrounds(page, spanishBlock)).toEqual([transparent, transparent]);

    await page.mouse.move(0, 0);
    expect(await backgrounds(page, lead)).toEqual([transparent, transparent]);
  });

  it('fades the tint in when motion is allowed', async () => {
    const page = await newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'no-preference',
      colorScheme: 'light',
    });
    await page.goto(`/en${article}?view=side-by-side`);
    await ready(page);
    await page.hover(`[id="${lead}"] .version[data-lang="en"]`);
    await page.waitForFunction(
      ([id, colour]) =>
        [...document.querySelectorAll(`[id="${id}"] .version`)].every(
          (v) => getComputedStyle(v).backgroundColor === colour,
        ),
      [lead, accentSoft],
      { timeout: 5_000 },
    );
    expect(await page.$eval(`[id="${lead}"] .version`, (v) => getComputedStyle(v).transitionDuration)).not.toMatch(
      /^0s/,
    );
  });

  it('tints both versions of the block the keyboard is in', async () => {
    const page = await newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      colorScheme: 'light',
    });
    await page.goto(`/en${article}?view=side-by-side`);
    await ready(page);
    await page.mouse.move(0, 0);
    let block: string | undefined;
    for (let i = 0; i < 30 && !block; i++) {
      await page.keyboard.press('Tab');
      block = await page.evaluate(() => document.activeElement?.closest('.block')?.id);
    }
    expect(block).toBe(lead);
    // The block's controls are one Tab stop, its flip switch, which side by side says it has nothing to do.
    expect(
      await page.evaluate(() => [document.activeElement?.getAttribute('name'), document.activeElement?.ariaDisabled]),
    ).toEqual(['flip', 'true']);
    expect(await backgrounds(page, lead)).toEqual([accentSoft, accentSoft]);

    // The next Tab goes on to the next block's controls: the tint follows focus.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('.block')?.id);
    expect(next).not.toBe(lead);
    expect(await backgrounds(page, next!)).toEqual([accentSoft, accentSoft]);
    expect(await backgrounds(page, lead)).toEqual([transparent, transparent]);
  });
});

/** Each side-by-side block: its versions' and their first text's tops, and the pair's bottom and the next block's top. */
function pairGeometry(page: Page) {
  return page.$$eval('.block', (blocks) =>
    blocks.map((block, i) => {
      const versions = [...block.querySelectorAll<HTMLElement>('.pair > .version')];
      return {
        id: block.id,
        tops: versions.map((v) => v.getBoundingClientRect().top),
        bottoms: versions.map((v) => v.getBoundingClientRect().bottom),
        textTops: versions.map((v) => v.querySelector(':scope > :not(.version-label)')!.getBoundingClientRect().top),
        pairBottom: block.querySelector('.pair')!.getBoundingClientRect().bottom,
        nextTop: blocks[i + 1]?.getBoundingClientRect().top,
      };
    }),
  );
}

describe('side-by-side columns never drift', () => {
  it.each([1, 4])(
    'starts both versions of every block level, and their text too, at 1280 px (text size %i)',
    async (textSize) => {
      const page = await newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(
        (size) => localStorage.setItem('paralelo:display', JSON.stringify({ textSize: size })),
        textSize,
      );
      await page.goto(`/es${article}?view=side-by-side`);
      await ready(page);
      const rows = await pairGeometry(page);
      expect(rows).toHaveLength(21);
      for (const row of rows) {
        const [en, es] = row.tops as [number, number];
        expect(Math.abs(en - es), row.id).toBeLessThanOrEqual(1);
        const [enText, esText] = row.textTops as [number, number];
        expect(Math.abs(enText - esText), row.id).toBeLessThanOrEqual(1);
        if (row.nextTop !== undefined) expect(row.pairBottom, row.id).toBeLessThanOrEqual(row.nextTop + 0.5);
      }
    },
  );

  it('shows one version of each pair at a time on a phone, its tabs above it, without running into the next block', async () => {
    const flipped = 'the-belarusian-ministry-of-defense-confirmed';
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`/en${article}?view=side-by-side&flip=${flipped}`);
    await ready(page);
    const rows = await page.$$eval('.block', (blocks) =>
      blocks.map((block, i) => {
        const shown = [...block.querySelectorAll<HTMLElement>('.pair > .version')].filter((v) => v.checkVisibility());
        const filled = [...block.querySelectorAll<HTMLElement>('.flip-option')].filter(
          (o) => getComputedStyle(o).backgroundColor !== 'rgba(0, 0, 0, 0)',
        );
        return {
          id: block.id,
          shown: shown.map((v) => v.dataset.lang),
          filled: filled.map((o) => o.dataset.lang),
          tabsBottom: block.querySelector('.flip')!.getBoundingClientRect().bottom,
          textTop: shown[0]?.getBoundingClientRect().top ?? NaN,
          pairBottom: block.querySelector('.pair')!.getBoundingClientRect().bottom,
          nextTop: blocks[i + 1]?.getBoundingClientRect().top,
        };
      }),
    );
    expect(rows).toHaveLength(21);
    for (const row of rows) {
      const lang = row.id === flipped ? 'es' : 'en';
      expect(row.shown, row.id).toEqual([lang]);
      expect(row.filled, `${row.id}: the tab of the version shown is the one filled`).toEqual([lang]);
      expect(row.textTop, row.id).toBeGreaterThanOrEqual(row.tabsBottom);
      if (row.nextTop !== undefined) expect(row.pairBottom, row.id).toBeLessThanOrEqual(row.nextTop + 0.5);
    }
  });
});

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('comfortable measure', () => {
  // The reading text scales with the text size (18 px at the default); the rest of the page keeps its size.
  const readingSizes = ['15.75px', '18px', '20.25px', '22.5px', '27px'];

  it.each([0, 1, 2, 3, 4])(
    'sets 60 to 75 characters a line in the reading view at 1280 px (text size %i)',
    async (textSize) => {
      for (const lng of ['en', 'es']) {
        const page = await newPage({ viewport: { width: 1280, height: 900 } });
        await page.addInitScript(
          (size) => localStorage.setItem('paralelo:display', JSON.stringify({ textSize: size })),
          textSize,
        );
        await page.goto(`/${lng}${article}`);
        await ready(page);
        expect(
          await page.evaluate(() => ({
            reading: getComputedStyle(document.querySelector('.blocks p')!).fontSize,
            root: getComputedStyle(document.documentElement).fontSize,
          })),
        ).toEqual({ reading: readingSizes[textSize], root: '16px' });
        const lengths = await lineLengths(page);
        expect(lengths.length, lng).toBeGreaterThan(40);
        const m = median(lengths);
        expect(m, `${lng}: median ${m} characters a line`).toBeGreaterThanOrEqual(60);
        expect(m, `${lng}: median ${m} characters a line`).toBeLessThanOrEqual(75);
        await page.context().close();
      }
    },
  );
});
