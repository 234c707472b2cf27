import type { Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/site/JsonLd';
import { titleIn } from '@/lib/content/article';
import type { Article } from '@/lib/content/types';
import { newsArticle } from '@/lib/seo/news-article';
import { hydrated, setUpBrowser } from './browser';

// Issue 17, point 2: each reader page tells search engines what it is, in JSON-LD: a NewsArticle
// in the page's language that links the English and Spanish versions both ways. Read here as a
// crawler reads it: the script element's text, parsed as JSON, once the page has hydrated (no
// console message either, which every test checks).

const article = '/articles/belarus-cuba-military-ties';
const visit = 'la-visita-del-jefe-del-estado';

const { newPage } = setUpBrowser();

/** The page's JSON-LD objects, parsed. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.$$eval('script[type="application/ld+json"]', (scripts) =>
    scripts.map((s) => s.textContent ?? ''),
  );
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

const pathOf = (url: unknown) => new URL(String(url)).pathname;

describe('the JSON-LD of a reader page', () => {
  it('links the English original and its Spanish translation both ways', async () => {
    const page = await newPage();
    await page.goto(`/en${article}`);
    await hydrated(page);
    const [english, ...more] = await jsonLd(page);
    expect(more).toEqual([]);
    expect(english).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: 'en' });
    expect(english!.headline).toBe(await page.locator('h1').innerText());
    expect(pathOf(english!.url)).toBe(`/en${article}`);
    expect(english).not.toHaveProperty('translationOfWork');
    const translation = english!.workTranslation as Record<string, unknown>;
    expect(translation).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'es' });

    await page.goto(pathOf(translation.url));
    await hydrated(page);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const [spanish] = await jsonLd(page);
    expect(spanish).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'es' });
    expect(spanish!.headline).toBe(await page.locator('h1').innerText());
    expect(pathOf(spanish!.url)).toBe(`/es${article}`);
    expect(spanish).not.toHaveProperty('workTranslation');
    const original = spanish!.translationOfWork as Record<string, unknown>;
    expect(original).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en' });
    expect(original.url).toBe(english!.url);
  });

  it('is the article’s on a paragraph page too', async () => {
    const page = await newPage();
    await page.goto(`/es${article}/p/${visit}`);
    await hydrated(page);
    const [data] = await jsonLd(page);
    expect(data).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'es' });
    expect(pathOf(data!.url)).toBe(`/es${article}`);
    expect(pathOf((data!.translationOfWork as Record<string, unknown>).url)).toBe(`/en${article}`);
  });

  it('cannot be ended by a title in the browser’s HTML parser', async () => {
    const hostile = '</script><script>alert(1)</script><!-- "comillas" & \u2028';
    const fake: Article = { slug: 'hostil', lang: 'es', title: { es: hostile }, blocks: [] };
    const markup = renderToStaticMarkup(
      createElement(JsonLd, { data: newsArticle({ article: fake, lng: 'es', title: titleIn(fake, 'es') }) }),
    );
    const page = await newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(`<!doctype html><html lang="es"><body>${markup}<p id="after">after</p></body></html>`);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('#after').count()).toBe(1);
    const [data] = await jsonLd(page);
    expect(data!.headline).toBe(hostile);
    expect(dialogs).toEqual([]);
  });
});
