/**
 * `npm run bench:site`: builds the seed site from scratch and measures its build time, the
 * paragraph links (each page and share card, first and second request) and what a reader's
 * browser loads; writes its section of docs/BENCHMARKS.md. Fails if server-only code reaches
 * the browser.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtFiles, readBuiltFile, type ParagraphIds } from '@/lib/content/files';
import { languages } from '@/lib/i18n/config';
import { paragraphPath } from '@/lib/site';
import { startNextServer } from '@/scripts/support/next-server';
import { isMain, kb, median, runInfo, type BenchResult } from './common';
import { measurePageWeights } from './page-weight';
import { writeReportSection } from './report-section';

/** Runs a command, echoing its output; returns its wall time in seconds and what it printed. */
function timed(command: string): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(command, {
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`${command} failed`);
  return { seconds: (performance.now() - started) / 1000, output: result.stdout + result.stderr };
}

/** Next's own figure for prerendering: "Generating static pages … (93/93) in 5.8s". */
function staticGeneration(buildOutput: string): { pages: number; seconds: number } | undefined {
  const match = /Generating static pages[^\n]*\((\d+)\/\d+\) in ([\d.]+)(ms|s)/.exec(buildOutput);
  if (!match) return undefined;
  return { pages: Number(match[1]), seconds: Number(match[2]) / (match[3] === 'ms' ? 1000 : 1) };
}

/** The median of request times, in whole milliseconds. */
const medianMs = (values: number[]) => (values.length === 0 ? '–' : median(values).toFixed(0));

/** Requests every paragraph page and card twice, timing each request and weighing the cards. */
async function measureParagraphLinks(baseURL: string) {
  const index = readBuiltFile<ParagraphIds>(builtFiles.paragraphIds);
  const timings = {
    pages: { first: [] as number[], second: [] as number[] },
    cards: { first: [] as number[], second: [] as number[] },
  };
  const cardBytes: number[] = [];
  for (const [slug, ids] of Object.entries(index)) {
    for (const lng of languages) {
      for (const id of ids) {
        for (const [kind, url] of [
          ['pages', paragraphPath(lng, slug, id)],
          ['cards', `${paragraphPath(lng, slug, id)}/card.png`],
        ] as const) {
          for (const round of ['first', 'second'] as const) {
            const started = performance.now();
            const response = await fetch(baseURL + url);
            const body = Buffer.from(await response.arrayBuffer());
            timings[kind][round].push(performance.now() - started);
            if (!response.ok) throw new Error(`${url}: ${response.status}`);
            if (kind === 'cards' && round === 'first') cardBytes.push(body.length);
          }
        }
      }
    }
  }
  return { ...timings, cardBytes };
}

/**
 * Builds the seed site from scratch (with and without prebuilt paragraph pages), serves the
 * default build and measures what a reader's browser loads and how paragraph links answer.
 */
export async function benchSite(): Promise<BenchResult<{ leaks: boolean }>> {
  const content = timed('npm run --silent content:build');
  rmSync('.next', { recursive: true, force: true });
  const next = timed('npx next build');
  const prerender = staticGeneration(next.output);
  const prebuilt = timed('PREBUILD_PARAGRAPH_PAGES=1 npx next build');
  const prebuiltPrerender = staticGeneration(prebuilt.output);
  // What is served below is the default build: paragraph pages on first request.
  timed('npx next build');

  const server = await startNextServer();
  let weights;
  let paragraphs;
  try {
    weights = await measurePageWeights(server.url, [
      '/en',
      '/en/articles/belarus-cuba-military-ties',
      '/es/articles/belarus-cuba-military-ties',
    ]);
    paragraphs = await measureParagraphLinks(server.url);
  } finally {
    server.stop();
  }
  const cardTotal = paragraphs.cardBytes.reduce((sum, size) => sum + size, 0);

  const lines = [
    '## The seed site (`npm run bench:site`)',
    '',
    ...runInfo(),
    '',
    '### Build time',
    '',
    '| step | seconds |',
    '| --- | ---: |',
    `| content (parse, detect, join translations; includes tsx start-up) | ${content.seconds.toFixed(1)} |`,
    `| next build (from scratch: no .next cache) | ${next.seconds.toFixed(1)} |`,
    `| of which prerendering ${prerender?.pages ?? '?'} routes (articles, paragraph pages, share cards) | ${prerender?.seconds.toFixed(1) ?? '?'} |`,
    `| total | ${(content.seconds + next.seconds).toFixed(1)} |`,
    `| next build with \`PREBUILD_PARAGRAPH_PAGES=1\` (cache warm from the build above) | ${prebuilt.seconds.toFixed(1)} |`,
    `| of which prerendering ${prebuiltPrerender?.pages ?? '?'} routes (with every paragraph page and share card) | ${prebuiltPrerender?.seconds.toFixed(1) ?? '?'} |`,
    '',
    '### Paragraph links',
    '',
    'Every paragraph page and its 1200×630 PNG share card, in both languages, requested from `next start`:',
    'the first request makes and keeps it, the second is served from what was kept (median ms).',
    '',
    '| what | count | first request | second request | total size | average | largest |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| paragraph pages | ${paragraphs.pages.first.length} | ${medianMs(paragraphs.pages.first)} | ${medianMs(paragraphs.pages.second)} | | | |`,
    `| share cards | ${paragraphs.cards.first.length} | ${medianMs(paragraphs.cards.first)} | ${medianMs(paragraphs.cards.second)} | ${kb(cardTotal)} | ${kb(cardTotal / Math.max(paragraphs.cardBytes.length, 1))} | ${kb(Math.max(0, ...paragraphs.cardBytes))} |`,
    '',
    '### What the browser loads',
    '',
    'Every script the page fetched in Chromium (module scripts; `noModule` polyfills are not fetched), gzip level 6.',
    '',
    '| page | scripts | JS | JS gzip | HTML | HTML gzip | server-only code in JS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...weights.map(
      (w) =>
        `| \`${w.path}\` | ${w.scripts} | ${kb(w.jsBytes)} | ${kb(w.jsGzipBytes)} | ${kb(w.htmlBytes)} | ${kb(w.htmlGzipBytes)} | ${w.leaks.join(', ') || 'none'} |`,
    ),
    '',
  ];
  return { figures: { leaks: weights.some((w) => w.leaks.length > 0) }, lines };
}

if (isMain(import.meta.url)) {
  const { figures, lines } = await benchSite();
  writeReportSection('docs/BENCHMARKS.md', 'site', lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
  if (figures.leaks) process.exitCode = 1;
}
