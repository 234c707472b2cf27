import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, liveRegion, setUpBrowser, shownView, viewLabel } from './browser';

const slug = 'belarus-cuba-military-ties';
const article = `/articles/${slug}`;
const lead = 'the-chief-of-the-general-staff';
const visit = 'la-visita-del-jefe-del-estado';
const third = 'this-new-approach-is-part-of';
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

const { newPage, baseURL } = setUpBrowser();

/** The languages of the visible versions of a block. */
function shownLangs(page: Page, id: string) {
  return page.$$eval(`[id="${id}"] .version`, (versions) =>
    versions.filter((v) => v.checkVisibility()).map((v) => v.getAttribute('lang')),
  );
}

async function ready(page: Page) {
  await hydrated(page);
  await page.waitForLoadState('networkidle');
}

const activeBlockId = (page: Page) => page.evaluate(() => document.activeElement?.closest('.block')?.id ?? null);

/** The link the page copied, once it has said so to screen readers (and, for a tap, on the share control). */
async function copiedLink(page: Page, confirmation = 'Link copied') {
  await expect.poll(() => liveRegion(page).textContent()).toBe(confirmation);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('sharing a paragraph', () => {
  it('copies a link in the language the paragraph shows, which opens there, focused and highlighted', async () => {
    const page = await newPage(clipboard);
    await page.goto(`/en${article}`);
    await ready(page);
    const block = page.locator(`[id="${lead}"]`);
    const share = block.locator('a.share');
    expect(await share.getAttribute('aria-label')).toBe('Share paragraph 1');
    await block.getByRole('switch', { name: 'Show paragraph 1 in Spanish' }).click();
    // The link now opens in Spanish, not the page's English: the control says so, in its name and beside its icon.
    await expect
      .poll(() => share.getAttribute('aria-label'))
      .toBe('Share paragraph 1 in ES: the link opens in Spanish');
    expect(await share.getAttribute('href')).toBe(`/es${article}/p/${lead}`);
    expect(await share.innerText()).toBe('ES');
    await block.getByRole('link', { name: 'Share paragraph 1 in ES: the link opens in Spanish' }).click();
    const link = await copiedLink(page, 'Link copied: it opens in Spanish');
    await expect.poll(() => share.innerText(), { message: 'the share control shows the copy' }).toBe('Copied');
    expect(link).toBe(`${baseURL}/es${article}/p/${lead}`);

    const friend = await newPage({ viewport: { width: 390, height: 700 }, isMobile: true });
    await friend.goto(link);
    await ready(friend);
    expect(await friend.getAttribute('html', 'lang')).toBe('es');
    expect(await activeBlockId(friend)).toBe(lead);
    expect(await friend.locator(`[id="${lead}"]`).getAttribute('data-highlighted')).not.toBeNull();
    expect(await shownLangs(friend, lead)).toEqual(['es']);
    const [blockTop, toolbarBottom] = await friend.evaluate((id) => {
      return [
        document.getElementById(id)!.getBoundingClientRect().top,
        document.querySelector('.toolbar')!.getBoundingClientRect().bottom,
      ];
    }, lead);
    expect(blockTop).toBeGreaterThanOrEqual(toolbarBottom - 1);
    expect(blockTop).toBeLessThan(700);
  });

  it('scrolls a paragraph lower in the article into view below the sticky toolbar', async () => {
    const page = await newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`/en${article}/p/in-may-2025-an-exclusive-dossier`);
    await ready(page);
    const { top, toolbar } = await page.evaluate(() => ({
      top: document.getElementById('in-may-2025-an-exclusive-dossier')!.getBoundingClientRect().top,
      toolbar: document.querySelector('.toolbar')!.getBoundingClientRect().bottom,
    }));
    expect(top).toBeGreaterThanOrEqual(toolbar - 1);
    expect(top).toBeLessThan(300);
    expect(await activeBlockId(page)).toBe('in-may-2025-an-exclusive-dossier');
  });

  it('uses the system share sheet where the browser has one', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      (window as unknown as { shared: ShareData[] }).shared = [];
      navigator.share = async (data?: ShareData) => {
        (window as unknown as { shared: ShareData[] }).shared.push(data ?? {});
      };
    });
    await page.goto(`/es${article}`);
    await ready(page);
    await page.locator(`[id="${visit}"]`).getByRole('link', { name: 'Compartir el párrafo 12' }).click();
    const shared = await page.waitForFunction(() => (window as unknown as { shared: ShareData[] }).shared[0]);
    expect(await shared.jsonValue()).toMatchObject({ url: `${baseURL}/es${article}/p/${visit}` });
  });

  it('does the same for a plain #id link, without the preview', async () => {
    const page = await newPage();
    await page.goto(`/es${article}#${third}`);
    await ready(page);
    expect(await activeBlockId(page)).toBe(third);
    expect(await page.locator(`[id="${third}"]`).getAttribute('data-highlighted')).not.toBeNull();
    expect(await shownLangs(page, third)).toEqual(['es']);
  });
});

describe('preview metadata of a paragraph page', () => {
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`)
      .exec(html)?.[1]
      ?.replaceAll('&quot;', '"')
      .replaceAll('&#x27;', "'");

  it.each([
    [
      'es',
      visit,
      'El jefe del Estado Mayor General de Bielorrusia',
      /^La visita del jefe del Estado Mayor bielorruso a Cuba/,
      'es_ES',
    ],
    [
      'en',
      visit,
      "Belarus's chief of the General Staff",
      /^The visit of Belarus's Chief of the General Staff to Cuba/,
      'en_US',
    ],
    [
      'es',
      lead,
      'El jefe del Estado Mayor General de Bielorrusia',
      /^El jefe del Estado Mayor General de las Fuerzas Armadas/,
      'es_ES',
    ],
  ])('quotes the block in %s (%s)', async (lng, id, title, quote, locale) => {
    const url = `${baseURL}/${lng}${article}/p/${id}`;
    const html = await (await fetch(url)).text();
    expect(meta(html, 'og:title')).toContain(title);
    expect(meta(html, 'og:description')).toMatch(quote);
    expect(meta(html, 'og:url')).toBe(`http://localhost:3000/${lng}${article}/p/${id}`);
    expect(meta(html, 'og:locale')).toBe(locale);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'twitter:description')).toMatch(quote);

    const image = meta(html, 'og:image')!;
    expect(image).toBe(`http://localhost:3000/${lng}${article}/p/${id}/card.png`);
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toContain(title);

    const response = await fetch(new URL(new URL(image).pathname, baseURL));
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('the view travels in the address', () => {
  it('reproduces the view and flips after a reload and in a fresh browser', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    await ready(page);
    await viewLabel(page, 'As published').click();
    await page.locator(`[id="${lead}"]`).getByRole('switch', { name: 'Show paragraph 1 in Spanish' }).click();
    await page.locator(`[id="${visit}"]`).getByRole('switch', { name: 'Show paragraph 12 in English' }).click();
    const address = page.url();
    expect(new URL(address).search).toBe(`?view=original&flip=${lead},${visit}`);

    for (const reader of [page, await newPage()]) {
      if (reader === page) await page.reload();
      else await reader.goto(address);
      await ready(reader);
      expect(await reader.getByRole('radio', { name: 'As published' }).isChecked()).toBe(true);
      expect(await reader.locator(`[id="${lead}"]`).getByRole('switch').isChecked()).toBe(true);
      expect(await shownLangs(reader, lead)).toEqual(['es']);
      expect(await shownLangs(reader, visit)).toEqual(['en']);
      expect(await shownLangs(reader, third)).toEqual(['en']);
    }
  });

  it('shows a shared view from the first paint, before the app hydrates', async () => {
    const page = await newPage();
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
    await page.goto(`/es${article}?view=side-by-side&flip=${third}`);
    expect(await shownView(page)).toBe('side-by-side');
    expect(await shownLangs(page, lead)).toEqual(['en', 'es']);
    expect(await page.locator(`[id="${third}"]`).getByRole('switch').isChecked()).toBe(true);

    await page.goto(`/es${article}?flip=${third}`);
    expect(await shownLangs(page, third)).toEqual(['en']);
    expect(await shownLangs(page, lead)).toEqual(['es']);
  });

  it('remembers a reader’s choices for the next visit, unless the address states its own', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    await ready(page);
    await page.locator(`[id="${third}"]`).getByRole('switch', { name: 'Show paragraph 3 in Spanish' }).click();
    await viewLabel(page, 'Side by side').click();

    const back = await page.context().newPage();
    await back.goto(`${baseURL}/en${article}`);
    await ready(back);
    await back.waitForURL(/view=side-by-side/);
    expect(new URL(back.url()).search).toBe(`?view=side-by-side&flip=${third}`);
    expect(await shownLangs(back, lead)).toEqual(['en', 'es']);

    const stated = await page.context().newPage();
    await stated.goto(`${baseURL}/en${article}?view=original`);
    await ready(stated);
    expect(await stated.getByRole('radio', { name: 'As published' }).isChecked()).toBe(true);
    expect(new URL(stated.url()).search).toBe('?view=original');
  });
});

describe('keyboard', () => {
  it('moves with j and k, flips with t, shares with s, cycles views with v, and lists them with ?', async () => {
    const page = await newPage({ ...clipboard, viewport: { width: 1280, height: 800 } });
    await page.goto(`/es${article}`);
    await ready(page);

    await page.keyboard.press('j');
    expect(await activeBlockId(page)).toBe(lead);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await activeBlockId(page)).toBe(third);
    await page.keyboard.press('k');
    expect(await activeBlockId(page)).toBe('the-belarusian-ministry-of-defense-confirmed');

    await page.keyboard.press('t');
    expect(await shownLangs(page, 'the-belarusian-ministry-of-defense-confirmed')).toEqual(['en']);
    await expect.poll(() => liveRegion(page).textContent()).toBe('Párrafo mostrado en inglés');

    await page.keyboard.press('s');
    expect(await copiedLink(page, 'Enlace copiado: se abre en inglés')).toBe(
      `${baseURL}/en${article}/p/the-belarusian-ministry-of-defense-confirmed`,
    );

    await page.keyboard.press('v');
    expect(await shownView(page)).toBe('side-by-side');
    await page.keyboard.press('v');
    expect(await shownView(page)).toBe('original');
    await page.keyboard.press('v');
    expect(await shownView(page)).toBe('reading');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Atajos de teclado' });
    await dialog.waitFor();
    expect(await dialog.locator('dd').allTextContents()).toEqual([
      'Párrafo siguiente',
      'Párrafo anterior',
      'Oración siguiente',
      'Oración anterior',
      'Mostrar u ocultar la traducción de la oración enfocada',
      'Mostrar el párrafo enfocado en el otro idioma',
      'Compartir el párrafo enfocado',
      'Escuchar desde el párrafo enfocado',
      'Vista siguiente: lectura, en paralelo, como se publicó',
      'Mostrar estos atajos',
    ]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('ignores keys with a modifier held or while typing in a field', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    await ready(page);
    await page.keyboard.press('Control+j');
    await page.keyboard.press('Alt+v');
    expect(await activeBlockId(page)).toBeNull();
    expect(new URL(page.url()).search).toBe('');

    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'typing';
      document.querySelector('.toolbar')!.append(field);
    });
    await page.locator('#typing').fill('');
    await page.locator('#typing').pressSequentially('jkvt?');
    expect(await page.locator('#typing').inputValue()).toBe('jkvt?');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });
});

describe('links that go stale', () => {
  it('opens the article at the top with a notice for an ID that no longer exists', async () => {
    const page = await newPage();
    await page.goto(`/es${article}#un-parrafo-que-ya-no-existe`);
    await ready(page);
    const notice = page.locator('.stale-link');
    expect(await notice.textContent()).toContain('El párrafo al que apuntaba este enlace ya no está en el artículo');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('[data-highlighted]').count()).toBe(0);
    await notice.getByRole('button', { name: 'Cerrar' }).click();
    expect(await notice.count()).toBe(0);
  });

  it('answers an unknown paragraph page with the 404 page', async () => {
    const page = await newPage();
    const response = await page.goto(`/es${article}/p/no-such-paragraph`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1:visible').allTextContents()).toEqual(['Página no encontrada']);
  });
});

describe('discovery', () => {
  it('lists every article in both languages with hreflang alternates, and robots.txt points to it', async () => {
    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text();
    for (const lng of ['en', 'es']) {
      expect(sitemap).toContain(`<loc>http://localhost:3000/${lng}${article}</loc>`);
      expect(sitemap).toContain(
        `<xhtml:link rel="alternate" hreflang="${lng}" href="http://localhost:3000/${lng}${article}" />`,
      );
    }
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text();
    expect(robots).toContain('Sitemap: http://localhost:3000/sitemap.xml');
    // Search engines read Atom feeds as sitemaps of what changed last.
    for (const lng of ['en', 'es']) expect(robots).toContain(`Sitemap: http://localhost:3000/${lng}/atom.xml`);
  });

  it('gives every article page its canonical and alternate URLs', async () => {
    const html = await (await fetch(`${baseURL}/es${article}`)).text();
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/es${article}"/>`);
    expect(html).toContain(`<link rel="alternate" hrefLang="en" href="http://localhost:3000/en${article}"/>`);
  });
});
