import { describe, expect, it } from 'vitest';
import { headersFile, immutableCache, securityHeaders } from '@/lib/security-headers';
import { parseHeadersFile } from '@/scripts/static-server';

const headersAt = (text: string, path: string) =>
  Object.fromEntries(parseHeadersFile(text).flatMap((rule) => (rule.pattern.test(path) ? rule.headers : [])));

describe("headersFile (the export's _headers)", () => {
  const text = headersFile();

  it('gives every path the security headers of next start', () => {
    const expected = Object.fromEntries(securityHeaders.map(({ key, value }) => [key, value]));
    for (const path of ['/', '/en', '/es/articles/a-slug/p/an-id', '/404.html', '/sitemap.xml']) {
      expect(headersAt(text, path)).toEqual(expected);
    }
  });

  it('caches hashed build files for good, and nothing else', () => {
    expect(headersAt(text, '/_next/static/chunks/abc.js')['Cache-Control']).toBe(immutableCache);
    expect(headersAt(text, '/en')['Cache-Control']).toBeUndefined();
    expect(headersAt(text, '/_next/staticx/abc.js')['Cache-Control']).toBeUndefined();
  });

  it('has the service worker checked anew each time, with the security headers', () => {
    expect(headersAt(text, '/sw.js')).toMatchObject({
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': securityHeaders[0]!.value,
    });
    expect(headersAt(text, '/sw.jsx')['Cache-Control']).toBeUndefined();
  });

  it('is in the format static hosts read: a path, then indented "Name: value" lines', () => {
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; /);
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(\/\S*|  [A-Za-z-]+: \S.*)$/);
  });
});

describe('parseHeadersFile', () => {
  it('reads patterns literally but for *, and skips comments and blank lines', () => {
    const text = '# a comment\n\n/a.b/*\n  X-One: 1\n  X-Two: a: b\n/exact\n  X-Three: 3\n';
    expect(headersAt(text, '/a.b/c/d')).toEqual({ 'X-One': '1', 'X-Two': 'a: b' });
    expect(headersAt(text, '/aXb/c')).toEqual({});
    expect(headersAt(text, '/exact')).toEqual({ 'X-Three': '3' });
    expect(headersAt(text, '/exact/more')).toEqual({});
  });

  it('names the line of a header that has no path above it, or no colon', () => {
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow('_headers:1: expected "Name: value" under a path');
    expect(() => parseHeadersFile('/*\n  X-One: 1\n  no colon\n')).toThrow('_headers:3:');
  });
});
