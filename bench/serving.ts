/**
 * `npm run bench:serving -- [--dir out] [--duration 20] [--connections 100] [--no-build]`:
 * loads the reader page with autocannon, 100 connections for 20 s, first from `next start`
 * (the app as `npm start` serves it), then from a plain static file server serving the same
 * page from the static export (`npm run export`, in out/). Reports requests/s, p50/p99 latency,
 * errors, timeouts, non-2xx answers and the server's memory (RSS of its process tree) before
 * and after, checks issue 7's targets, and writes the table to docs/BENCHMARKS.md.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startNextServer, type RunningServer } from '@/scripts/support/next-server';
import { startStaticServer } from '@/scripts/static-server';
import { mb, samplePeakRss, treeRss } from './process-tree';
import { writeReportSection } from './report-section';

const pagePath = '/en/articles/belarus-cuba-military-ties';
const targets = { p99Ms: 100, memoryGrowthMb: 50 };

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const arg = args[at]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[at + 1] ?? fallback);
}

const exportDir = path.resolve(option('dir', 'out'));
const duration = Number(option('duration', '20'));
const connections = Number(option('connections', '100'));
const build = !process.argv.includes('--no-build');

function sh(command: string) {
  console.log(`serving: ${command}`);
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${command} failed`);
}

interface Measurement {
  server: string;
  bytes: number;
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  rssStart: number;
  rssWarm: number;
  rssPeak: number;
  rssAfter: number;
}

/** Warms the page up, then loads it with autocannon while watching the server's memory. */
async function measure(name: string, server: RunningServer): Promise<Measurement> {
  const url = server.url + pagePath;
  const rssStart = treeRss(server.pid);
  let bytes = 0;
  // The first requests compile and cache what the page needs: memory after them is the baseline.
  for (let i = 0; i < 20; i++) {
    const response = await fetch(url);
    const body = await response.text();
    if (!response.ok) throw new Error(`${name}: ${url} answered ${response.status}`);
    if (!body.includes('Belarus')) throw new Error(`${name}: ${url} does not look like the reader page`);
    bytes = Buffer.byteLength(body);
  }
  const rssWarm = treeRss(server.pid);
  console.log(`serving: ${name}: ${connections} connections for ${duration} s on ${url}`);
  const memory = samplePeakRss(server.pid, 250);
  const result = await autocannon({ url, connections, duration });
  const rssPeak = memory.stop();
  // Sampled again after a moment, for what the load left behind rather than what was in flight.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const rssAfter = treeRss(server.pid);
  return {
    server: name,
    bytes,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rssStart,
    rssWarm,
    rssPeak,
    rssAfter,
  };
}

/** PASS or MISS, with by how much. */
function verdict(value: number, limit: number, unit: string): string {
  const digits = 1;
  return value < limit
    ? `PASS (${value.toFixed(digits)} ${unit}, ${(limit - value).toFixed(digits)} ${unit} under ${limit} ${unit})`
    : `MISS (${value.toFixed(digits)} ${unit}, ${(value - limit).toFixed(digits)} ${unit} over ${limit} ${unit})`;
}

async function main() {
  const exportedPage = path.join(exportDir, `${pagePath}.html`);
  if (!existsSync(exportedPage)) {
    const scripts =
      (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
    if (!scripts.export) {
      throw new Error(
        `${path.relative(process.cwd(), exportedPage)} is missing: the static site must be exported first (\`npm run export\`, which writes out/).`,
      );
    }
    console.log(`serving: ${path.relative(process.cwd(), exportedPage)} is missing: running \`npm run export\` first`);
    sh('npm run export');
    if (!existsSync(exportedPage)) throw new Error(`\`npm run export\` did not write ${exportedPage}`);
  }
  // What `npm start` serves: its prestart builds the app.
  if (build) sh('npm run build');

  const results: Measurement[] = [];
  for (const [name, start] of [
    ['next start', () => startNextServer()],
    ['static file server', () => startStaticServer(exportDir)],
  ] as const) {
    const server = await start();
    try {
      results.push(await measure(name, server));
    } finally {
      server.stop();
    }
  }

  const next = results[0]!;
  // autocannon counts timeouts among errors.
  const failures = next.errors + next.non2xx;
  const growth = mb(next.rssAfter - next.rssWarm);
  const checks = [
    `- Errors, timeouts and non-2xx answers from \`next start\`: ${failures === 0 ? 'PASS (none)' : `MISS (${failures}: ${next.errors} errors, of which ${next.timeouts} timeouts, and ${next.non2xx} non-2xx)`}`,
    `- p99 latency of \`next start\` under ${targets.p99Ms} ms: ${verdict(next.p99, targets.p99Ms, 'ms')}`,
    `- Memory growth of \`next start\` under the load (RSS after it less RSS after warm-up) under ${targets.memoryGrowthMb} MB: ${verdict(growth, targets.memoryGrowthMb, 'MB')}`,
  ];
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const report = [
    '## Serving the reader page (`npm run bench:serving`)',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}, commit ${commit}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node.js ${process.version}`,
    `- autocannon ${connections} connections for ${duration} s on \`${pagePath}\`, from the same machine (the load generator shares its cores with the server)`,
    `- next start: the app as \`npm start\` serves it; static file server: \`scripts/static-server.ts\` serving \`${path.relative(process.cwd(), exportDir) || '.'}/\` from \`npm run export\``,
    '- Memory: RSS of the server process and its children, at start, after 20 warm-up requests, at its peak under load, and 2 s after it',
    '',
    '| server | HTML bytes | requests/s | requests | p50 ms | p99 ms | max ms | errors (timeouts included) | timeouts | non-2xx | RSS start | RSS warm | RSS peak | RSS after | growth under load |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.server} | ${r.bytes.toLocaleString('en')} | ${Math.round(r.requestsPerSecond).toLocaleString('en')} | ${r.requests.toLocaleString('en')} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.timeouts} | ${r.non2xx} | ${mb(r.rssStart).toFixed(0)} MB | ${mb(r.rssWarm).toFixed(0)} MB | ${mb(r.rssPeak).toFixed(0)} MB | ${mb(r.rssAfter).toFixed(0)} MB | ${mb(r.rssAfter - r.rssWarm).toFixed(1)} MB |`,
    ),
    '',
    ...checks,
  ].join('\n');
  writeReportSection('docs/BENCHMARKS.md', 'serving', report);
  console.log(`\n${report}`);
  // Latency and memory vary with the machine's load: a MISS is reported, errors fail the run.
  if (failures > 0) process.exitCode = 1;
}

await main();
