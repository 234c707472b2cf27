import 'server-only';
import { languages } from '@/lib/i18n/config';
import { inlineScript } from '@/lib/pre-paint/inline-script';
import { workerPath } from './paths';

/** One address for the worker to keep, as Serwist's `CACHE_URLS` message takes it. */
export type KeepEntry = string | [string, RequestInit];

/**
 * What a page asks the service worker to keep, once the worker runs:
 * - on a visit the worker did not serve (the first, before it was installed), the page itself
 *   and the build files (`/_next/static/…`) it loaded, which the worker never saw;
 * - on an article or a paragraph link, the article in every language but the page's own
 *   address (which the worker kept as it served it): an article opened in one language is there
 *   offline in the other too, and is fetched anew each time its twin is opened.
 * Pages are asked for as HTML, as a browser asks for them, which is how the worker tells a page.
 *
 * Self-contained (no outer names, no spread or for-of): the page runs this very function's source.
 *
 * @param path the page's path, without its query
 * @param served whether the worker served this page
 * @param loaded the URLs of what the page loaded (its resource timing entries)
 */
export function addressesToKeep(
  path: string,
  served: boolean,
  loaded: readonly string[],
  origin: string,
  supported: readonly string[],
): KeepEntry[] {
  const asPage = (address: string): KeepEntry => [address, { headers: { Accept: 'text/html' } }];
  const keep: KeepEntry[] = [];
  if (!served) {
    keep.push(asPage(path));
    for (let i = 0; i < loaded.length; i++) {
      if (loaded[i]!.indexOf(origin + '/_next/static/') === 0) keep.push(loaded[i]!);
    }
  }
  const article = /^\/[^/]+\/articles\/([^/]+)/.exec(path);
  for (let i = 0; article && i < supported.length; i++) {
    const twin = '/' + supported[i] + '/articles/' + article[1];
    if (twin !== path) keep.push(asPage(twin));
  }
  return keep;
}

/**
 * Registers the service worker at `url` for the whole site once the page has loaded (so that it
 * never competes with the page's own requests), then hands it what `keep` lists. Quiet on any
 * failure: a browser without service workers, or a build without one, reads online as before.
 *
 * Self-contained, like `addressesToKeep`, which it is given rather than calls.
 */
export function registerWorker(url: string, supported: readonly string[], keep: typeof addressesToKeep): void {
  // Where there are no service workers, this throws, and the script ends quietly (`inlineScript`).
  const container = navigator.serviceWorker;
  const served = !!container.controller;
  addEventListener('load', function () {
    container
      .register(url, { scope: '/' })
      .then(function () {
        return container.ready;
      })
      .then(function (registration) {
        const loaded = performance.getEntriesByType('resource').map(function (entry) {
          return entry.name;
        });
        const urlsToCache = keep(location.pathname, served, loaded, location.origin, supported);
        if (urlsToCache.length > 0 && registration.active)
          registration.active.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urlsToCache } });
      })
      .catch(function () {});
  });
}

/** The script at the end of every page of the built site: `registerWorker` with the site's worker and languages. */
export const registerWorkerScript = inlineScript(registerWorker, workerPath, languages, addressesToKeep);
