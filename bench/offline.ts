/**
 * `npm run bench:offline`: what the offline worker (lib/offline/worker.ts) keeps once a reader
 * has opened the seed article in English (both languages of the article, its build files, the
 * precached offline pages), cache by cache, and the worker's own size.
 */
import { gzipSync } from 'node:zlib';
import { workerPath } from '@/lib/offline/paths';
import { launchChromium } from '@/scripts/support/chromium';
import { cacheSizes, waitUntilKept } from '@/scripts/support/offline-cache';
import { articlePath } from '@/lib/site';
import { isMain, kb, runInfo, runStandalone, seedSlug, type BenchResult } from './common';

export interface OfflineFigures {
  caches: { name: string; entries: number; bytes: number }[];
  keptBytes: number;
  workerBytes: number;
  workerGzipBytes: number;
}

export async function benchOffline(appURL: string): Promise<BenchResult<OfflineFigures>> {
  const worker = Buffer.from(await (await fetch(appURL + workerPath)).arrayBuffer());
  const browser = await launchChromium();
  let caches: OfflineFigures['caches'];
  try {
    const page = await browser.newPage();
    await page.goto(appURL + articlePath('en', seedSlug), { waitUntil: 'load' });
    await waitUntilKept(page, [articlePath('en', seedSlug), articlePath('es', seedSlug)]);
    caches = await cacheSizes(page);
  } finally {
    await browser.close();
  }
  const figures = {
    caches,
    keptBytes: caches.reduce((sum, cache) => sum + cache.bytes, 0),
    workerBytes: worker.length,
    workerGzipBytes: gzipSync(worker).length,
  };
  console.log(
    `offline: ${kb(figures.keptBytes)} kept after reading the seed article; worker ${kb(figures.workerBytes)} (${kb(figures.workerGzipBytes)} gzip)`,
  );

  const lines = [
    '## What the offline worker keeps (`npm run bench:offline`)',
    '',
    ...runInfo(),
    `- A fresh Chromium profile opens \`${articlePath('en', seedSlug)}\` once, served by \`next start\`, and waits until the worker keeps the article in both languages and every build file the page loaded; bodies as stored (not compressed)`,
    '',
    '| cache | entries | bytes |',
    '| --- | ---: | ---: |',
    ...caches.map((cache) => `| \`${cache.name}\` | ${cache.entries} | ${kb(cache.bytes)} |`),
    `| **all** | ${caches.reduce((sum, cache) => sum + cache.entries, 0)} | **${kb(figures.keptBytes)}** |`,
    '',
    `The worker, \`${workerPath}\`: ${kb(figures.workerBytes)}, ${kb(figures.workerGzipBytes)} gzip (level 6), fetched once per visit that checks for a new deploy.`,
    '',
  ];
  return { figures, lines };
}

if (isMain(import.meta.url)) await runStandalone('offline', benchOffline);
