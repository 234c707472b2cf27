/**
 * `npm run bench:lighthouse [-- --runs N]`: Lighthouse 12.2.3 with its default config (mobile,
 * simulated throttling) in Debian's Chromium, on the index and the reader in both languages,
 * served by `next start`, with the bare Next.js page (`bench/bare-app/`) as the reference.
 * The pages take turns, N rounds (default 5), so that a busy moment of the machine falls on all
 * of them, and Lighthouse's median run of each is kept. Targets: Performance at least the bare
 * page's, LCP within 1.2× the bare page's; Accessibility, Best Practices and SEO 100. Lists
 * every audit that keeps a category under its target.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { articlePath } from '@/lib/site';
import { bareApp, isMain, passOrMiss, runInfo, runStandalone, seedSlug, type BenchResult } from './common';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

/** Fixed targets; Performance's is the bare page's score in the same run (`relativeTargets`). */
export const targets: Record<Exclude<Category, 'performance'>, number> = {
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** LCP may be this many times the bare page's, at most. */
export const lcpRatio = 1.2;

const metrics = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  displayValue?: string;
}

export interface LighthousePage {
  path: string;
  reference: boolean;
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** LCP in milliseconds. */
  lcp: number;
  /** Audits of each category under its target that scored under 1 (none for the reference). */
  failing: FailingAudit[];
  /** Audits Lighthouse could not run on this page, with its message. */
  errors: { id: string; message: string }[];
}

export interface LighthouseFigures {
  pages: LighthousePage[];
  runs: number;
  pass: boolean;
}

function runsArgument(): number {
  const at = process.argv.indexOf('--runs');
  const runs = at >= 0 ? Number(process.argv[at + 1]) : Number(process.env.LIGHTHOUSE_RUNS ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return runs;
}

function summarize(path: string, lhr: Result, reference: boolean, target: Record<Category, number>): LighthousePage {
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing: FailingAudit[] = [];
  if (!reference) {
    for (const category of categories) {
      if (scores[category] >= target[category]) continue;
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        // Performance lists what costs it points (metrics) and what Lighthouse says to fix.
        if (
          audit.scoreDisplayMode === 'informative' ||
          audit.scoreDisplayMode === 'notApplicable' ||
          audit.scoreDisplayMode === 'manual'
        )
          continue;
        failing.push({
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
        });
      }
    }
  }
  return {
    path,
    reference,
    scores,
    metrics: Object.fromEntries(metrics.map(([id, name]) => [name, lhr.audits[id]?.displayValue ?? '–'])),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Infinity,
    failing,
    errors: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => ({ id: audit.id, message: audit.errorMessage ?? '' })),
  };
}

export async function benchLighthouse(appURL: string, runs = runsArgument()): Promise<BenchResult<LighthouseFigures>> {
  const reference = await bareApp();
  const urls: { base: string; path: string; reference: boolean }[] = [
    { base: reference.url, path: '/', reference: true },
    ...['/en', '/es', articlePath('en', seedSlug), articlePath('es', seedSlug)].map((path) => ({
      base: appURL,
      path,
      reference: false,
    })),
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const lhrs: Result[][] = urls.map(() => []);
  try {
    for (let run = 0; run < runs; run++) {
      for (const [i, url] of urls.entries()) {
        const result = await lighthouse(url.base + url.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${url.path}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url.path}: ${result.lhr.runtimeError.message}`);
        lhrs[i]!.push(result.lhr);
      }
    }
  } finally {
    chrome.kill();
  }

  const bare = summarize('/', computeMedianRun(lhrs[0]!), true, { ...targets, performance: 0 });
  const target = { ...targets, performance: bare.scores.performance };
  const lcpLimit = bare.lcp * lcpRatio;
  const measured = urls.slice(1).map((url, i) => summarize(url.path, computeMedianRun(lhrs[i + 1]!), false, target));
  const pages = [bare, ...measured];
  for (const page of pages)
    console.log(
      `lighthouse ${page.reference ? 'bare page' : page.path}: ${categories.map((c) => `${c} ${page.scores[c]}`).join(', ')}, LCP ${page.metrics.LCP}`,
    );
  const pass = measured.every((p) => categories.every((c) => p.scores[c] >= target[c]) && p.lcp <= lcpLimit);
  const cell = (p: LighthousePage, c: Category) =>
    p.reference || p.scores[c] >= target[c] ? `${p.scores[c]}` : `**${p.scores[c]}**`;
  const metricCell = (p: LighthousePage, name: string) =>
    name === 'LCP' && !p.reference && p.lcp > lcpLimit ? `**${p.metrics[name]}**` : p.metrics[name];
  // The same audit failing on several pages is one row.
  const failing = new Map<string, { audit: FailingAudit; pages: string[] }>();
  for (const page of measured) {
    for (const audit of page.failing) {
      const key = `${audit.category} ${audit.id}`;
      const entry = failing.get(key) ?? { audit, pages: [] };
      entry.pages.push(
        `\`${page.path}\` ${audit.score.toFixed(2)}${audit.displayValue ? ` (${audit.displayValue.replaceAll('|', '\\|')})` : ''}`,
      );
      failing.set(key, entry);
    }
  }

  const lines = [
    '## Lighthouse (`npm run bench:lighthouse`)',
    '',
    ...runInfo(),
    `- Lighthouse 12.2.3, default config (mobile: Moto G Power screen, simulated slow 4G and 4× CPU slowdown), in Debian's Chromium (headless), against \`next start\` on 127.0.0.1; the pages in turn, ${runs} round${runs === 1 ? '' : 's'}, and Lighthouse's own median run of each page (by FCP and TTI)`,
    '- Reference: the bare Next.js page of `bench/bare-app/`, built and served the same way',
    `- \`SITE_URL\` ${process.env.SITE_URL ? `= ${process.env.SITE_URL}` : 'unset, so canonical and hreflang URLs name http://localhost:3000'}: Lighthouse's \`canonical\` audit checks that the URL is absolute and consistent, not its host, so pages served from 127.0.0.1 pass it`,
    '',
    `| page | performance | accessibility | best practices | SEO | ${metrics.map(([, name]) => name).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ---: | ${metrics.map(() => '---:').join(' | ')} |`,
    ...pages.map(
      (p) =>
        `| ${p.reference ? 'bare Next.js page (reference)' : `\`${p.path}\``} | ${categories.map((c) => cell(p, c)).join(' | ')} | ${metrics.map(([, name]) => metricCell(p, name)).join(' | ')} |`,
    ),
    `| target | ≥ ${target.performance} (the bare page's) | ${target.accessibility} | ${target['best-practices']} | ${target.seo} | | ≤ ${(lcpLimit / 1000).toFixed(2)} s (${lcpRatio}× the bare page's) | ${metrics
      .slice(2)
      .map(() => '')
      .join(' | ')} |`,
    '',
    `Every page on target: **${passOrMiss(pass)}**.`,
    '',
  ];
  if (failing.size > 0) {
    lines.push(
      'Audits that keep a category under its target (score under 1; for Performance, the metrics and what Lighthouse suggests):',
      '',
      '| category | audit | title | pages (score, value) |',
      '| --- | --- | --- | --- |',
      ...[...failing.values()].map(
        ({ audit, pages: on }) =>
          `| ${audit.category} | \`${audit.id}\` | ${audit.title.replaceAll('|', '\\|')} | ${on.join('; ')} |`,
      ),
      '',
    );
  }
  // Lighthouse 12.2.3 predates this Chromium: some trace-based audits may fail to run.
  const errors = new Map<string, { ids: Set<string>; pages: Set<string> }>();
  for (const page of measured) {
    for (const error of page.errors) {
      // One trace gatherer failing takes several audits with it: group them by its message.
      const message = /encountered an error: (.*)$/.exec(error.message)?.[1] ?? error.message;
      const entry = errors.get(message) ?? { ids: new Set(), pages: new Set() };
      entry.ids.add(`\`${error.id}\``);
      entry.pages.add(`\`${page.path}\``);
      errors.set(message, entry);
    }
  }
  for (const [message, { ids, pages: on }] of errors) {
    const where = on.size === measured.length ? 'on every page' : `on ${[...on].join(', ')}`;
    lines.push(
      `Audits Lighthouse could not run ${where} (no score; "${message.replaceAll('|', '\\|')}"): ${[...ids].join(', ')}.`,
      '',
    );
  }
  for (const [, { audit, pages: on }] of failing)
    console.log(`  below target: ${audit.category} ${audit.id} "${audit.title}" on ${on.join('; ')}`);
  console.log(`lighthouse: ${passOrMiss(pass)}`);
  return { figures: { pages, runs, pass }, lines };
}

if (isMain(import.meta.url)) await runStandalone('lighthouse', (url) => benchLighthouse(url));
