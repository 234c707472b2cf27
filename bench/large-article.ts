/**
 * `npm run bench:large -- [paragraphs]`: builds the site with one generated article of N
 * paragraphs (default 5,000) in a scratch copy of the project, and times each step.
 * The paragraphs are the seed article's, repeated with a running number, so IDs stay unique.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeReportSection } from './report-section';
import { makeLargeArticleCopy } from './scratch';

const paragraphs = Number(process.argv[2] ?? 5000);
const scratch = makeLargeArticleCopy(paragraphs);

try {
  const content = scratch.run('npx tsx scripts/content/build.ts').seconds;
  const next = scratch.run('npx next build').seconds;
  const html = readFileSync(path.join(scratch.dir, '.next/server/app/en/articles/large.html'));
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
  scratch.remove();
}
