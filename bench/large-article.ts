/**
 * `npm run bench:large -- [paragraphs]`: builds the site with one generated article of N
 * paragraphs (default 5,000) in a scratch copy of the project, and times each step.
 * The paragraphs are the seed article's, repeated with a running number, so IDs stay unique.
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeReportSection } from './report-section';

const paragraphs = Number(process.argv[2] ?? 5000);
const repo = process.cwd();
// Inside the repo (git-ignored): Turbopack builds only within its root, which must hold node_modules.
mkdirSync(path.join(repo, '.bench'), { recursive: true });
const scratch = mkdtempSync(path.join(repo, '.bench', 'large-'));

function timed(command: string): number {
  const started = performance.now();
  const result = spawnSync(command, { shell: true, cwd: scratch, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command} failed in ${scratch}`);
  return (performance.now() - started) / 1000;
}

try {
  for (const entry of ['app', 'components', 'lib', 'scripts', 'proxy.ts', 'tsconfig.json', 'package.json']) {
    cpSync(path.join(repo, entry), path.join(scratch, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(scratch, 'node_modules'));
  cpSync(path.join(repo, 'next.config.ts'), path.join(scratch, 'next.base.ts'));
  writeFileSync(
    path.join(scratch, 'next.config.ts'),
    `import base from './next.base';\nexport default { ...base, turbopack: { root: ${JSON.stringify(repo)} } };\n`,
  );
  for (const lng of ['en', 'es']) cpSync(path.join(repo, 'locales', lng, 'common.json'), path.join(scratch, 'locales', lng, 'common.json'));

  const seed = readFileSync(path.join(repo, 'content', 'belarus-cuba-military-ties.md'), 'utf8')
    .split(/\n\n+/)
    .slice(1)
    .filter((block) => !block.startsWith('#'));
  const body = Array.from({ length: paragraphs }, (_, i) => `${i + 1} — ${seed[i % seed.length]}`);
  mkdirSync(path.join(scratch, 'content'));
  writeFileSync(path.join(scratch, 'content', 'large.md'), `---\ntitle: A generated article of ${paragraphs} paragraphs\n---\n\n${body.join('\n\n')}\n`);

  const content = timed('npx tsx scripts/build-content.ts');
  const next = timed('npx next build');
  const html = readFileSync(path.join(scratch, '.next/server/app/en/articles/large.html'));
  const report = [
    `## One article of ${paragraphs.toLocaleString('en')} paragraphs (\`npm run bench:large -- ${paragraphs}\`)`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}, commit ${execSync('git rev-parse --short HEAD').toString().trim()}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})`,
    '',
    '| step | result |',
    '| --- | ---: |',
    `| content (parse, detect, join; includes tsx start-up) | ${content.toFixed(1)} s |`,
    `| next build (paragraph pages and cards on first request) | ${next.toFixed(1)} s |`,
    `| reader page, /en/articles/large | ${(html.length / 2 ** 20).toFixed(1)} MB of HTML |`,
  ].join('\n');
  writeReportSection('docs/BENCHMARKS.md', 'large', report);
  console.log(`\n${report}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
