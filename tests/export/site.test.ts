import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../e2e/axe';
import { hydrated, setUpBrowser, shownView, viewLabel } from '../e2e/browser';

// The static export (`out/`) as a static host serves it: no proxy, no Next.js server.

const slug = 'belarus-cuba-military-ties';
const article = `/articles/${slug}`;
const spanishBlock = 'la-visita-del-jefe-del-estado';
const lead = 'the-chief-of-the-general-staff';

const { newPage, baseURL } = setUpBrowser();

/** Every host the page asks anything of, from now on. */
function hostsOf(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (r) => hosts.add(new URL(r.url()).host));
  return hosts;
}

const shownLangs = (page: Page, id: string) =>
  page.$$eval(`[id="${id}"] .version`, (versions) =>
    versions.filter((v) => v.checkVisibility()).map((v) => v.getAttribute('lang')),
  );

// The flips, the views and the display controls work from the first paint; listening, sharing,
// the shortcuts and the focus on a linked paragraph wait for the app.
const ready = (page: Page) => hydrated(page);

describe('/ on a static host', () => {
  it.each([
    ['es-ES', '/es'],
    ['en-US', '/en'],
    ['fr-FR', '/en'],
  ])('sends a browser set to %s to %s', async (locale, path) => {
    const page = await newPage({ locale });
    await page.goto('/');
    await page.waitForURL(`${baseURL}${path}`);
    expect(await page.getAttribute('html', 'lang')).toBe(path.slice(1));
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('offers both languages as links, each in its language, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false, locale: 'es-ES' });
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const links = await page.$$eval('a', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href'),
        hreflang: a.hreflang,
        lang: a.closest('[lang]')?.getAttribute('lang'),
        text: a.textContent,
      })),
    );
    expect(links).toEqual([
      { href: '/en', hreflang: 'en', lang: 'en', text: 'Read in English' },
      { href: '/es', hreflang: 'es', lang: 'es', text: 'Leer en español' },
    ]);
    await page.getByRole('link', { name: 'Leer en español' }).click();
    expect(new URL(page.url()).pathname).toBe('/es');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations as a reader without JavaScript sees it (%s)',
    async (colorScheme) => {
      const page = await newPage({ colorScheme });
      const html = await (await fetch(`${baseURL}/`)).text();
      // The same page without its redirect, so axe (which needs script) can look at it.
      await page.route(`${baseURL}/`, (route) =>
        route.fulfill({ contentType: 'text/html', body: html.replace(/<script>[^]*?<\/script>/, '') }),
      );
      await page.goto('/');
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe('the reader, exported', () => {
  it('goes from the index to an article and to the other language, asking no other host', async () => {
    const page = await newPage();
    const hosts = hostsOf(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto('/en', { waitUntil: 'networkidle' });
    await page.locator('a.article-link').first().click();
    await page.waitForURL(`${baseURL}/en${article}`);
    await ready(page);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en']);
    await page.locator('a.language-switch').click();
    await page.waitForURL(`${baseURL}/es${article}?view=reading`);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await shownLangs(page, lead)).toEqual(['es']);
    await page.waitForLoadState('networkidle');
    expect([...hosts]).toEqual([new URL(baseURL).host]);
    expect(failed).toEqual([]);
  });

  it('shows each view: reading, side by side and as published', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`/en${article}`);
    await ready(page);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en']);

    await viewLabel(page, 'Side by side').click();
    await page.waitForURL(/view=side-by-side/);
    expect(await page.getByRole('radio', { name: 'Side by side' }).isChecked()).toBe(true);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en', 'es']);

    await page.goto(`/en${article}?view=original`);
    // Checked from the address before the first paint, so no wait for the app.
    expect(await page.getByRole('radio', { name: 'As published' }).isChecked()).toBe(true);
    expect(await shownView(page)).toBe('original');
    expect(await shownLangs(page, spanishBlock)).toEqual(['es']);
    expect(await shownLangs(page, lead)).toEqual(['en']);
  });

  it('keeps a flip in the address, so it survives a reload', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    await ready(page);
    const flip = page.locator(`[id="${spanishBlock}"]`).getByRole('switch', { name: 'Show paragraph 12 in Spanish' });
    await flip.click();
    await page.waitForURL(new RegExp(`flip=${spanishBlock}`));
    await page.reload();
    await ready(page);
    expect(await flip.isChecked()).toBe(true);
    expect(await shownLangs(page, spanishBlock)).toEqual(['es']);
    expect(await shownLangs(page, lead)).toEqual(['en']);
  });

  it('switches views and flips paragraphs without JavaScript, and shares by a plain link', async () => {
    const page = await newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await page.goto(`/en${article}`);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en']);

    await viewLabel(page, 'Side by side').click();
    expect(await page.getByRole('radio', { name: 'Side by side' }).isChecked()).toBe(true);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en', 'es']);
    await viewLabel(page, 'As published').click();
    expect(await shownLangs(page, spanishBlock)).toEqual(['es']);
    expect(await shownLangs(page, lead)).toEqual(['en']);
    await viewLabel(page, 'Reading').click();
    expect(await shownView(page)).toBe('reading');

    const block = page.locator(`[id="${spanishBlock}"]`);
    const flip = block.getByRole('switch', { name: 'Show paragraph 12 in Spanish' });
    await flip.click();
    expect(await flip.isChecked()).toBe(true);
    expect(await shownLangs(page, spanishBlock)).toEqual(['es']);
    expect(await shownLangs(page, lead)).toEqual(['en']);
    await flip.click();
    expect(await shownLangs(page, spanishBlock)).toEqual(['en']);

    // Share is the paragraph's own page, which the static host serves.
    const share = block.getByRole('link', { name: 'Share paragraph 12' });
    expect(await share.getAttribute('href')).toBe(`/en${article}/p/${spanishBlock}`);
    const [response] = await Promise.all([page.waitForNavigation(), share.click()]);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseURL}/en${article}/p/${spanishBlock}`);
    expect(await shownLangs(page, spanishBlock)).toEqual(['en']);
  });

  it('remembers the display settings from page to page', async () => {
    const page = await newPage({ colorScheme: 'light' });
    await page.goto(`/en${article}`);
    await ready(page);
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.goto('/es');
    expect(await page.getAttribute('html', 'data-text-size')).toBe('2');
  });
});

describe('reading aloud, exported', () => {
  it('reads a paragraph in the language it shows (speech synthesis stood in for: headless Chromium has no voices)', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const voices = [{ name: 'Español', lang: 'es-ES', default: true, localService: true, voiceURI: 'es' }];
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => voices,
          speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
          cancel() {},
          pause() {},
          resume() {},
          addEventListener() {},
          removeEventListener() {},
        },
      });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        value: class {
          lang = '';
          voice = null;
          rate = 1;
          constructor(public text: string) {}
        },
      });
    });
    await page.goto(`/es${article}`);
    await hydrated(page);
    await page.locator(`[id="${lead}"]`).getByRole('button', { name: 'Escuchar el párrafo 1' }).click();
    // The narrator loads on this first press: speech starts a moment later.
    await page.waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken.length > 0);
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken[0]).toEqual({ text: expect.stringMatching(/^El jefe del Estado Mayor General/), lang: 'es-ES' });
    expect(await page.getByRole('region', { name: 'Lectura en voz alta' }).count()).toBe(1);
  });
});

describe('paragraph links, exported', () => {
  it('open the article at the paragraph, highlighted, with a share card that exists', async () => {
    const page = await newPage();
    const response = await page.goto(`/es${article}/p/${lead}`);
    expect(response?.status()).toBe(200);
    await ready(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // The focus moves in an effect after hydration.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.block')?.id)).toBe(lead);
    expect(await page.locator(`[id="${lead}"]`).getAttribute('data-highlighted')).not.toBeNull();

    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(image.origin).toBe('http://localhost:3000'); // SITE_URL, unset here
    expect(image.pathname).toBe(`/es${article}/p/${lead}/card.png`);
    const card = await fetch(`${baseURL}${image.pathname}`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect((await card.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('answers an unknown paragraph ID with the 404 page in the language of the address', async () => {
    const page = await newPage();
    const response = await page.goto(`/es${article}/p/no-such-paragraph`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1:visible').allTextContents()).toEqual(['Página no encontrada']);
    expect((await fetch(`${baseURL}/es${article}/p/no-such-paragraph/card.png`)).status).toBe(404);
  });
});

describe('sentence links, exported', () => {
  const block = 'in-january-2024-the-belarusian-defense';
  it('open at the paragraph with the sentence and its translation highlighted, quoted in the preview', async () => {
    const page = await newPage();
    const response = await page.goto(`/es${article}/p/${block}/s/2`);
    expect(response?.status()).toBe(200);
    await ready(page);
    const lit = await page.$$eval(`[id="${block}"] [data-hl]`, (pieces) =>
      pieces.map((p) => `${p.closest('.version')!.getAttribute('data-lang')} ${p.textContent}`),
    );
    expect(lit).toEqual([
      expect.stringMatching(/^en The agreement included/),
      expect.stringMatching(/^es El acuerdo incluía/),
    ]);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(lit[1]!.slice(3));
    const card = await fetch(`${baseURL}/es${article}/p/${block}/s/2/card.png`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
  });

  it('answer a sentence past the paragraph’s last with the 404 page', async () => {
    const page = await newPage();
    expect((await page.goto(`/en${article}/p/${block}/s/3`))?.status()).toBe(404);
  });
});

describe('everything else, exported', () => {
  it.each([
    ['/en/articles/no-such-article', 'en', ['Page not found']],
    ['/es/articulos', 'es', ['Página no encontrada']],
    ['/xyz', 'en', ['Page not found', 'Página no encontrada']],
  ])('answers %s with the 404 page (status 404) in its language', async (path, lng, titles) => {
    const page = await newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lng);
    expect(await page.locator('h1:visible').allTextContents()).toEqual(titles);
  });

  it('serves sitemap.xml and robots.txt', async () => {
    const sitemap = await fetch(`${baseURL}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await sitemap.text();
    for (const lng of ['en', 'es']) expect(xml).toContain(`<loc>http://localhost:3000/${lng}${article}</loc>`);
    const robots = await fetch(`${baseURL}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});
