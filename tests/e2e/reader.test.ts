import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, liveRegion, setUpBrowser, shownView, viewLabel } from './browser';

const article = '/articles/belarus-cuba-military-ties';
const spanishBlock = 'la-visita-del-jefe-del-estado';
const heading = 'triangular-cooperation-and-signs-of-cuban';
const lead = 'the-chief-of-the-general-staff';

const { newPage, baseURL } = setUpBrowser();

/** The `lang` and text of every shown version, block by block. */
async function shownVersions(page: Page) {
  return page.$$eval('.block', (blocks) =>
    blocks.map((block) => ({
      id: block.id,
      versions: [...block.querySelectorAll<HTMLElement>('.version')]
        .filter((v) => v.checkVisibility())
        .map((v) => ({
          lang: v.getAttribute('lang') ?? v.querySelector('[lang]')?.getAttribute('lang'),
          text: v.innerText.trim(),
        })),
    })),
  );
}

describe('reading view', () => {
  it('shows every block of the seed article in English, each marked lang="en"', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const blocks = await shownVersions(page);
    expect(blocks).toHaveLength(21);
    for (const block of blocks) expect(block.versions).toEqual([{ lang: 'en', text: expect.any(String) }]);
    const visit = blocks.find((b) => b.id === spanishBlock);
    expect(visit?.versions[0]?.text).toMatch(/^The visit of Belarus's Chief of the General Staff to Cuba/);
    await expect(page.locator('h1').textContent()).resolves.toContain('Belarus');
  });

  it('shows every block in Spanish at /es, each marked lang="es"', async () => {
    const page = await newPage();
    await page.goto(`/es${article}`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const blocks = await shownVersions(page);
    for (const block of blocks) expect(block.versions.map((v) => v.lang)).toEqual(['es']);
    expect(blocks.find((b) => b.id === spanishBlock)?.versions[0]?.text).toMatch(
      /^La visita del jefe del Estado Mayor bielorruso/,
    );
    expect(blocks.find((b) => b.id === heading)?.versions[0]?.text).toBe(
      'Cooperación triangular y señales del compromiso cubano en la guerra de Ucrania',
    );
    expect(await page.locator(`[id="${heading}"] h2:visible`).count()).toBe(1);
    expect(await page.locator('h1').getAttribute('lang')).toBe('es');
  });
});

describe('original view', () => {
  it('shows the article as published: the Spanish paragraph in Spanish, every other block in English', async () => {
    const page = await newPage();
    await page.goto(`/en${article}?view=original`);
    // Checked from the address before the first paint, so no wait for the app.
    expect(await page.getByRole('radio', { name: 'As published' }).isChecked()).toBe(true);
    expect(await shownView(page)).toBe('original');
    const blocks = await shownVersions(page);
    for (const block of blocks) {
      expect(block.versions.map((v) => v.lang)).toEqual([block.id === spanishBlock ? 'es' : 'en']);
    }
    // The segment the reader sees as chosen is the checked one, and only it.
    const chosen = await page.$$eval('.view-switcher label', (labels) =>
      labels.filter((l) => getComputedStyle(l).backgroundColor !== 'rgba(0, 0, 0, 0)').map((l) => l.dataset.view),
    );
    expect(chosen).toEqual(['original']);
  });
});

describe('side-by-side view', () => {
  it('pairs English and Spanish on one row per block, aligned, the original marked', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`/es${article}`);
    await viewLabel(page, 'En paralelo').click();
    await page.waitForURL(/view=side-by-side/);
    expect(await page.getByRole('radio', { name: 'En paralelo' }).isChecked()).toBe(true);
    const blocks = await shownVersions(page);
    for (const block of blocks) expect(block.versions.map((v) => v.lang)).toEqual(['en', 'es']);

    const rows = await page.$$eval('.pair', (pairs) =>
      pairs.map((pair) => [...pair.children].map((c) => c.getBoundingClientRect().top)),
    );
    for (const [en, es] of rows) expect(en).toBe(es);

    const originals = await page.$$eval('.version[data-original]', (vs) => vs.map((v) => v.getAttribute('lang')));
    expect(originals.filter((l) => l === 'es')).toHaveLength(1);
    expect(originals).toHaveLength(21);

    // Each version names its language above it, in the page's language, and the original says so.
    const labels = await page.$$eval('.block', (blocks) =>
      blocks.map((block) =>
        [...block.querySelectorAll<HTMLElement>('.version')].map((v) => {
          const label = v.querySelector<HTMLElement>(':scope > .version-label')!;
          const text = v.querySelector<HTMLElement>(':scope > :not(.version-label)')!;
          return {
            shown: label.checkVisibility(),
            above: label.getBoundingClientRect().bottom <= text.getBoundingClientRect().top + 1,
            text: label.textContent,
            lang: label.getAttribute('lang'),
          };
        }),
      ),
    );
    expect(labels).toHaveLength(21);
    for (const [i, [en, es]] of labels.entries()) {
      const spanish = i === 11;
      expect(en).toEqual({ shown: true, above: true, text: spanish ? 'inglés' : 'inglésOriginal', lang: 'es' });
      expect(es).toEqual({ shown: true, above: true, text: spanish ? 'españolOriginal' : 'español', lang: 'es' });
    }
  });

  it('shows one version at a time under 768 px, with tabs naming both languages that swap the text in place', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`/en${article}?view=side-by-side`);
    expect(await shownView(page)).toBe('side-by-side');
    const block = page.locator(`[id="${spanishBlock}"]`);
    await block.scrollIntoViewIfNeeded();
    const shown = async () => (await shownVersions(page)).find((b) => b.id === spanishBlock)!.versions;
    expect(await shown()).toEqual([{ lang: 'en', text: expect.stringMatching(/^The visit of Belarus/) }]);
    // Every block shows one version, in the page's language: one version shown per block.
    for (const { id, versions } of await shownVersions(page))
      expect(
        versions.map((v) => v.lang),
        id,
      ).toEqual(['en']);

    // The tabs: both languages by their own names, the original marked, above the text.
    const tabs = () =>
      block.locator('.flip-option').evaluateAll((options) =>
        options.map((o) => ({
          lang: o.getAttribute('data-lang'),
          text: [...o.querySelectorAll<HTMLElement>('span')]
            .filter((s) => s.checkVisibility())
            .map((s) => s.textContent)
            .join(' '),
          filled: getComputedStyle(o).backgroundColor !== 'rgba(0, 0, 0, 0)',
        })),
      );
    expect(await tabs()).toEqual([
      { lang: 'en', text: 'English', filled: true },
      { lang: 'es', text: 'español Original', filled: false },
    ]);
    const [tabsBox, textBox] = await Promise.all(
      [block.locator('.block-controls'), block.locator('.version:visible')].map((l) => l.boundingBox()),
    );
    expect(tabsBox!.y + tabsBox!.height).toBeLessThanOrEqual(textBox!.y + 1);
    expect(await block.getByRole('switch', { name: 'Show paragraph 12 in Spanish' }).isChecked()).toBe(false);

    // A tap on the other tab swaps the text where it is: the block does not move.
    const top = () => block.evaluate((e) => e.getBoundingClientRect().top);
    const before = await top();
    const spanishTab = (await block.locator('.flip-option[data-lang="es"]').boundingBox())!;
    await page.touchscreen.tap(spanishTab.x + spanishTab.width / 2, spanishTab.y + spanishTab.height / 2);
    await page.waitForURL(new RegExp(`flip=${spanishBlock}`));
    expect(await shown()).toEqual([{ lang: 'es', text: expect.stringMatching(/^La visita del jefe/) }]);
    expect((await tabs()).map((t) => t.filled)).toEqual([false, true]);
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);

    const englishTab = (await block.locator('.flip-option[data-lang="en"]').boundingBox())!;
    await page.touchscreen.tap(englishTab.x + englishTab.width / 2, englishTab.y + englishTab.height / 2);
    await expect.poll(shown).toEqual([{ lang: 'en', text: expect.stringMatching(/^The visit of Belarus/) }]);
    expect(Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
    expect(new URL(page.url()).search).toBe('?view=side-by-side');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('flipping one block', () => {
  it('switches that block alone to the other language and back, without a request or a jump', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`, { waitUntil: 'networkidle' });
    const requests: string[] = [];
    // Chromium fetches the tab's icon again whenever the address changes; that is not the page's doing.
    page.on('request', (r) => r.resourceType() !== 'other' && !r.url().includes('/icon.svg') && requests.push(r.url()));

    const block = page.locator(`[id="${spanishBlock}"]`);
    const flip = block.getByRole('switch', { name: 'Show paragraph 12 in Spanish' });
    const leadTop = await page
      .locator(`[id="${lead}"]`)
      .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const before = await shownVersions(page);

    await flip.click();
    expect(await flip.isChecked()).toBe(true);
    const flipped = await shownVersions(page);
    expect(flipped.find((b) => b.id === spanishBlock)?.versions).toEqual([
      { lang: 'es', text: expect.stringMatching(/^La visita del jefe/) },
    ]);
    expect(flipped.filter((b) => b.id !== spanishBlock)).toEqual(before.filter((b) => b.id !== spanishBlock));
    expect(await page.locator(`[id="${lead}"]`).evaluate((e) => e.getBoundingClientRect().top + window.scrollY)).toBe(
      leadTop,
    );

    await flip.click();
    expect(await flip.isChecked()).toBe(false);
    expect(await shownVersions(page)).toEqual(before);
    expect(requests).toEqual([]);
  });

  it('announces each change, in the page language, to screen readers', async () => {
    const page = await newPage();
    await page.goto(`/es${article}`, { waitUntil: 'networkidle' });
    await hydrated(page);
    const live = liveRegion(page);
    await page.locator(`[id="${lead}"]`).getByRole('switch', { name: 'Mostrar el párrafo 1 en inglés' }).click();
    await expect.poll(() => live.textContent()).toBe('Párrafo mostrado en inglés');
    await viewLabel(page, 'En paralelo').click();
    await expect.poll(() => live.textContent()).toBe('Vista en paralelo');
    await viewLabel(page, 'Como se publicó').click();
    await expect.poll(() => live.textContent()).toBe('Vista como se publicó');
    // For screen readers only: the region covers no text.
    const box = (await live.boundingBox())!;
    expect(box.width * box.height).toBeLessThanOrEqual(1);
  });

  it('labels the flip switch in the page language', async () => {
    const page = await newPage();
    await page.goto(`/es${article}`);
    await page.locator(`[id="${lead}"]`).getByRole('switch', { name: 'Mostrar el párrafo 1 en inglés' }).click();
    const blocks = await shownVersions(page);
    expect(blocks.find((b) => b.id === lead)?.versions[0]?.lang).toBe('en');
  });
});

describe('index', () => {
  it('lists the article with its title and how many paragraphs each language has', async () => {
    const page = await newPage();
    await page.goto('/es');
    const item = page.locator('.article-list li').first();
    expect(await item.locator('a').textContent()).toBe(
      'El jefe del Estado Mayor General de Bielorrusia visita Cuba mientras se estrechan los lazos militares',
    );
    expect(await item.textContent()).toContain('19 en inglés, 1 en español');
    await item.locator('a').click();
    await page.waitForURL(`**/es${article}`);
  });
});

describe('language switch', () => {
  it('opens the same article in the other language, keeping the view', async () => {
    const page = await newPage();
    await page.goto(`/en${article}?view=side-by-side`);
    expect(await shownView(page)).toBe('side-by-side');
    const link = page.getByRole('link', { name: 'Leer en español' });
    expect(await link.getAttribute('lang')).toBe('es');
    await link.click();
    await page.waitForURL(`**/es${article}?view=side-by-side`);
    await page.waitForSelector('html[lang="es"]');
    expect(await page.getByRole('radio', { name: 'En paralelo' }).isChecked()).toBe(true);
    expect((await shownVersions(page)).find((b) => b.id === lead)?.versions.map((v) => v.lang)).toEqual(['en', 'es']);
  });
});

describe('routing', () => {
  it('sends / to the language the browser prefers', async () => {
    for (const [header, lng] of [
      ['es-MX,es;q=0.9,en;q=0.8', 'es'],
      ['en-GB,en;q=0.9', 'en'],
      ['fr-FR,fr;q=0.9', 'en'],
      ['fr;q=1, es;q=0.5', 'es'],
    ] as const) {
      const response = await fetch(`${baseURL}/`, { redirect: 'manual', headers: { 'Accept-Language': header } });
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get('location')!, baseURL).pathname).toBe(`/${lng}`);
    }
    const page = await newPage({ locale: 'es-ES' });
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/es');
  });

  it.each([
    ['/en/articles/no-such-article', 'en', 'Page not found', '/en'],
    ['/es/articulos', 'es', 'Página no encontrada', '/es'],
    ['/es/articles/no-such-article', 'es', 'Página no encontrada', '/es'],
  ])('answers %s with a 404 page in its language', async (path, lng, title, home) => {
    const page = await newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lng);
    expect(await page.locator('h1:visible').allTextContents()).toEqual([title]);
    expect(await page.locator(`section[lang="${lng}"] a`).getAttribute('href')).toBe(home);
  });

  it.each(['/fr', `/de${article}`, '/xyz'])(
    'answers %s, outside both languages, with a 404 page in both',
    async (path) => {
      const page = await newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(await page.locator('section[lang="en"] h1:visible').textContent()).toBe('Page not found');
      expect(await page.locator('section[lang="es"] h1:visible').textContent()).toBe('Página no encontrada');
    },
  );
});
