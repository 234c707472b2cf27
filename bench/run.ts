/**
 * `npm run bench`: builds the app, then measures build time and what a reader's browser loads.
 * Prints a table and writes it to docs/BENCHMARKS.md with the machine, date and commit.
 */
import { execSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { startNextServer } from '@/scripts/next-server';
import { measurePageWeights } from './page-weight';

function timed(command: string): number {
  const started = performance.now();
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} failed`);
  return (performance.now() - started) / 1000;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const contentSeconds = timed('npm run --silent content');
  const nextSeconds = timed('npx next build');

  const server = await startNextServer();
  let weights;
  try {
    weights = await measurePageWeights(server.url, ['/en', '/en/articles/belarus-cuba-military-ties', '/es/articles/belarus-cuba-military-ties']);
  } finally {
    server.stop();
  }

  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; rerun it to refresh every figure.',
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Commit: ${commit}`,
    `- Machine: ${machine}`,
    '',
    '## Build time',
    '',
    '| step | seconds |',
    '| --- | ---: |',
    `| content (parse, detect, join translations) | ${contentSeconds.toFixed(1)} |`,
    `| next build | ${nextSeconds.toFixed(1)} |`,
    `| total | ${(contentSeconds + nextSeconds).toFixed(1)} |`,
    '',
    '## What the browser loads',
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
  writeFileSync('docs/BENCHMARKS.md', report);
  console.log(`\n${report}`);
  if (weights.some((w) => w.leaks.length > 0)) process.exitCode = 1;
}

await main();
