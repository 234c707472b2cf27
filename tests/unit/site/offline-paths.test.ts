import { describe, expect, it } from 'vitest';
import { articleAtParagraph, interfaceLanguage, isPageRequest, pageCacheKey } from '@/lib/offline/paths';

// The rules the service worker (lib/offline/worker.ts) decides by.

const origin = 'https://paralelo.example';
const request = (accept: string, method = 'GET') => ({ method, headers: new Headers({ Accept: accept }) });
const navigation = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('pageCacheKey', () => {
  it('keeps every address of a page as one entry: the view, the flips and the paragraph are not part of it', () => {
    const key = `${origin}/en/articles/a-slug`;
    expect(pageCacheKey(key)).toBe(key);
    expect(pageCacheKey(`${key}?view=side-by-side&flip=a-block,another#a-block`)).toBe(key);
    expect(pageCacheKey(`${key}?flip=a-block`)).toBe(key);
  });
});

describe('isPageRequest', () => {
  const at = (path: string) => new URL(path, origin);

  it('takes a navigation, and a page asked for as HTML', () => {
    expect(isPageRequest(request(navigation), at('/es/articles/a-slug'), true)).toBe(true);
    expect(isPageRequest(request('text/html'), at('/en'), true)).toBe(true);
  });

  it("leaves alone Next's files and payloads, images, other methods and other sites", () => {
    expect(isPageRequest(request('*/*'), at('/_next/static/chunks/a.js'), true)).toBe(false);
    expect(isPageRequest(request(navigation), at('/_next/static/chunks/a.js'), true)).toBe(false);
    expect(isPageRequest(request('*/*'), at('/en/articles/a-slug?_rsc=1'), true)).toBe(false);
    expect(isPageRequest(request('image/avif,image/webp,*/*'), at('/en/articles/a/p/b/card.png'), true)).toBe(false);
    expect(isPageRequest(request(navigation, 'POST'), at('/en'), true)).toBe(false);
    expect(isPageRequest(request(navigation), new URL('https://elsewhere.example/en'), false)).toBe(false);
  });
});

describe('articleAtParagraph', () => {
  it('opens a paragraph or sentence link at its paragraph of the article, in the same language', () => {
    expect(articleAtParagraph('/es/articles/a-slug/p/a-block')).toBe('/es/articles/a-slug#a-block');
    expect(articleAtParagraph('/en/articles/a-slug/p/a-block/s/2')).toBe('/en/articles/a-slug#a-block');
  });

  it('is undefined for any other page, or a language the site does not have', () => {
    for (const path of ['/en/articles/a-slug', '/en', '/en/articles/a-slug/p/a-block/card.png', '/fr/articles/a/p/b'])
      expect(articleAtParagraph(path), path).toBeUndefined();
  });
});

describe('interfaceLanguage', () => {
  it("is the address's language, else English", () => {
    expect(interfaceLanguage('/es/articles/a-slug')).toBe('es');
    expect(interfaceLanguage('/en/offline')).toBe('en');
    expect(interfaceLanguage('/')).toBe('en');
    expect(interfaceLanguage('/fr/articles/a-slug')).toBe('en');
  });
});
