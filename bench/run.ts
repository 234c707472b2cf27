/**
 * `npm run bench`: every benchmark, one after another, each writing its section of
 * docs/BENCHMARKS.md: the seed site, JavaScript against a bare page, Lighthouse, flip and view
 * latency, the reading loop (first taps on a slow phone, Tab stops, phone side by side), what the
 * offline worker keeps, build growth with the number of articles, sentence alignment, XLIFF
 * export and import, and serving
 * under load. Each also runs alone as `npm run bench:<name>`.
 */
import { spawnSync } from 'node:child_process';
import { startNextServer } from '@/scripts/support/next-server';
import { stopBareApp, type BenchResult } from './common';
import { benchGrowth } from './growth/run-growth';
import { benchLatency } from './latency';
import { benchLighthouse } from './lighthouse';
import { benchOffline } from './offline';
import { benchReadingLoop } from './reading-loop';
import { writeReportSection } from './report-section';
import { benchSite } from './site';
import { benchWeightVsBare } from './weight-vs-bare';

function report(name: string, lines: string[]) {
  writeReportSection('docs/BENCHMARKS.md', name, lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
}

// The seed site's section ends with the default build in .next, which the next modules serve.
const site = await benchSite();
report('site', site.lines);
if (site.figures.leaks) process.exitCode = 1;

const modules: [string, (appURL: string) => Promise<BenchResult<unknown>>][] = [
  ['weight', benchWeightVsBare],
  ['lighthouse', (url) => benchLighthouse(url)],
  ['latency', benchLatency],
  ['reading', benchReadingLoop],
  ['offline', benchOffline],
];
const app = await startNextServer();
try {
  for (const [name, bench] of modules) report(name, (await bench(app.url)).lines);
} finally {
  app.stop();
  await stopBareApp();
}

// Build and pipeline growth: 10, 100 and 1,000 generated articles, each in a scratch copy.
console.log(`\n${await benchGrowth(process.cwd())}`);

// Sentence alignment on its test set (bench/align/).
const align = spawnSync('npx', ['tsx', 'bench/align/run.ts'], { stdio: 'inherit' });
if (align.status !== 0) process.exitCode = 1;

// XLIFF export and import: the seed's files, and an article of 5,000 blocks.
const xliff = spawnSync('npx', ['tsx', 'bench/xliff.ts'], { stdio: 'inherit' });
if (xliff.status !== 0) process.exitCode = 1;

// Serving under load comes last: it exports the site and builds again.
const serving = spawnSync('npx', ['tsx', 'bench/serving.ts'], { stdio: 'inherit' });
if (serving.status !== 0) process.exitCode = 1;
