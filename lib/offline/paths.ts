import { defaultLanguage, isLanguage, languages, type Language } from '../i18n/config';
import { languageOfPath } from '../i18n/negotiate';

/**
 * Where the site's installable and offline parts are served, and the rules the service worker
 * decides by. Plain functions of paths, with no Next.js or browser import, so that the service
 * worker (`worker.ts`), the pages and the unit tests share them.
 *
 * @packageDocumentation
 */

/** The service worker's address: at the root, so that its scope is the whole site. */
export const workerPath = '/sw.js';

/** The page a reader gets offline, in `lng`, for a page they never opened. */
export const offlinePath = (lng: Language) => `/${lng}/offline`;

/** The web app manifest of the site in `lng`. */
export const manifestPath = (lng: Language) => `/${lng}/manifest.webmanifest`;

/** The interface language of a path: its first segment when that is a language, else the default. */
export const interfaceLanguage = (pathname: string): Language => languageOfPath(pathname, languages) ?? defaultLanguage;

/**
 * The key a page is kept under: its URL without the query. The reader's view and flips
 * (`?view=…&flip=…`) are applied by the page's own script to the same HTML, so every address of
 * an article is one entry, the latest fetched.
 */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}

/**
 * Whether a request asks for a page of the site: a GET for HTML on this origin (a navigation, or
 * the pages the registration script asks the worker to keep), not one of Next's own files.
 */
export function isPageRequest(request: Pick<Request, 'method' | 'headers'>, url: URL, sameOrigin: boolean): boolean {
  return (
    sameOrigin &&
    request.method === 'GET' &&
    !url.pathname.startsWith('/_next/') &&
    (request.headers.get('Accept') ?? '').includes('text/html')
  );
}

const paragraphLink = /^\/([^/]+)\/articles\/([^/]+)\/p\/([^/]+)(?:\/s\/[^/]+)?$/;

/**
 * For a paragraph or sentence link (`/{lng}/articles/{slug}/p/{id}`, `…/s/{n}`), the article it
 * opens, at that paragraph (`/{lng}/articles/{slug}#{id}`): where the worker sends a reader who
 * follows such a link offline, since the article may be kept when the link's own page is not.
 * Undefined for any other path.
 */
export function articleAtParagraph(pathname: string): string | undefined {
  const [, lng, slug, id] = paragraphLink.exec(pathname) ?? [];
  return lng && isLanguage(lng) ? `/${lng}/articles/${slug}#${id}` : undefined;
}
