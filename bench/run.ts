/**
 * `npm run bench`: builds the app, then measures build time and what a reader's browser loads.
 * Prints a table and writes it to docs/BENCHMARKS.md with the machine, date and commit.
 */
import { execSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import { builtFiles, readBuiltFile, type ParagraphIds } from '@/lib/content/files';
import { languages } from '@/lib/i18n/config';
import { paragraphPath } from '@/lib/site';
import { startNextServer } from '@/scripts/support/next-server';
import { benchGrowth } from './growth/run-growth';
import { measurePageWeights } from './page-weight';
import { writeReportSection } from './report-section';
import { stopBareApp, type BenchResult } from './common';
import { benchLatency } from './latency';
import { benchLighthouse } from './lighthouse';
import { benchWeightVsBare } from './weight-vs-bare';

/** Runs a command, echoing its output; returns its wall time in seconds and what it printed. */
function timed(command: string): { seconds: number; output: string } {
  const started = performance.now();
  const result = spawnSync(command, { shell: true, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function median(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? '–' : sorted[Math.floor(sorted.length / 2)]!.toFixed(0);
}

/** Requests every paragraph page and card twice, timing each request and weighing the cards. */
async function measureParagraphLinks(baseURL: string) {
  const index = readBuiltFile<ParagraphIds>(builtFiles.paragraphIds);
  const timings = { pages: { first: [] as number[], second: [] as number[] }, cards: { first: [] as number[], second: [] as number[] } };
  const cardBytes: number[] = [];
  for (const [slug, ids] of Object.entries(index)) {
    for (const lng of languages) {
      for (const id of ids) {
        for (const [kind, url] of [['pages', paragraphPath(lng, slug, id)], ['cards', `${paragraphPath(lng, slug, id)}/card.png`]] as const) {
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

async function main() {
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
    weights = await measurePageWeights(server.url, ['/en', '/en/articles/belarus-cuba-military-ties', '/es/articles/belarus-cuba-military-ties']);
    paragraphs = await measureParagraphLinks(server.url);
  } finally {
    server.stop();
  }
  const cardTotal = paragraphs.cardBytes.reduce((sum, size) => sum + size, 0);

  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
  const lines = [
    '## The seed site (`npm run bench`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Commit: ${commit}`,
    `- Machine: ${machine}`,
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
    `| paragraph pages | ${paragraphs.pages.first.length} | ${median(paragraphs.pages.first)} | ${median(paragraphs.pages.second)} | | | |`,
    `| share cards | ${paragraphs.cards.first.length} | ${median(paragraphs.cards.first)} | ${median(paragraphs.cards.second)} | ${kb(cardTotal)} | ${kb(cardTotal / Math.max(paragraphs.cardBytes.length, 1))} | ${kb(Math.max(0, ...paragraphs.cardBytes))} |`,
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
  const report = lines.join('\n');
  writeReportSection('docs/BENCHMARKS.md', 'bench', report);
  console.log(`\n${report}`);
  if (weights.some((w) => w.leaks.length > 0)) process.exitCode = 1;

  // Issue 7: each module measures against its own reference and writes its own section.
  const modules: [string, (appURL: string) => Promise<BenchResult<unknown>>][] = [
    ['weight', benchWeightVsBare],
    ['lighthouse', (url) => benchLighthouse(url)],
    ['latency', benchLatency],
  ];
  const app = await startNextServer();
  try {
    for (const [name, bench] of modules) {
      const { lines } = await bench(app.url);
      writeReportSection('docs/BENCHMARKS.md', name, lines.join('\n'));
      console.log(`\n${lines.join('\n')}`);
    }
  } finally {
    app.stop();
    await stopBareApp();
  }

  // Build and pipeline growth: 10, 100 and 1,000 generated articles, each in a scratch copy.
  console.log(`\n${await benchGrowth(process.cwd())}`);
}

await main();
