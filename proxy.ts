import { NextResponse, type NextRequest } from 'next/server';
import { isKnownParagraph } from '@/lib/content/paragraph-index';
import { isLanguage } from '@/lib/i18n/config';
import { negotiateLanguage } from '@/lib/i18n/negotiate';

const paragraphRoute = /^\/[^/]+\/articles\/[^/]+\/p(?:\/|$)/;
const paragraphPath = /^\/([^/]+)\/articles\/([^/]+)\/p\/([^/]+)(?:\/card\.png)?\/?$/;

/**
 * Sends a visitor of `/` to the articles in the language their browser asks for, drops a
 * trailing slash (`/en/` → `/en`), and answers a paragraph link to nothing with the 404 page.
 * (Paragraph pages are made on first request; Next.js would render a request-time 404 in the
 * browser only.)
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
  if (!paragraphRoute.test(pathname)) return NextResponse.next();

  const [, lng = '', slug = '', id = ''] = paragraphPath.exec(pathname) ?? [];
  if (!isLanguage(lng) || !isKnownParagraph(decode(slug), decode(id))) {
    // A path no route matches: Next.js answers with the static 404 page.
    return NextResponse.rewrite(new URL('/_not-found-paragraph', request.url));
  }
  return NextResponse.next();
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// Every path but Next.js's built files (`/_next/static/…`).
export const config = { matcher: ['/((?!_next/static/).*)'] };
