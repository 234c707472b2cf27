/**
 * `npm run bench:latency`: how long a reader waits to see a flip, a view switch, a sentence's
 * highlight (side by side) or a peek at its translation (reading view), in Chromium.
 * Inside the page: t0 right before `element.click()`, t1 after the next animation frame and a
 * macrotask after it (so the frame was produced); 50 tries each, median and p95. On the seed
 * article, and on a generated article of 500 paragraphs built in a scratch copy and served by
 * its own `next start` (untranslated, so without sentences). The reference is a click on the
 * article's heading, which changes nothing: what waiting for the next frame costs by itself.
 * Targets: a block, a highlight and a peek under 16 ms (one frame), a view under 100 ms.
 * Then the first tap on a slow phone (bench/first-tap.ts): from a control showing to the first
 * tap on it that takes effect, which should be the very first.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '@/scripts/support/chromium';
import { startNextServer } from '@/scripts/support/next-server';
import { articlePath } from '@/lib/site';
import { isMain, median, passOrMiss, quantile, runInfo, runStandalone, seedSlug, type BenchResult } from './common';
import { measureFirstTaps, throttling } from './first-tap';
import { makeLargeArticleCopy } from './scratch';

export const tries = 50;
export const largeParagraphs = 500;
export const targetMs = { block: 16, view: 100, sentence: 16 } as const;
export const firstTapRuns = Number(process.env.FIRST_TAP_RUNS ?? 3);

export interface LatencyFigures {
  article: string;
  blocks: number;
  reference: number[];
  block: number[];
  view: number[];
  /** Where the article has aligned sentences: a highlight side by side, a peek in the reading view. */
  highlight?: number[];
  peek?: number[];
}

export type FirstTapFigures = Awaited<ReturnType<typeof measureFirstTaps>>;

/**
 * Clicks `selector` and times it to the end of the next frame; throws if `check` (a selector)
 * shows the same versions after, or, with `marks`, if the text of what `marks` selects is the same.
 */
async function timeClick(page: Page, selector: string, check: string, marks = ''): Promise<number> {
  const { ms, before, after } = await page.evaluate(
    async ({ selector, check, marks }) => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`no ${selector}`);
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const versions = check ? [...document.querySelectorAll(`${check} .version`)] : [];
      const before = marks
        ? [...document.querySelectorAll(marks)].map((e) => e.textContent).join('|')
        : versions.map((version) => version.checkVisibility()).join();
      const t0 = performance.now();
      element.click();
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
      const t1 = performance.now();
      const after = marks
        ? [...document.querySelectorAll(marks)].map((e) => e.textContent).join('|')
        : versions.map((version) => version.checkVisibility()).join();
      return { ms: t1 - t0, before, after };
    },
    { selector, check, marks },
  );
  if ((check || marks) && before === after) throw new Error(`clicking ${selector} did not change what it shows`);
  return ms;
}

/** Lets the page settle between tries: two frames and a short, varying pause (so clicks fall anywhere in a frame). */
async function settle(page: Page, i: number) {
  await page.evaluate(
    (pause) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, pause))),
      ),
    (i * 7) % 17,
  );
}

async function measureArticle(page: Page, url: string, article: string): Promise<LatencyFigures> {
  await page.goto(url, { waitUntil: 'networkidle' });
  const blocks = await page.locator('.block').count();
  // The middle block, in view: its flip button and its own state.
  const middle = await page
    .locator('.block')
    .nth(Math.floor(blocks / 2))
    .getAttribute('id');
  if (!middle) throw new Error(`${url}: no block IDs`);
  const block = `[id="${middle}"]`;
  await page.locator(block).scrollIntoViewIfNeeded();
  await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), block);
  // The controls work from the first paint; the page is hydrated once React announces a flip.
  const flip = `${block} label.flip`;
  await page.locator(flip).click();
  await page.waitForFunction(() => document.querySelector('[aria-live="polite"]')?.textContent);
  await page.locator(flip).click();
  await page.waitForFunction(
    (input) => document.querySelector<HTMLInputElement>(input)?.checked === false,
    `${block} input[name="flip"]`,
  );

  const run = async (selector: (i: number) => string, check: string, marks?: string) => {
    for (let i = 0; i < 4; i++) await timeClick(page, selector(i), check, marks); // warm-up
    const times: number[] = [];
    for (let i = 0; i < tries; i++) {
      await settle(page, i);
      times.push(await timeClick(page, selector(i), check, marks));
    }
    return times;
  };
  const reference = await run(() => 'h1', '');
  const flips = await run(() => flip, block);
  const views = await run(
    (i) => `.view-switcher label[data-view="${i % 2 === 0 ? 'side-by-side' : 'reading'}"]`,
    block,
  );

  // A block of two sentences or more: each try taps the other one, which moves the highlight or the peek.
  const aligned = await page.evaluate(
    () => document.querySelector('.version[data-lang="en"][data-beads*=" "]')?.closest('.block')?.id,
  );
  if (!aligned) return { article, blocks, reference, block: flips, view: views };
  const sentence = (i: number) => `[id="${aligned}"] .version[data-lang="en"] [data-s="${i % 2}"]`;
  await page.locator(`.view-switcher label[data-view="side-by-side"]`).click();
  await page.locator(`[id="${aligned}"]`).scrollIntoViewIfNeeded();
  const highlight = await run(sentence, '', `[id="${aligned}"] [data-hl]`);
  await page.locator(`.view-switcher label[data-view="reading"]`).click();
  const peek = await run(sentence, '', '.peek');
  return { article, blocks, reference, block: flips, view: views, highlight, peek };
}

/** The first-tap table: each control's window (median and each run), taps lost, taps replayed. */
function firstTapLines(taps: FirstTapFigures): string[] {
  const ms = (v: number) => `${Math.round(v)} ms`;
  const pass = taps.every((t) => t.lost.every((lost) => lost === 0) && t.doubled === 0);
  for (const t of taps)
    console.log(`latency first tap, ${t.target}: window ${ms(t.medianWindowMs)}, lost ${t.medianLost}`);
  return [
    `First tap on a slow phone (\`bench/first-tap.ts\`): Chromium as a phone (390×844, touch, ${throttling.cpuSlowdown}× CPU slowdown, ${throttling.latencyMs} ms round trip, ${throttling.downloadBitsPerSecond / 1e6} Mbit/s), Spanish reader of the seed article loaded afresh each run, the control tapped every 100 ms from the frame it first shows in; the window runs from that frame to the one that shows the change of the first tap that took effect. ${firstTapRuns} runs each.`,
    '',
    '| control | first-tap window, median (each run) | taps lost, median (each run) | a lost tap replayed later |',
    '| --- | ---: | ---: | ---: |',
    ...taps.map(
      (t) =>
        `| ${t.target} | ${ms(t.medianWindowMs)} (${t.windows.map(ms).join(', ')}) | ${t.medianLost} (${t.lost.join(', ')}) | ${t.doubled} of ${t.windows.length} |`,
    ),
    '',
    `Every first tap took effect, none replayed: **${passOrMiss(pass)}**.`,
    '',
  ];
}

export async function benchLatency(
  appURL: string,
): Promise<BenchResult<{ articles: LatencyFigures[]; firstTaps: FirstTapFigures }>> {
  const large = makeLargeArticleCopy(largeParagraphs);
  let largeServer;
  const browser = await launchChromium();
  try {
    large.run('npx tsx scripts/content/build.ts', { echo: false });
    large.run('npx next build', { echo: false });
    largeServer = await startNextServer({ cwd: large.dir });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const figures = [
      await measureArticle(
        page,
        appURL + articlePath('en', seedSlug),
        `seed article (\`${articlePath('en', seedSlug)}\`)`,
      ),
      await measureArticle(
        page,
        largeServer.url + articlePath('en', 'large'),
        `generated, ${largeParagraphs} paragraphs (\`${articlePath('en', 'large')}\`)`,
      ),
    ];
    await context.close();
    const firstTaps = await measureFirstTaps(browser, appURL + articlePath('es', seedSlug), firstTapRuns);

    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const rows: string[] = [];
    let pass = true;
    for (const f of figures) {
      const ref = median(f.reference);
      rows.push(
        `| ${f.article} | ${f.blocks} | click that changes nothing (reference) | ${ms(ref)} | ${ms(quantile(f.reference, 0.95))} | 1.00 | | |`,
      );
      const actions = [
        ['flip one block', f.block, targetMs.block],
        ['switch the view (reading ↔ side by side)', f.view, targetMs.view],
        ['highlight a sentence and its translation (side by side)', f.highlight, targetMs.sentence],
        ['peek at a sentence’s translation (reading view)', f.peek, targetMs.sentence],
      ] as const;
      for (const [what, times, target] of actions) {
        if (!times) continue;
        const m = median(times);
        const p95 = quantile(times, 0.95);
        pass &&= m < target;
        rows.push(
          `| ${f.article} | ${f.blocks} | ${what} | ${ms(m)} | ${ms(p95)} | ${(m / ref).toFixed(2)} | < ${target} ms | median ${passOrMiss(m < target)}, p95 ${passOrMiss(p95 < target)} |`,
        );
        console.log(
          `latency ${f.article}, ${what}: median ${ms(m)}, p95 ${ms(p95)} (reference ${ms(ref)}) → median ${passOrMiss(m < target)}, p95 ${passOrMiss(p95 < target)}`,
        );
      }
    }
    const lines = [
      '## Toggle latency (`npm run bench:latency`)',
      '',
      ...runInfo(),
      `- Chromium (headless, 1280×800), English reader. Measured inside the page: from right before \`element.click()\` to a macrotask after the next \`requestAnimationFrame\`, so the frame with the change was produced; ${tries} tries each, after 4 not counted, the block in the middle of the article, in view. "ratio" is the median over the reference's: a click on the heading, which changes nothing, so what waiting for the next frame (up to one 60 Hz frame, 16.7 ms) costs by itself. A highlight and a peek: on the first block with two sentences or more, each try taps the other sentence, which moves the highlight (side by side) or the peek (reading view); the generated article is untranslated, so it has none.`,
      '',
      '| article | blocks | action | median | p95 | ratio | target | result |',
      '| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
      `Every median under its target: **${passOrMiss(pass)}**.`,
      '',
      ...firstTapLines(firstTaps),
    ];
    return { figures: { articles: figures, firstTaps }, lines };
  } finally {
    await browser.close();
    largeServer?.stop();
    large.remove();
  }
}

if (isMain(import.meta.url)) await runStandalone('latency', benchLatency);
