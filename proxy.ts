import { NextResponse, type NextRequest } from 'next/server';
import { isKnownParagraph } from '@/lib/content/paragraph-index';
import { isLanguage } from '@/lib/i18n/config';
import { negotiateLanguage } from '@/lib/i18n/negotiate';

const paragraphPath = /^\/([^/]+)\/articles\/([^/]+)\/p\/([^/]+)(?:\/card\.png)?\/?$/;

/**
 * Sends a visitor of `/` to the articles in the language their browser asks for, and answers a
 * paragraph link to nothing with the 404 page. (Paragraph pages are made on first request;
 * Next.js would render a request-time 404 in the browser only.)
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/') {
    const lng = negotiateLanguage(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }

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

export const config = { matcher: ['/', '/:lng/articles/:slug/p/:path*'] };
