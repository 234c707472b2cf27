/**
 * The growth benchmark: for each size, a scratch copy of the project with that many generated
 * articles of 30 blocks, timed through the content pipeline and a `next build` from scratch.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mb, samplePeakRss } from '../process-tree';
import { writeReportSection } from '../report-section';
import { blocksPerArticle, generateArticles } from './generate-articles';
import { appEntries, makeScratchCopy } from '../scratch';

export const defaultSizes = [10, 100, 1000];

/** Target from issue 7: 1,000 articles built (content and next build) in under 10 minutes. */
const targetSeconds = 600;
/** The largest an index page may be at 1,000 articles. */
const targetIndexKB = 60;

export interface GrowthRow {
  articles: number;
  blocks: number;
  generateSeconds: number;
  /** The content pipeline inside its process: parse, detect, validate, join, write `.content/`. */
  contentSeconds: number;
  /** The same step's wall time, with tsx start-up. */
  contentWallSeconds: number;
  nextSeconds: number;
  nextPeakRssBytes: number;
  /** Next's own phase times ("Compiled successfully in 5.2s", "Generating static pages … in 900ms"). */
  phases: Record<string, number>;
  /** Routes prerendered: "Generating static pages (N/N)". */
  prerendered: number | undefined;
  /** The largest prerendered index page, of either language (`/en`, `/es/page/2`, …). */
  indexHtmlBytes: number;
  /** How many pages the index takes in each language. */
  indexPages: number;
  log: string;
}

interface Run {
  seconds: number;
  output: string;
  peakRssBytes: number;
}

/** Runs a command in `cwd`, keeping its output and sampling its process tree's memory. */
function run(command: string, cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, { shell: true, cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const memory = samplePeakRss(child.pid!);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const peakRssBytes = memory.stop();
      if (code !== 0) reject(new Error(`${command} failed in ${cwd}:\n${output}`));
      else resolve({ seconds: (performance.now() - started) / 1000, output, peakRssBytes });
    });
  });
}

const seconds = (value: string, unit: string) => Number(value) * ({ ms: 0.001, s: 1, min: 60 }[unit] ?? NaN);

/** Next's "✓ <phase> in <time>" lines. */
function buildPhases(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  for (const match of plain.matchAll(/^\s*✓\s+([A-Z][^\n(]*?)\s*(?:\([^)\n]*\))?\s+in\s+([\d.]+)(ms|s|min)\b/gm)) {
    phases[match[1]!.replace(/\s+using \d+ workers?$/, '')] = seconds(match[2]!, match[3]!);
  }
  return phases;
}

export async function measureSize(repo: string, articles: number): Promise<GrowthRow> {
  const scratch = makeScratchCopy(`growth-${articles}`, {
    entries: [...appEntries, 'locales/en/common.json', 'locales/es/common.json'],
  });
  try {
    console.log(`growth: ${articles} articles in ${path.relative(repo, scratch.dir)}`);
    const generateStarted = performance.now();
    const { blocks } = generateArticles(repo, scratch.dir, articles);
    const generateSeconds = (performance.now() - generateStarted) / 1000;
    console.log(`growth: generated ${articles} articles, ${blocks} blocks, in ${generateSeconds.toFixed(1)} s`);

    const content = await run('npx tsx scripts/content/build.ts', scratch.dir);
    const summary = /content: (\d+) article\(s\), (\d+) blocks, (\d+) translation\(s\) missing, built in (\d+) ms/.exec(
      content.output,
    );
    if (!summary) throw new Error(`unexpected output from content:build:\n${content.output}`);
    if (Number(summary[1]) !== articles || Number(summary[2]) !== blocks || summary[3] !== '0') {
      throw new Error(`content:build built something else than was generated:\n${content.output}`);
    }
    console.log(`growth: ${content.output.trim()} (${content.seconds.toFixed(1)} s with tsx start-up)`);

    const next = await run('npx next build', scratch.dir);
    const logDir = path.join(repo, '.bench', 'logs');
    mkdirSync(logDir, { recursive: true });
    const log = path.join(logDir, `growth-${articles}-next-build.log`);
    writeFileSync(log, next.output);
    const generating = /Generating static pages[^\n]*\((\d+)\/\d+\) in /.exec(
      next.output.replace(/\u001b\[[0-9;]*m/g, ''),
    );
    const row: GrowthRow = {
      articles,
      blocks,
      generateSeconds,
      contentSeconds: Number(summary[4]) / 1000,
      contentWallSeconds: content.seconds,
      nextSeconds: next.seconds,
      nextPeakRssBytes: next.peakRssBytes,
      phases: buildPhases(next.output),
      prerendered: generating ? Number(generating[1]) : undefined,
      ...indexPageSizes(path.join(scratch.dir, '.next/server/app')),
      log: path.relative(repo, log),
    };
    console.log(
      `growth: next build ${row.nextSeconds.toFixed(1)} s, ${row.prerendered ?? '?'} routes prerendered, peak RSS ${mb(row.nextPeakRssBytes).toFixed(0)} MB, phases ${JSON.stringify(row.phases)} (output in ${row.log})`,
    );
    return row;
  } finally {
    scratch.remove();
  }
}

/** The largest prerendered index page of either language, and how many pages one language's index has. */
function indexPageSizes(app: string): Pick<GrowthRow, 'indexHtmlBytes' | 'indexPages'> {
  const pages = (lng: string) => {
    const more = path.join(app, lng, 'page');
    const rest = existsSync(more) ? readdirSync(more).filter((f) => f.endsWith('.html')) : [];
    return [path.join(app, `${lng}.html`), ...rest.map((f) => path.join(more, f))];
  };
  const files = ['en', 'es'].flatMap(pages);
  // `/page/1` repeats the first page (`/{lng}`) for the static export: it is no page more.
  const distinct = pages('en').filter((f) => path.basename(f) !== '1.html').length;
  return { indexHtmlBytes: Math.max(...files.map((f) => statSync(f).size)), indexPages: distinct };
}

const fixed = (value: number, digits = 1) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The report: one row per size, then how each cost grew from one size to the next. */
export function growthReport(rows: GrowthRow[], sizes: number[]): string {
  const lines = [
    `## Build and pipeline growth (\`npm run bench:growth -- ${sizes.join(',')}\`)`,
    '',
    `Generated articles of ${blocksPerArticle} blocks (the seed article's paragraphs and headings recombined: two English articles`,
    'in three with two to four Spanish paragraphs, one Spanish with English ones; every block translated, hashes recorded by',
    "content:sync's `syncTranslations`), each size built in a scratch copy of the project. Content is the pipeline's own time",
    'inside its process (parse, detect, validate, join, write `.content/`; "with start-up" adds tsx), next build starts',
    'from no `.next`. Paragraph pages and share cards are made on first request, so the build prerenders only the',
    'index and article pages (2 per article) and a few fixed routes.',
    '',
    '| articles | blocks | content s | blocks/s | content s with start-up | next build s | routes prerendered | prerendering s | s per article (content + build) | next build peak RSS | index pages a language | largest index page HTML |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const prerender = Object.entries(r.phases).find(([phase]) => phase.startsWith('Generating static pages'))?.[1];
      return `| ${r.articles.toLocaleString('en')} | ${r.blocks.toLocaleString('en')} | ${fixed(r.contentSeconds, 2)} | ${Math.round(r.blocks / r.contentSeconds).toLocaleString('en')} | ${fixed(r.contentWallSeconds)} | ${fixed(r.nextSeconds)} | ${r.prerendered?.toLocaleString('en') ?? '?'} | ${prerender === undefined ? '?' : fixed(prerender)} | ${fixed((r.contentSeconds + r.nextSeconds) / r.articles, 3)} | ${mb(r.nextPeakRssBytes).toFixed(0)} MB | ${r.indexPages} | ${(r.indexHtmlBytes / 1024).toFixed(0)} KB |`;
    }),
  ];
  if (rows.length > 1) {
    lines.push(
      '',
      'Growth from one size to the next: the ratio of times (linear growth makes it the ratio of sizes, less while fixed',
      'start-up costs dominate), and the marginal cost of each added article, which stays level when cost grows linearly.',
      '',
      '| sizes | size ratio | content ratio | content blocks/s on the added blocks | next build ratio | next build s per added article | prerendering s per added article |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const prerender = (r: GrowthRow) =>
        Object.entries(r.phases).find(([phase]) => phase.startsWith('Generating static pages'))?.[1];
      const [pa, pb] = [prerender(a), prerender(b)];
      const added = b.articles - a.articles;
      lines.push(
        `| ${b.articles}/${a.articles} | ${fixed(b.articles / a.articles)} | ${fixed(b.contentSeconds / a.contentSeconds)} | ${Math.round((b.blocks - a.blocks) / (b.contentSeconds - a.contentSeconds)).toLocaleString('en')} | ${fixed(b.nextSeconds / a.nextSeconds)} | ${fixed((b.nextSeconds - a.nextSeconds) / added, 3)} | ${pa === undefined || pb === undefined ? '?' : fixed((pb - pa) / added, 3)} |`,
      );
    }
  }
  const thousand = rows.find((r) => r.articles === 1000);
  if (thousand) {
    const total = thousand.contentWallSeconds + thousand.nextSeconds;
    lines.push(
      '',
      `Target: 1,000 articles built in under 10 minutes: ${fixed(total)} s (content with start-up and next build): ${total < targetSeconds ? `PASS, ${fixed(targetSeconds - total)} s to spare` : `MISS by ${fixed(total - targetSeconds)} s`}.`,
      '',
      `Target: no index page over ${targetIndexKB} KB of HTML at 1,000 articles: ${(thousand.indexHtmlBytes / 1024).toFixed(1)} KB, largest of ${thousand.indexPages} pages a language: ${thousand.indexHtmlBytes <= targetIndexKB * 1024 ? 'PASS' : 'MISS'}.`,
    );
  }
  lines.push('', "Next's own phase times (s), from its build output:", '');
  const phaseNames = [...new Set(rows.flatMap((r) => Object.keys(r.phases)))];
  lines.push(`| articles | ${phaseNames.join(' | ')} |`, `| ---: | ${phaseNames.map(() => '---:').join(' | ')} |`);
  for (const r of rows)
    lines.push(
      `| ${r.articles.toLocaleString('en')} | ${phaseNames.map((p) => (r.phases[p] === undefined ? '' : fixed(r.phases[p]!))).join(' | ')} |`,
    );
  return lines.join('\n');
}

/** Measures every size in turn (smallest first) and returns the rows. */
export async function runGrowth(repo: string, sizes: number[] = defaultSizes): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const size of [...sizes].sort((a, b) => a - b)) rows.push(await measureSize(repo, size));
  return rows;
}

/** Measures `sizes`, writes the report to docs/BENCHMARKS.md (section `growth`) and returns it. */
export async function benchGrowth(repo: string, sizes: number[] = defaultSizes): Promise<string> {
  const started = performance.now();
  const sorted = [...sizes].sort((a, b) => a - b);
  const rows = await runGrowth(repo, sorted);
  const report = [
    growthReport(rows, sorted),
    '',
    `Date: ${new Date().toISOString().slice(0, 10)}, commit ${execSync('git rev-parse --short HEAD', { cwd: repo }).toString().trim()}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node.js ${process.version}; the whole run took ${((performance.now() - started) / 60000).toFixed(1)} minutes (generating the articles included).`,
  ].join('\n');
  writeReportSection(path.join(repo, 'docs/BENCHMARKS.md'), 'growth', report);
  return report;
}
