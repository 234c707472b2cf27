import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/config';
import { launchChromiumProfile } from '@/scripts/support/chromium';
import { waitUntilKept } from '@/scripts/support/offline-cache';
import { axeViolations } from './axe';
import { hydrated, viewLabel, type setUpBrowser } from './browser';
import { desktop, expectShown, lead, slug, spanishBlock } from './no-javascript';

// Issue 17, point 3: the offline worker (lib/offline/worker.ts), as a reader meets it. Shared by
// the end-to-end tests (`next start`) and the static export's: the worker, its precache and the
// pages are built differently by each (scripts/build-worker.ts).

const article = (lng: string) => `/${lng}/articles/${slug}`;

/** Opens the seed article in English and waits until the worker keeps it, in both languages, for offline reading. */
async function readOnce(newPage: ReturnType<typeof setUpBrowser>['newPage']): Promise<Page> {
  const page = await newPage({ ...desktop, serviceWorkers: 'allow' });
  await page.goto(article('en'));
  await hydrated(page);
  await waitUntilKept(page, [article('en'), article('es')]);
  return page;
}

/** Offline reading, the offline page and installability, on the server `setUpBrowser` was given. */
export function describeOfflineReading({ newPage, baseURL }: ReturnType<typeof setUpBrowser>) {
  describe('offline', () => {
    it('keeps an opened article readable in both languages, with its flips, views and paragraph links', async () => {
      const page = await readOnce(newPage);
      await page.context().setOffline(true);

      await page.reload();
      await hydrated(page);
      await expectShown(page, { lng: 'en', view: 'reading', narrow: false });
      await page.locator(`[id="${spanishBlock}"] .flip`).click();
      await page.waitForURL(new RegExp(`flip=${spanishBlock}`));
      await viewLabel(page, 'Side by side').click();
      await page.waitForURL(/view=side-by-side/);
      // The address now has a query the worker never saw: it is the same kept page.
      await page.reload();
      await hydrated(page);
      await expectShown(page, { lng: 'en', view: 'side-by-side', flipped: [spanishBlock], narrow: false });

      await page.goto(article('es'));
      await hydrated(page);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expectShown(page, { lng: 'es', view: 'reading', narrow: false });

      // A paragraph link never opened: the kept article, at that paragraph.
      await page.goto(`${article('es')}/p/${lead}`);
      await page.waitForURL(`${baseURL}${article('es')}#${lead}`);
      await hydrated(page);
      expect(await page.locator(`[id="${lead}"]`).evaluate((block) => block.matches(':target'))).toBe(true);
      await expectShown(page, { lng: 'es', view: 'reading', narrow: false });
    });

    it('shows a page never opened as the offline page, in the language of its address, with no accessibility violation', async () => {
      const page = await readOnce(newPage);
      await page.context().setOffline(true);
      for (const [lng, title] of [
        ['es', 'Sin conexión'],
        ['en', 'You are offline'],
      ] as const) {
        await page.goto(`/${lng}`);
        expect(new URL(page.url()).pathname).toBe(`/${lng}`);
        expect(await page.getAttribute('html', 'lang')).toBe(lng);
        expect(await page.locator('h1').textContent()).toBe(title);
        expect(await page.title()).toBe(`${title} · Paralelo`);
        expect(await axeViolations(page)).toEqual([]);
      }
    });

    it('shows a new version of a kept page as soon as it is online, and keeps that one', async () => {
      const page = await readOnce(newPage);
      const kept = () =>
        page.evaluate(
          async (address) => (await (await caches.match(address))?.text())?.includes('<h1') ?? false,
          article('en'),
        );
      // An earlier deploy's copy, as the worker would have kept it (with the site's icon, which the browser asks for).
      await page.evaluate(async (address) => {
        const icon = document.querySelector('link[rel="icon"]')!.outerHTML;
        const stale = `<!doctype html><html lang="en"><title>Stale</title>${icon}<p id="stale">An earlier deploy</p></html>`;
        const cache = await caches.open('paralelo-pages');
        await cache.put(
          new URL(address, location.href).href,
          new Response(stale, { headers: { 'Content-Type': 'text/html' } }),
        );
      }, article('en'));
      expect(await kept()).toBe(false);

      await page.context().setOffline(true);
      await page.reload();
      expect(await page.locator('#stale').count()).toBe(1);

      await page.context().setOffline(false);
      await page.reload();
      await hydrated(page);
      expect(await page.locator('#stale').count()).toBe(0);
      await expect.poll(kept).toBe(true);
    });
  });

  describe('installable', () => {
    it('links each language to its manifest, which Chromium finds installable', async () => {
      // In a profile: Chromium says no incognito context can install.
      const profile = mkdtempSync(path.join(os.tmpdir(), 'paralelo-profile-'));
      const context = await launchChromiumProfile(profile);
      const said: string[] = [];
      context.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
      try {
        for (const lng of languages) {
          const page = await context.newPage();
          await page.goto(`${baseURL}/${lng}`);
          expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(`/${lng}/manifest.webmanifest`);
          const cdp = await context.newCDPSession(page);
          const manifest = await cdp.send('Page.getAppManifest');
          expect(manifest.errors).toEqual([]);
          expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
            lang: lng,
            start_url: `/${lng}`,
            scope: `/${lng}`,
          });
          expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
        }
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
      expect(said).toEqual([]);
    });

    it('serves the worker as a script that is never taken from a cache', async () => {
      const response = await fetch(`${baseURL}/sw.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^(text|application)\/javascript/);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(response.headers.get('Content-Security-Policy')).toContain("worker-src 'self'");
      expect(await response.text()).toContain('/en/offline');
    });
  });
}
