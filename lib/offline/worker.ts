/**
 * The service worker, built by scripts/build-worker.ts into `/sw.js` after `next build` (and
 * after the static export). Serwist's strategies, configured; docs/offline.md says what is kept
 * and when it is refreshed.
 *
 * - Pages: network first, the kept copy after 3 s without an answer or when offline, so a
 *   deploy's pages replace the kept ones at the next visit. Kept under their address without
 *   the query (`?view=…&flip=…` is applied by the page's own script).
 * - A paragraph or sentence link never opened: offline, the article at that paragraph.
 * - Any other page never opened: offline, the offline page in the address's language
 *   (precached at install, with the site's icon).
 * - `/_next/static/…`: cache first, as the names change with the content; files of earlier
 *   deploys stay for the pages kept with them, until the least used make room.
 *
 * @packageDocumentation
 */
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { languages } from '@/lib/i18n/config';
import { articleAtParagraph, interfaceLanguage, isPageRequest, offlinePath, pageCacheKey } from './paths';

/** The offline pages, with a revision from their content, and the site's icon: written in by scripts/build-worker.ts. */
declare const __PRECACHE_MANIFEST__: PrecacheEntry[];

/** Seconds a page may take over the network before the kept copy is shown. */
const networkTimeoutSeconds = 3;

/** At most this many pages (an article in two languages is two) and build files are kept. */
const maxPages = 200;
const maxStaticFiles = 300;

const pageKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url),
};
const pageExpiration = new ExpirationPlugin({ maxEntries: maxPages, purgeOnQuotaError: true });
const pages = (...plugins: SerwistPlugin[]) =>
  new NetworkFirst({
    cacheName: 'paralelo-pages',
    networkTimeoutSeconds,
    plugins: [pageKey, pageExpiration, ...plugins],
  });

const openArticleAtParagraph: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    return Response.redirect(new URL(articleAtParagraph(url.pathname)!, url).href, 302);
  },
};

const serwist = new Serwist({
  precacheEntries: __PRECACHE_MANIFEST__,
  precacheOptions: { cacheName: 'paralelo-precache' },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({
        cacheName: 'paralelo-static',
        plugins: [new ExpirationPlugin({ maxEntries: maxStaticFiles, purgeOnQuotaError: true })],
      }),
    },
    {
      matcher: ({ request, url, sameOrigin }) =>
        isPageRequest(request, url, sameOrigin) && articleAtParagraph(url.pathname) !== undefined,
      handler: pages(openArticleAtParagraph),
    },
    {
      matcher: ({ request, url, sameOrigin }) => isPageRequest(request, url, sameOrigin),
      handler: pages(),
    },
  ],
  fallbacks: {
    entries: languages.map((lng) => ({
      url: offlinePath(lng),
      matcher: ({ request }) => request.mode === 'navigate' && interfaceLanguage(new URL(request.url).pathname) === lng,
    })),
  },
});

serwist.addEventListeners();
