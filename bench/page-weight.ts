import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '@/scripts/support/chromium';

export interface PageWeight {
  path: string;
  scripts: number;
  jsBytes: number;
  jsGzipBytes: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Code that must stay on the server, found in the page's JavaScript. */
  leaks: string[];
  /** Each script: its URL, sizes and a hash of its content (to tell what two pages share). */
  files: { url: string; bytes: number; gzipBytes: number; sha256: string }[];
}

/** Strings only found in code that must never reach the browser. */
const serverOnlyMarkers = {
  franc: ' de|de |os | la|',
  i18next: 'i18next.changeLanguage',
  'article resources': 'Bielorrusia',
};

/**
 * Loads each page in Chromium and weighs what it fetched: every module script (not `noModule`
 * polyfills, which modern browsers skip) and the HTML, raw and gzipped.
 */
export async function measurePageWeights(baseURL: string, paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      const scripts = new Map<string, Buffer>();
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.set(response.url(), await response.body());
      });
      const response = await page.goto(baseURL + path, { waitUntil: 'networkidle' });
      const html = (await response?.body()) ?? Buffer.alloc(0);
      await page.close();

      const js = [...scripts.values()];
      const allJs = Buffer.concat(js).toString('utf8');
      weights.push({
        path,
        scripts: js.length,
        jsBytes: js.reduce((sum, b) => sum + b.length, 0),
        jsGzipBytes: js.reduce((sum, b) => sum + gzipSync(b).length, 0),
        htmlBytes: html.length,
        htmlGzipBytes: gzipSync(html).length,
        leaks: Object.entries(serverOnlyMarkers)
          .filter(([, marker]) => allJs.includes(marker))
          .map(([name]) => name),
        files: [...scripts].map(([url, body]) => ({
          url,
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
          sha256: createHash('sha256').update(body).digest('hex'),
        })),
      });
    }
    return weights;
  } finally {
    await browser.close();
  }
}
