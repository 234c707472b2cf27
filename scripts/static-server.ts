/**
 * A small static file server for the export in `out/`, with nothing but node:http: what a static
 * host or CDN does, for `npm run export:serve`, the export's tests and as the plain static
 * reference of benchmarks.
 *
 *   tsx scripts/static-server.ts <dir> [--port N] [--host H]     (PORT, default 3000)
 *
 * - Clean URLs: `/a/b` serves `a/b`, else `a/b.html`, else `a/b/index.html`; `/a/b/` serves
 *   `a/b/index.html` or redirects to `/a/b` when that is `a/b.html`. The query is ignored.
 * - GET and HEAD (headers only); anything else 405.
 * - Unknown paths: `404.html` with status 404. Paths that leave the folder (`..`, encoded or
 *   not), hold a NUL or a backslash, or cannot be decoded never reach the disk: 400 or 404.
 * - Files are streamed; per request, only `stat` calls touch the disk before the stream.
 * - `/_next/static/` (hashed names) is cached for a year, everything else revalidated.
 * - A `_headers` file at the root (Netlify's and Cloudflare Pages' format, which the export
 *   writes) adds its headers to every response whose path matches, and is not served itself;
 *   a `Content-Type` there wins over the one of the file's extension (the feeds'), as on those hosts.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { immutableCache } from '@/lib/security-headers';
import { freePort, serveWhenAnswering, type RunningServer } from './support/next-server';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentType(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileAt(file: string): Promise<Stats | undefined> {
  try {
    const stats = await stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Parses a `_headers` file: a path pattern on its own line (`*` matching anything), then its
 * headers indented below it, one `Name: value` a line; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers:${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The request handler serving `root` (an absolute folder). */
export function staticHandler(root: string) {
  const base = path.resolve(root);
  const notFoundPage = path.join(base, '404.html');
  const headersPath = path.join(base, '_headers');
  const headerRules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

  function send(request: IncomingMessage, response: ServerResponse, file: string, stats: Stats, status = 200) {
    const relative = path.relative(base, file).split(path.sep).join('/');
    response.writeHead(status, {
      'Content-Type': (response.getHeader('Content-Type') as string | undefined) ?? contentType(file),
      'Content-Length': stats.size,
      'Cache-Control':
        response.getHeader('Cache-Control') ??
        (relative.startsWith('_next/static/') ? immutableCache : 'public, max-age=0, must-revalidate'),
      'Last-Modified': stats.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    const stream = createReadStream(file);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  }

  function plain(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
    response.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...headers,
    });
    response.end(text);
  }

  async function notFound(request: IncomingMessage, response: ServerResponse) {
    const stats = await fileAt(notFoundPage);
    if (stats) send(request, response, notFoundPage, stats, 404);
    else plain(response, 404, 'Not found');
  }

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    const rawPath = (request.url ?? '/').split('?')[0]!.split('#')[0]!;
    for (const rule of headerRules) {
      if (rule.pattern.test(rawPath)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return plain(response, 400, 'Bad request');
    }
    if (!pathname.startsWith('/') || pathname.includes('\0') || pathname.includes('\\'))
      return plain(response, 400, 'Bad request');
    // Any `.` or `..` segment, before or after decoding, is refused rather than resolved.
    if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) return notFound(request, response);

    if (pathname === '/_headers') return notFound(request, response);
    const target = path.join(base, pathname);
    if (target !== base && !target.startsWith(base + path.sep)) return notFound(request, response);

    if (pathname.endsWith('/')) {
      const index = path.join(target, 'index.html');
      const stats = await fileAt(index);
      if (stats) return send(request, response, index, stats);
      if (pathname !== '/' && (await fileAt(`${target.replace(/[\\/]+$/, '')}.html`))) {
        const location = rawPath.replace(/\/+$/, '') + (request.url?.slice(rawPath.length) ?? '');
        return plain(response, 308, 'Permanent redirect', { Location: location });
      }
      return notFound(request, response);
    }
    for (const file of [target, `${target}.html`, path.join(target, 'index.html')]) {
      const stats = await fileAt(file);
      if (stats) return send(request, response, file, stats);
    }
    return notFound(request, response);
  };
}

/**
 * Serves `dir` on a free loopback port in a child process (its own pid, so a benchmark can
 * measure its memory) and waits until it answers.
 */
export async function startStaticServer(dir: string): Promise<RunningServer> {
  const port = await freePort();
  const script = fileURLToPath(import.meta.url);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, path.resolve(dir), '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  return serveWhenAnswering('static server', child, port, '/');
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    console.error('usage: tsx scripts/static-server.ts <dir> [--port N] [--host H]');
    process.exit(2);
  }
  const port = Number(option(args, '--port') ?? process.env.PORT ?? 3000);
  const host = option(args, '--host');
  const handle = staticHandler(dir);
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.listen(port, host, () => console.log(`Serving ${path.resolve(dir)} on http://${host ?? 'localhost'}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
}
