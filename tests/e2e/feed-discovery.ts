import type { Page } from 'playwright-core';

/** The feeds a page names in its head, as a feed reader or a browser extension finds them. */
export function discoveredFeeds(
  page: Page,
): Promise<{ type: string | null; href: string | null; title: string | null }[]> {
  return page.$$eval('head link[rel="alternate"][type$="+xml"]', (links) =>
    links.map((link) => ({
      type: link.getAttribute('type'),
      href: link.getAttribute('href'),
      title: link.getAttribute('title'),
    })),
  );
}

/** What every page in `lng` names: its language's RSS feed and Atom twin, titled in that language. */
export const feedsOf = {
  en: [
    {
      type: 'application/rss+xml',
      href: 'http://localhost:3000/en/feed.xml',
      title: 'Paralelo: articles in English (RSS)',
    },
    {
      type: 'application/atom+xml',
      href: 'http://localhost:3000/en/atom.xml',
      title: 'Paralelo: articles in English (Atom)',
    },
  ],
  es: [
    {
      type: 'application/rss+xml',
      href: 'http://localhost:3000/es/feed.xml',
      title: 'Paralelo: artículos en español (RSS)',
    },
    {
      type: 'application/atom+xml',
      href: 'http://localhost:3000/es/atom.xml',
      title: 'Paralelo: artículos en español (Atom)',
    },
  ],
};

/** Each feed's address on the site, its language and format, and the Content-Type it must be served with. */
export const feedFiles = [
  { path: '/en/feed.xml', lng: 'en', type: 'application/rss+xml; charset=utf-8' },
  { path: '/es/feed.xml', lng: 'es', type: 'application/rss+xml; charset=utf-8' },
  { path: '/en/atom.xml', lng: 'en', type: 'application/atom+xml; charset=utf-8' },
  { path: '/es/atom.xml', lng: 'es', type: 'application/atom+xml; charset=utf-8' },
] as const;
