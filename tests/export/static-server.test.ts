import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';

// scripts/static-server.ts on the export: what a plain static host does.

const baseURL = inject('baseURL');
const article = '/en/articles/belarus-cuba-military-ties';

/** A request with its path sent exactly as written (fetch would normalise `..`). */
function raw(
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('serves clean URLs from .html files, ignoring the query', async () => {
    const page = await fetch(`${baseURL}${article}?view=side-by-side&flip=x`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<html lang="en"');
    expect((await fetch(`${baseURL}/`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('redirects a trailing slash to the clean URL', async () => {
    const response = await fetch(`${baseURL}${article}/?view=original`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(`${article}?view=original`);
  });

  it('gives scripts, styles, fonts and images their types, hashed files cached for good', async () => {
    const html = await (await fetch(`${baseURL}${article}`)).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    const css = style ? await (await fetch(`${baseURL}${style}`)).text() : '';
    const fontURL = /url\(([^)]+\.woff2)\)/.exec(css)?.[1];
    const font = fontURL && style ? new URL(fontURL, `${baseURL}${style}`).pathname : undefined;
    for (const [path, type] of [
      [script, 'text/javascript; charset=utf-8'],
      [style, 'text/css; charset=utf-8'],
      [font, 'font/woff2'],
    ] as const) {
      expect(path).toBeDefined();
      const response = await fetch(`${baseURL}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${baseURL}/icon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it("sends the export's _headers, the security headers of next start, on every response, and not the file itself", async () => {
    for (const [path, status] of [
      ['/', 200],
      [article, 200],
      ['/language-choice.css', 200],
      [`${article}/`, 308],
      ['/en/nope', 404],
      ['/_headers', 404],
    ] as const) {
      const response = await raw(path);
      expect(response.status, path).toBe(status);
      for (const { key, value } of securityHeaders)
        expect(response.headers[key.toLowerCase()], `${path} ${key}`).toBe(value);
    }
    expect((await raw('/_headers')).body).not.toContain('Content-Security-Policy');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await raw(article);
    const head = await raw(article, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)));
    expect(head.body).toBe('');
    expect((await raw('/nope', 'HEAD')).status).toBe(404);
  });

  it('refuses other methods', async () => {
    const response = await raw(article, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/en/..%2f..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/..%5cpackage.json',
    '/%00',
    '/%E0%A4%A',
  ])('never leaves the folder: %s', async (path) => {
    const response = await raw(path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('"name": "paralelo"');
  });
});
