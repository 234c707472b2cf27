import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/site/JsonLd';
import { titleIn } from '@/lib/content/article';
import { loadContent } from '@/lib/content/build/read-sources';
import type { Article } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';
import { newsArticle } from '@/lib/seo/news-article';
import { siteUrl } from '@/lib/site';

// The structured data of a reader page, as the page writes it: rendered, then read back the way
// a search engine does, by parsing the script element's text as JSON.

const open = '<script type="application/ld+json">';
const close = '</script>';

/** The markup of the page's JSON-LD for `article` in `lng`, and the object its text parses to. */
function jsonLdOf(article: Article, lng: Language) {
  const html = renderToStaticMarkup(<JsonLd data={newsArticle({ article, lng, title: titleIn(article, lng) })} />);
  expect(html.startsWith(open), html).toBe(true);
  expect(html.endsWith(close), html).toBe(true);
  return { html, data: JSON.parse(html.slice(open.length, -close.length)) as Record<string, unknown> };
}

const pageUrl = (lng: Language, slug: string) => new URL(`/${lng}/articles/${slug}`, siteUrl).href;

describe('the seed’s JSON-LD', () => {
  const seed = loadContent(process.cwd()).find((a) => a.slug === 'belarus-cuba-military-ties')!;
  const slug = seed.slug;

  it('describes the English original, which names its Spanish translation', () => {
    const { data } = jsonLdOf(seed, 'en');
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: "Belarus's chief of the General Staff visits Cuba as military ties deepen",
      inLanguage: 'en',
      url: pageUrl('en', slug),
      workTranslation: { '@type': 'NewsArticle', url: pageUrl('es', slug), inLanguage: 'es' },
      isBasedOn: {
        '@type': 'NewsArticle',
        inLanguage: 'en',
        publisher: { '@type': 'NewsMediaOrganization', name: 'CiberCuba' },
      },
    });
    expect(data.description).toMatch(/^The Chief of the General Staff of the Armed Forces of Belarus/);
    // The front matter gives no date, nor the source's address: none is made up.
    expect(data).not.toHaveProperty('datePublished');
    // When its text or a translation last changed, as content:sync recorded it.
    expect(data.dateModified).toBe(seed.updated);
    expect(seed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data).not.toHaveProperty('translationOfWork');
    expect(data.isBasedOn).not.toHaveProperty('url');
  });

  it('describes the Spanish translation, which names the English original', () => {
    const { data } = jsonLdOf(seed, 'es');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: seed.title.es,
      inLanguage: 'es',
      url: pageUrl('es', slug),
      translationOfWork: { '@type': 'NewsArticle', url: pageUrl('en', slug), inLanguage: 'en' },
    });
    expect(data.description).toMatch(/^El jefe del Estado Mayor General/);
    expect(data).not.toHaveProperty('workTranslation');
  });
});

describe('a hostile article’s JSON-LD', () => {
  const title = '</script><script>alert(1)</script> "comillas" <!-- & \u2028 fin';
  const lead = 'Un párrafo que abre <!-- un comentario y cierra </SCRIPT > con "comillas".';
  const article: Article = {
    slug: 'hostil',
    lang: 'es',
    title: { es: title, en: `${title} (EN)` },
    published: '2025-07-01',
    updated: '2025-07-03T09:30:00Z',
    source: { name: 'El "Diario" </script>', url: 'https://diario.example/a?b=1&c=%3Cx%3E' },
    blocks: [
      {
        id: 'lead',
        kind: 'paragraph',
        lang: 'es',
        confidence: 1,
        decidedBy: 'pinned',
        sourceHash: 'x',
        line: 5,
        versions: {
          es: { type: 'paragraph', children: [{ type: 'text', value: lead }] },
          en: { type: 'paragraph', children: [{ type: 'text', value: `</script> ${lead}` }] },
        },
      },
    ],
  };

  it.each(['es', 'en'] as const)('cannot end the element or open a comment in %s, and reads back as written', (lng) => {
    const { html, data } = jsonLdOf(article, lng);
    const text = html.slice(open.length, -close.length);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(data.headline).toBe(lng === 'es' ? title : `${title} (EN)`);
    expect(data.description).toBe(lng === 'es' ? lead : `</script> ${lead}`);
    expect(data.datePublished).toBe('2025-07-01');
    expect(data.dateModified).toBe('2025-07-03T09:30:00Z');
    expect(data.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      inLanguage: 'es',
      url: 'https://diario.example/a?b=1&c=%3Cx%3E',
      publisher: { '@type': 'NewsMediaOrganization', name: 'El "Diario" </script>' },
    });
    const other = lng === 'es' ? 'en' : 'es';
    expect(data[lng === 'es' ? 'workTranslation' : 'translationOfWork']).toEqual({
      '@type': 'NewsArticle',
      url: pageUrl(other, 'hostil'),
      inLanguage: other,
    });
  });
});
