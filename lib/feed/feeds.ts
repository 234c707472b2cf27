import { generateAtomFeed, generateRssFeed } from 'feedsmith';
import type { Article } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { indexPath, siteUrl } from '@/lib/site';
import { feedEntries, type FeedEntry } from './feed-entries';
import { feedFormats, feedPath, type FeedFormat } from './formats';

// Both feeds of a language, built by feedsmith, which escapes every text it is given (CDATA
// sections split where the text holds `]]>`, attributes quoted); no XML is written by hand here.

/** The RSS 2.0 feed of the articles in `lng`: full text in `content:encoded`, the updated date in `dc:date`. */
export function rssFeed(articles: readonly Article[], lng: Language): string {
  const { title, description, home, self, entries } = channel(articles, lng, 'rss');
  return generateRssFeed({
    title,
    link: home,
    description,
    language: lng,
    ...(entries[0] ? { lastBuildDate: lastUpdated(entries) } : {}),
    atom: { links: [{ href: self, rel: 'self', type: feedFormats.rss.type }] },
    items: entries.map((entry) => ({
      title: entry.title.text,
      link: entry.url,
      guid: { value: entry.url, isPermaLink: true },
      ...(entry.summary ? { description: entry.summary } : {}),
      ...(entry.published ? { pubDate: entry.published } : {}),
      content: { encoded: entry.html },
      // RSS has no updated date of its own: Dublin Core's date is the one feed parsers read as it.
      dc: { dates: [entry.updated] },
    })),
  });
}

/** The Atom feed of the articles in `lng`: each entry with its published and updated dates, and its language. */
export function atomFeed(articles: readonly Article[], lng: Language): string {
  const { title, description, home, self, entries } = channel(articles, lng, 'atom');
  return generateAtomFeed({
    id: self,
    title: { value: title },
    subtitle: { value: description },
    // An empty feed has changed never: the start of the epoch, not the time of the build.
    updated: entries[0] ? lastUpdated(entries) : new Date(0),
    links: [
      { href: self, rel: 'self', type: feedFormats.atom.type },
      { href: home, rel: 'alternate', type: 'text/html' },
    ],
    xml: { lang: lng },
    entries: entries.map((entry) => ({
      id: entry.url,
      title: { value: entry.title.text, ...(entry.title.lang === lng ? {} : { xml: { lang: entry.title.lang } }) },
      links: [{ href: entry.url, rel: 'alternate', type: 'text/html' }],
      ...(entry.published ? { published: entry.published } : {}),
      updated: entry.updated,
      ...(entry.summary ? { summary: { value: entry.summary } } : {}),
      content: { type: 'html', value: entry.html },
    })),
  });
}

function channel(articles: readonly Article[], lng: Language, format: FeedFormat) {
  const t = getT(lng);
  const absolute = (path: string) => new URL(path, siteUrl).href;
  return {
    title: t('feed.title'),
    description: t('feed.description'),
    home: absolute(indexPath(lng)),
    self: absolute(feedPath(lng, format)),
    entries: feedEntries(articles, lng),
  };
}

/** The latest updated date of the entries: the feed changes with them, and only with them. */
function lastUpdated(entries: readonly FeedEntry[]): Date {
  return new Date(Math.max(...entries.map((entry) => entry.updated.getTime())));
}
