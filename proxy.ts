import { NextResponse, type NextRequest } from 'next/server';
import { isKnownParagraph, isKnownSentence } from '@/lib/content/store';
import { isLanguage, type Language } from '@/lib/i18n/config';
import { negotiateLanguage } from '@/lib/i18n/negotiate';

const paragraphRoute = /^\/[^/]+\/articles\/[^/]+\/p(?:\/|$)/;
const paragraphPath = /^\/([^/]+)\/articles\/([^/]+)\/p\/([^/]+)(?:\/s\/([^/]+))?(?:\/card\.png)?\/?$/;

/**
 * Sends a visitor of `/` to the articles in the language their browser asks for, drops a
 * trailing slash (`/en/` → `/en`), and answers a paragraph or sentence link to nothing with the 404 page.
 * (Paragraph pages are made on first request; Next.js would render a request-time 404 in the
 * browser only.) Also answers 404 for a path with a malformed percent escape (`/%zz`,
 * `/en/articles/%E0`), where Next.js 16 answers 500 (vercel/next.js#92527), and 405 for a share
 * card asked for with another method than GET or HEAD.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const lng = negotiateLanguage(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }

  // Next.js's own trailing-slash redirect skips the headers of next.config.ts
  // (skipTrailingSlashRedirect there), so the proxy makes it: /en/ → /en, query kept.
  // (A plain URL: request.nextUrl would put the slash back.)
  const url = new URL(request.url);
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '');
    return NextResponse.redirect(url, 308);
  }

  if (!pathname.split('/').every(decodes)) return notFound(request);
  if (!paragraphRoute.test(pathname)) return NextResponse.next();

  const [, lng = '', slug = '', id = '', sentence] = paragraphPath.exec(pathname) ?? [];
  const known = (lng: Language, slug: string, id: string) =>
    sentence === undefined ? isKnownParagraph(slug, id) : isKnownSentence(lng, slug, id, sentence);
  if (!isLanguage(lng) || !known(lng, decodeURIComponent(slug), decodeURIComponent(id))) return notFound(request);
  // A share card is made on its first request and kept, whatever that request's method: a
  // first POST, PUT, DELETE or OPTIONS would keep its 405 (or 500) as the card for everyone,
  // on disk. Only GET and HEAD reach it.
  if (pathname.endsWith('/card.png') && request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  return NextResponse.next();
}

/** A path no route matches: Next.js answers with the static 404 page. */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL('/_not-found-paragraph', request.url));
}

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

// Every path but Next.js's built files (`/_next/static/…`, which answer 404 to a malformed escape)
// and the two hot pages whose address is plain: an index (`/en`) or an article (`/en/articles/slug`,
// no escape, no slash at the end), prerendered and served as they are, where the proxy would only
// cost time under load (docs/performance.md).
export const config = { matcher: ['/((?!_next/static/|(?:en|es)(?:/articles/[a-z0-9-]+)?$).*)'] };
