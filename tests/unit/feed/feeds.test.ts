import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockText, titleIn } from '@/lib/content/article';
import { syncTranslations } from '@/lib/content/authoring/sync';
import { loadContent } from '@/lib/content/build/read-sources';
import { updatedFile } from '@/lib/content/files';
import type { Article } from '@/lib/content/types';
import { atomFeed, rssFeed } from '@/lib/feed/feeds';
import { languages } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { articlePath, indexPath, siteUrl } from '@/lib/site';
import { repo } from '@/tests/unit/support';
import { strictXmlTexts } from './xml-reader';

const feeds = { rss: rssFeed, atom: atomFeed };
const formats = ['rss', 'atom'] as const;
const absolute = (p: string) => new URL(p, siteUrl).href;
/** What a reader sees of an HTML fragment: its text, entities decoded, spaces collapsed. */
const visibleText = (html: string) => decodeHTML(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the feeds of the shipped article', () => {
  const articles = loadContent(repo);
  const [seed] = articles as [Article];
  const record = JSON.parse(readFileSync(path.join(repo, updatedFile(seed.slug)), 'utf8')) as { updated: string };

  for (const lng of languages) {
    const t = getT(lng);
    for (const format of formats) {
      describe(`${format} in ${lng}`, () => {
        const xml = feeds[format](articles, lng);
        const feed = parseFeed(xml);

        it('is well-formed XML, titled and described in its language, with its language and its own address', () => {
          expect(() => strictXmlTexts(xml)).not.toThrow();
          expect(feed.title).toBe(t('feed.title'));
          expect(feed.description).toBe(t('feed.description'));
          expect(feed.language).toBe(lng);
          expect(feed.self).toBe(absolute(`/${lng}/${format === 'rss' ? 'feed' : 'atom'}.xml`));
          expect(feed.url).toBe(absolute(indexPath(lng)));
          expect(feed.updated?.toISOString()).toBe(new Date(record.updated).toISOString());
        });

        it('gives every article, titled in its language, linked in its language, with its updated date', () => {
          expect(feed.items).toHaveLength(articles.length);
          const [item] = feed.items;
          expect(item?.title).toBe(titleIn(seed, lng).text);
          expect(item?.url).toBe(absolute(articlePath(lng, seed.slug)));
          expect(item?.id).toBe(absolute(articlePath(lng, seed.slug)));
          expect(item?.updated?.toISOString()).toBe(new Date(record.updated).toISOString());
        });

        it('gives the whole text as the reading view shows it in that language', () => {
          const text = visibleText(feed.items[0]?.content ?? '');
          for (const block of seed.blocks) expect(text).toContain(collapse(blockText(block, lng)));
        });

        it('sums the article up with the opening of its first paragraph, as the page describes itself', () => {
          const lead = collapse(
            blockText(
              seed.blocks.find((b) => b.kind === 'paragraph')!,
              lng,
            ),
          );
          const summary = feed.items[0]?.description ?? '';
          expect(summary).toMatch(/…$/);
          expect(summary.length).toBeLessThanOrEqual(200);
          expect(lead.startsWith(summary.slice(0, -1))).toBe(true);
        });
      });
    }
  }

  it('has no publication date where the front matter gives none, in either format', () => {
    expect(seed.published).toBeUndefined();
    expect(strictXmlTexts(rssFeed(articles, 'en')).get('pubDate')).toBeUndefined();
    expect(strictXmlTexts(atomFeed(articles, 'en')).get('published')).toBeUndefined();
  });
});

describe('the feeds of an article whose text could break XML', () => {
  // Each of these, written into a feed by hand, would end a CDATA section or an element, or make
  // the document not XML at all (the control characters, which XML cannot hold even escaped).
  const hostile = ']]> </channel></rss> & <script>alert(1)</script> ]]>';
  const controls = '\u0001\u000b\u001f\ufffe';
  const title = `Breaking ${hostile} ${controls}end`;
  const spanishTitle = `Última hora ${hostile} fin`;
  const english = `The first paragraph quotes ${hostile} and links [a page](/en/articles/other?a=1&b=2 "A ]]> title") with${controls} control characters.`;
  const spanish = 'Un párrafo en español que nadie ha traducido todavía, con ]]> dentro y <b>negrita</b> falsa.';
  const translated = `El primer párrafo cita ${hostile} y enlaza [una página](/es/articles/other?a=1&b=2) sin más.`;
  let root: string;
  let articles: Article[];

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'paralelo-feed-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write(
      'content/hostile.md',
      `---\ntitle: ${JSON.stringify(title)}\nlang: en\npublished: 2026-01-31\n---\n\n${english} {#first}\n\n${spanish} {#second}\n`,
    );
    write('locales/es/hostile.json', JSON.stringify({ title: spanishTitle, blocks: { first: translated } }));
    syncTranslations(root, { now: new Date('2026-02-01T12:00:00Z') });
    // A translation fixed later: the feeds' updated date moves, the publication date stays.
    write(
      'locales/es/hostile.json',
      JSON.stringify({ title: spanishTitle, blocks: { first: `${translated} Corregido.` } }),
    );
    syncTranslations(root, { now: new Date('2026-02-03T09:30:00Z') });
    articles = loadContent(root);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const lng of languages) {
    for (const format of formats) {
      it(`keeps the ${format} feed in ${lng} well-formed, every text as written but for the control characters`, () => {
        const xml = feeds[format](articles, lng);
        const texts = strictXmlTexts(xml);
        const [item] = parseFeed(xml).items;
        const expectedTitle = lng === 'en' ? `Breaking ${hostile} end` : spanishTitle;
        expect(item?.title).toBe(expectedTitle);
        expect(texts.get('title')).toContain(expectedTitle);
        // The HTML as a reader receives it: the article's markup-like text escaped, never markup.
        const [html = ''] = texts.get(format === 'rss' ? 'content:encoded' : 'content') ?? [];
        expect(html).not.toMatch(/<script|<\/channel|<b>/);
        expect(html).toContain('&lt;script>alert(1)&lt;/script>');
        expect(html).toContain('&lt;/channel>&lt;/rss> &amp; &lt;script>');
        expect(html).not.toMatch(/[\u0001\u000b\u001f\ufffe]/);
        expect(visibleText(html)).toContain(hostile);
      });
    }
  }

  it('gives the published date and the date the text last changed', () => {
    for (const lng of languages) {
      for (const format of formats) {
        const [item] = parseFeed(feeds[format](articles, lng)).items;
        expect(item?.published?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
        expect(item?.updated?.toISOString()).toBe('2026-02-03T09:30:00.000Z');
      }
    }
    expect(strictXmlTexts(rssFeed(articles, 'es')).get('pubDate')).toEqual(['Sat, 31 Jan 2026 00:00:00 GMT']);
    expect(strictXmlTexts(rssFeed(articles, 'es')).get('dc:date')).toEqual(['2026-02-03T09:30:00.000Z']);
  });

  it('makes relative links absolute, the text in its language marked, with the notice the reading view shows', () => {
    const html = strictXmlTexts(atomFeed(articles, 'en')).get('content')?.[0];
    const link = new URL('/en/articles/other?a=1&b=2', siteUrl).href.replaceAll('&', '&amp;');
    expect(html).toBe(
      [
        `<p>The first paragraph quotes ]]> &lt;/channel>&lt;/rss> &amp; &lt;script>alert(1)&lt;/script> ]]> and links <a href="${link}" title="A ]]> title">a page</a> with control characters.</p>`,
        `<p><em>${getT('en')('reader.translationMissing', { language: 'Spanish' })}</em></p>`,
        `<p lang="es">${spanish.replace('<b>', '&lt;b>').replace('</b>', '&lt;/b>')}</p>`,
      ].join(''),
    );
  });

  it('gives the title in the language it is written in where it has no translation (Atom)', () => {
    const xml = atomFeed(articles, 'en');
    expect(xml).toMatch(/<entry>[\s\S]*<title>/);
    const noTitle = loadContent(root).map((a) => ({ ...a, title: { en: a.title.en } }));
    expect(atomFeed(noTitle, 'es')).toMatch(/<title xml:lang="en">/);
    expect(parseFeed(atomFeed(noTitle, 'es')).items[0]?.title).toBe(`Breaking ${hostile} end`);
  });
});

describe('which articles a feed carries', () => {
  const dated = (n: number, dates: Pick<Article, 'published' | 'updated'>): Article => ({
    slug: `article-${n}`,
    lang: 'en',
    title: { en: `Article ${n}` },
    ...dates,
    blocks: [],
  });
  // 21 published on the first days of January, one updated later, one never dated.
  const articles = [
    ...Array.from({ length: 21 }, (_, i) => dated(i + 1, { published: `2026-01-${String(i + 1).padStart(2, '0')}` })),
    dated(22, { updated: '2026-01-15T12:00:00Z' }),
    dated(23, {}),
  ];

  it('carries the 20 newest, by publication date else updated date, newest first, and none without a date', () => {
    for (const format of formats) {
      const titles = parseFeed(feeds[format](articles, 'es')).items.map((item) => item.title);
      expect(titles).toEqual(
        [21, 20, 19, 18, 17, 16, 22, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Article ${n}`),
      );
    }
  });

  it('dates an empty feed by nothing that changes with the build', () => {
    expect(strictXmlTexts(atomFeed([], 'en')).get('updated')).toEqual(['1970-01-01T00:00:00.000Z']);
    expect(strictXmlTexts(rssFeed([], 'en')).get('lastBuildDate')).toBeUndefined();
    expect(parseFeed(rssFeed([], 'en')).items).toEqual([]);
  });
});
