import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleIndex, indexMetadata, indexPage } from '@/components/site/ArticleIndex';
import type { ArticleSummary } from '@/lib/content/types';

// The index in pages: 120 articles make three pages of 50, 50 and 20 in each language.
const summaries = vi.hoisted(() => ({ list: [] as ArticleSummary[] }));
vi.mock('@/lib/content/store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/content/store')>()),
  getArticleSummaries: () => summaries.list,
}));

const article = (i: number): ArticleSummary => ({
  slug: `article-${String(i).padStart(3, '0')}`,
  lang: i % 3 === 0 ? 'es' : 'en',
  title: { en: `Article ${i}`, es: `Artículo ${i}` },
  paragraphCount: { en: 3, es: 1 },
});

beforeEach(() => {
  summaries.list = Array.from({ length: 120 }, (_, i) => article(i + 1));
});

const render = (lng: 'en' | 'es', n: number) => renderToStaticMarkup(<ArticleIndex {...indexPage(lng, n)!} />);
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);

describe('the index, page by page', () => {
  it('lists 50 articles a page, in order, and the rest on the last', () => {
    expect(
      indexPage('en', 1)
        ?.articles.map((a) => a.slug)
        .slice(0, 2),
    ).toEqual(['article-001', 'article-002']);
    expect(indexPage('en', 2)?.articles).toHaveLength(50);
    expect(
      indexPage('en', 3)
        ?.articles.map((a) => a.slug)
        .at(-1),
    ).toBe('article-120');
    for (const n of [0, 4, 1.5, Number.NaN]) expect(indexPage('en', n), String(n)).toBeUndefined();
  });

  it('links every page by number, the current one marked, with previous and next', () => {
    const html = render('en', 2);
    expect(html).toContain('<h1>Articles, page 2 of 3</h1>');
    expect(html).toContain('<nav class="index-pages" aria-label="Pages of articles">');
    const nav = links(html.slice(html.indexOf('<nav')));
    expect(nav).toEqual([
      ['/en', 'Previous page'],
      ['/en', '1'],
      ['/en/page/2', '2'],
      ['/en/page/3', '3'],
      ['/en/page/3', 'Next page'],
    ]);
    expect(html).toMatch(/<a href="\/en\/page\/2" aria-current="page" aria-label="Page 2">2<\/a>/);
    expect(html).toMatch(/<a href="\/en" rel="prev"/);
    expect(html).toMatch(/<a href="\/en\/page\/3" rel="next"/);
  });

  it('speaks Spanish on the Spanish index, with no previous link on the first page nor next on the last', () => {
    const first = render('es', 1);
    expect(first).toContain('<h1>Artículos</h1>');
    expect(first).not.toContain('Página anterior');
    expect(first).toContain('aria-label="Páginas de artículos"');
    expect(first).toContain('>Página siguiente</a>');
    const last = render('es', 3);
    expect(last).toContain('<h1>Artículos, página 3 de 3</h1>');
    expect(last).not.toContain('Página siguiente');
  });

  it('needs no page links while the articles fit on one page', () => {
    summaries.list = summaries.list.slice(0, 50);
    expect(render('en', 1)).not.toContain('<nav');
    expect(indexPage('en', 2)).toBeUndefined();
  });

  it('gives each page its canonical address, its twin in the other language and the feeds of its language', () => {
    expect(indexMetadata(indexPage('es', 3)!)).toEqual({
      title: 'Artículos, página 3 de 3',
      alternates: {
        canonical: '/es/page/3',
        languages: { en: '/en/page/3', es: '/es/page/3' },
        types: {
          'application/rss+xml': [{ url: '/es/feed.xml', title: 'Paralelo: artículos en español (RSS)' }],
          'application/atom+xml': [{ url: '/es/atom.xml', title: 'Paralelo: artículos en español (Atom)' }],
        },
      },
    });
    expect(indexMetadata(indexPage('en', 1)!).alternates?.languages).toEqual({
      en: '/en',
      es: '/es',
      'x-default': '/',
    });
  });
});
