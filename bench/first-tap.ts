/**
 * The first tap on a slow phone: how long after a reader control shows on screen a tap on it
 * first takes effect, and how many taps before that did nothing. Chromium emulates the phone of
 * issue 13 (390×844, touch, 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down); the page
 * loads from scratch each run, and the bench taps the control every 100 ms from the moment it
 * is visible until the page shows the change.
 */
import type { Browser, Page } from 'playwright-core';
import { median } from './common';

export const throttling = { cpuSlowdown: 4, latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };

/** What a tap on a control must change, read in the page. */
export interface TapTarget {
  name: string;
  /** The control, as a reader sees it (first match). */
  selector: string;
  /** A value of the page that the tap changes. */
  state: string;
}

/** The first paragraph's flip control, and the switch to side by side. */
export const tapTargets: TapTarget[] = [
  {
    name: "the first paragraph's flip",
    selector: '.block .flip',
    // The languages of the first block's versions on screen.
    state: `[...document.querySelector('.block').querySelectorAll('.version')].filter((v) => v.checkVisibility()).map((v) => v.dataset.lang).join()`,
  },
  {
    name: 'the side-by-side view',
    selector: '.view-switcher [data-view="side-by-side"]',
    // Side by side names each version's language: beside it on a wide screen, on its tabs on a phone.
    state: `String([...document.querySelectorAll('.version-label, .flip-name')].some((label) => label.checkVisibility()))`,
  },
];

export interface FirstTap {
  target: string;
  /** From the control first showing to the change on screen of the first tap that took effect (the page's clock). */
  windowMs: number;
  /** Taps that did nothing before it. */
  lost: number;
  /** Whether the state changed again by itself after that (a lost tap replayed, undoing the one that worked). */
  doubled: boolean;
}

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: throttling.latencyMs,
    downloadThroughput: throttling.downloadBitsPerSecond / 8,
    uploadThroughput: throttling.uploadBitsPerSecond / 8,
  });
}

/**
 * Watches the page from its first script on, at every frame: when the control first shows, and
 * when the state it changes first differs from what it was then, and how often it changes. The
 * times are the page's own, so the window does not include the bench's round trips to the page.
 */
function watchScript(target: TapTarget): string {
  return `(() => {
    const watch = (window.__firstTap = { visibleAt: 0, changedAt: 0, changes: 0 });
    let shown;
    const frame = () => {
      const control = document.querySelector(${JSON.stringify(target.selector)});
      if (!watch.visibleAt && control && control.checkVisibility()) {
        watch.visibleAt = performance.now();
        shown = ${target.state};
      } else if (watch.visibleAt) {
        const now = ${target.state};
        if (now !== shown) {
          if (!watch.changedAt) watch.changedAt = performance.now();
          watch.changes += 1;
          shown = now;
        }
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

interface Watch {
  visibleAt: number;
  changedAt: number;
  changes: number;
}

/** One run: a fresh page, tapped from the moment the control shows until a tap works. */
export async function firstTap(browser: Browser, url: string, target: TapTarget): Promise<FirstTap> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  try {
    await throttle(page);
    await page.addInitScript({ content: watchScript(target) });
    const watch = () => page.evaluate(() => (window as unknown as { __firstTap: Watch }).__firstTap);
    await page.goto(url, { waitUntil: 'commit' });
    const control = page.locator(target.selector).first();
    await control.waitFor({ state: 'visible', timeout: 60_000 });
    let taps = 0;
    for (;;) {
      await control.tap({ timeout: 30_000 });
      taps += 1;
      await page.waitForTimeout(100);
      const seen = await watch();
      if (seen.changedAt) {
        await page.waitForTimeout(3000);
        const after = await watch();
        return {
          target: target.name,
          windowMs: seen.changedAt - seen.visibleAt,
          lost: taps - 1,
          doubled: after.changes > 1,
        };
      }
      if (taps > 100) throw new Error(`${target.name}: no tap took effect in 100 tries`);
    }
  } finally {
    await context.close();
  }
}

/** `runs` runs for each target, summed up. */
export async function measureFirstTaps(browser: Browser, url: string, runs: number) {
  const results: { target: string; windows: number[]; lost: number[]; doubled: number }[] = [];
  for (const target of tapTargets) {
    const taps: FirstTap[] = [];
    for (let i = 0; i < runs; i++) taps.push(await firstTap(browser, url, target));
    results.push({
      target: target.name,
      windows: taps.map((t) => t.windowMs),
      lost: taps.map((t) => t.lost),
      doubled: taps.filter((t) => t.doubled).length,
    });
  }
  return results.map((r) => ({ ...r, medianWindowMs: median(r.windows), medianLost: median(r.lost) }));
}
