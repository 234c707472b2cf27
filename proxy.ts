import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLanguage } from '@/lib/i18n/negotiate';

/** Sends a visitor of `/` to the articles in the language their browser asks for. */
export function proxy(request: NextRequest) {
  const lng = negotiateLanguage(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
  response.headers.set('Vary', 'Accept-Language');
  return response;
}

export const config = { matcher: '/' };
