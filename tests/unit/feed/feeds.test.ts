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
import { languages, type Language } from '@/lib/i18n/config';
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
