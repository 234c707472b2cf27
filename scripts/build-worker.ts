/**
 * Builds the service worker (lib/offline/worker.ts, with Serwist) once the pages are built:
 *
 *   tsx scripts/build-worker.ts                 after `next build`: public/sw.js, which `next start` serves
 *   tsx scripts/build-worker.ts --export out    after the static export: out/sw.js
 *
 * The worker precaches each language's offline page under its address, with a revision from its
 * built HTML (Serwist's `getManifest`), so a deploy that changes it has it fetched anew, and the
 * icon those pages link. esbuild
 * bundles Serwist into the one file, minified, with Serwist's development logging compiled out:
 * a page's console stays empty.
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import { languages } from '@/lib/i18n/config';
import { offlinePath, workerPath } from '@/lib/offline/paths';
import { readArguments } from './support/command-line';

const usage = `usage: tsx scripts/build-worker.ts [--export <dir>]
  without --export: after \`next build\`, writes public/sw.js from the pages in .next/
  --export <dir>:   after the static export, writes <dir>/sw.js from the pages in <dir>/`;

const { values } = readArguments('build-worker', usage, { export: { type: 'string' } });
const pagesDir = values.export ?? path.join('.next', 'server', 'app');
const outFile = path.join(values.export ?? 'public', workerPath);

const offlinePages = Object.fromEntries(
  languages.map((lng) => [offlinePath(lng), `${offlinePath(lng).slice(1)}.html`]),
);

/**
 * The site's icon as the pages link it (`/icon.svg?<hash>`, named by Next.js from its content):
 * precached too, since the browser asks for it with every page, offline as well.
 */
function iconOf(file: string): string {
  const href = /<link rel="icon" href="(\/[^"]+)"/.exec(readFileSync(path.join(pagesDir, file), 'utf8'))?.[1];
  if (!href) throw new Error(`build-worker: ${file} links no icon of the site`);
  return href.replaceAll('&amp;', '&');
}

const {
  manifestEntries = [],
  size,
  warnings,
} = await getManifest({
  globDirectory: pagesDir,
  globPatterns: [],
  templatedURLs: Object.fromEntries(Object.entries(offlinePages).map(([url, file]) => [url, [file]])),
  additionalPrecacheEntries: [...new Set(Object.values(offlinePages).map(iconOf))].map((url) => ({
    url,
    revision: null,
  })),
});
if (warnings.length > 0) throw new Error(`build-worker: ${warnings.join('\n')}`);

mkdirSync(path.dirname(outFile), { recursive: true });
await build({
  entryPoints: ['lib/offline/worker.ts'],
  outfile: outFile,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    __PRECACHE_MANIFEST__: JSON.stringify(manifestEntries),
    'process.env.NODE_ENV': '"production"',
  },
});

const worker = readFileSync(outFile);
console.log(
  `build-worker: ${outFile}, ${(worker.length / 1024).toFixed(1)} KB (${(gzipSync(worker).length / 1024).toFixed(1)} KB gzip), ` +
    `precaching ${manifestEntries.map((entry) => entry.url).join(', ')} (the pages: ${(size / 1024).toFixed(1)} KB)`,
);
