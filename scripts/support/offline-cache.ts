import type { Page } from 'playwright-core';

/**
 * What the offline worker (lib/offline/worker.ts) has yet to keep of `paths` and of the build
 * files (`/_next/static/…`) the page loaded; `['not controlled']` while no worker serves the page.
 * An empty list: the page and those paths read offline.
 */
export function notYetKept(page: Page, paths: readonly string[]): Promise<string[]> {
  return page.evaluate(async (paths) => {
    if (!navigator.serviceWorker?.controller) return ['not controlled'];
    const files = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(`${location.origin}/_next/static/`));
    const missing: string[] = [];
    for (const url of [...paths, ...files]) if (!(await caches.match(url))) missing.push(url);
    return missing;
  }, paths);
}

/** Waits, up to `timeoutMs`, until `notYetKept` is empty; fails naming what is still missing. */
export async function waitUntilKept(page: Page, paths: readonly string[], timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let missing = await notYetKept(page, paths);
  while (missing.length > 0) {
    if (Date.now() > deadline)
      throw new Error(`the offline worker has not kept, after ${timeoutMs} ms: ${missing.join(', ')}`);
    await page.waitForTimeout(100);
    missing = await notYetKept(page, paths);
  }
}

/** Each of the site's caches: how many responses it holds and the bytes of their bodies. */
export function cacheSizes(page: Page): Promise<{ name: string; entries: number; bytes: number }[]> {
  return page.evaluate(async () => {
    const sizes = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      let bytes = 0;
      const requests = await cache.keys();
      for (const request of requests) bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
      sizes.push({ name, entries: requests.length, bytes });
    }
    return sizes;
  });
}
