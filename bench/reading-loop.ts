/**
 * `npm run bench:reading`: the reading loop as issue 13's readers met it, on the seed article:
 * the first tap on a slow phone (bench/first-tap.ts), the Tab stops a keyboard reader needs to
 * reach the 5th paragraph's flip and to pass the whole article, and side by side on a phone
 * (390×844): the page's height and the paragraphs taller than the screen below the sticky bar,
 * at the default and the largest text size. Writes its section of docs/BENCHMARKS.md.
 */
import type { Browser } from 'playwright-core';
import { articlePath } from '@/lib/site';
import { displayStorageKey, textSizes, defaultTextSize } from '@/lib/reader/display-settings';
import { launchChromium } from '@/scripts/support/chromium';
import { isMain, passOrMiss, runInfo, runStandalone, seedSlug, type BenchResult } from './common';
import { measureFirstTaps, throttling } from './first-tap';

const runs = Number(process.env.FIRST_TAP_RUNS ?? 3);

/** Tabs from the top of the page to the 5th block's flip control, and through every block's controls. */
async function tabStops(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    let toFifth: number | undefined;
    let inBlocks = 0;
    for (let tab = 1; tab <= 400; tab++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        const block = active?.closest('.block');
        const blocks = [...document.querySelectorAll('.block')];
        return { index: block ? blocks.indexOf(block) : -1, flip: Boolean(active?.closest('.flip')) };
      });
      if (where.index >= 0) inBlocks += 1;
      else if (inBlocks > 0) break;
      if (toFifth === undefined && where.index === 4 && where.flip) toFifth = tab;
    }
    return { toFifth, inBlocks };
  } finally {
    await page.close();
  }
}

/** Side by side on a phone at one text size: page height, and blocks taller than the screen below the sticky bar. */
async function phoneSideBySide(browser: Browser, url: string, textSize: number) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await context.addInitScript(
    ([key, size]) => localStorage.setItem(key, JSON.stringify({ theme: 'system', textSize: size })),
    [displayStorageKey, textSize] as const,
  );
  const page = await context.newPage();
  try {
    await page.goto(`${url}?view=side-by-side`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate(() => {
      const bar = document.querySelector('.toolbar')?.getBoundingClientRect().height ?? 0;
      const room = window.innerHeight - bar;
      const heights = [...document.querySelectorAll('.block')].map((b) => b.getBoundingClientRect().height);
      return {
        pageHeight: document.documentElement.scrollHeight,
        blocks: heights.length,
        taller: heights.filter((h) => h > room).length,
        tallest: Math.max(...heights),
        bar,
      };
    });
  } finally {
    await context.close();
  }
}

export async function benchReadingLoop(appURL: string): Promise<BenchResult<unknown>> {
  const url = appURL + articlePath('es', seedSlug);
  const browser = await launchChromium();
  try {
    const taps = await measureFirstTaps(browser, url, runs);
    const tabs = await tabStops(browser, appURL + articlePath('en', seedSlug));
    const sizes = [defaultTextSize, textSizes.at(-1)!];
    const phones = [];
    for (const size of sizes) phones.push({ size, ...(await phoneSideBySide(browser, url, size)) });

    const ms = (v: number) => `${Math.round(v)} ms`;
    const blocks = phones[0]?.blocks ?? 0;
    const targets = [
      `no tap lost: ${passOrMiss(taps.every((t) => t.lost.every((lost) => lost === 0)))}`,
      `one Tab stop a paragraph: ${passOrMiss(tabs.inBlocks === blocks)}`,
      `no paragraph taller than the phone's screen side by side: ${passOrMiss(phones.every((p) => p.taller === 0))}`,
    ];
    const lines = [
      '## The reading loop (`npm run bench:reading`)',
      '',
      ...runInfo(),
      `- Spanish reader of the seed article. First tap: Chromium as a phone (390×844, touch, ${throttling.cpuSlowdown}× CPU slowdown, ${throttling.latencyMs} ms round trip, ${throttling.downloadBitsPerSecond / 1e6} Mbit/s), the page loaded afresh each run, the control tapped every 100 ms from the moment it is visible; the window runs from then to the first tap that took effect. ${runs} runs each.`,
      '',
      '| control | first-tap window, median (each run) | taps lost, median | a lost tap replayed later |',
      '| --- | ---: | ---: | ---: |',
      ...taps.map(
        (t) =>
          `| ${t.target} | ${ms(t.medianWindowMs)} (${t.windows.map(ms).join(', ')}) | ${t.medianLost} | ${t.doubled} of ${runs} |`,
      ),
      '',
      `Keyboard (English reader, 1280×800, from the top of the page): ${tabs.toFifth ?? 'never'} Tabs reach the 5th paragraph's flip; ${tabs.inBlocks} Tab stops inside the article's paragraphs.`,
      '',
      'Side by side on a phone (390×844):',
      '',
      '| text size | page height | sticky bar | paragraphs taller than the screen below the bar | tallest |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...phones.map(
        (p) =>
          `| ${p.size}${p.size === defaultTextSize ? ' (default)' : ' (largest)'} | ${Math.round(p.pageHeight)} px | ${Math.round(p.bar)} px | ${p.taller} of ${p.blocks} | ${Math.round(p.tallest)} px |`,
      ),
      '',
      `Targets: ${targets.join('; ')}.`,
      '',
    ];
    for (const line of lines) if (/^(\||Keyboard|Targets)/.test(line)) console.log(`reading: ${line}`);
    return { figures: { taps, tabs, phones }, lines };
  } finally {
    await browser.close();
  }
}

if (isMain(import.meta.url)) await runStandalone('reading', benchReadingLoop);
