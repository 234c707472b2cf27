/**
 * `npm run content:build [-- <slug> …]`: builds `content/*.md` and `locales/` into typed JSON in
 * `.content/`, once, before Next.js renders anything; with slugs, rebuilds only those articles
 * in the existing `.content/`. Problems are printed as `file:line: message` and stop the build.
 */
import { existsSync } from 'node:fs';
import { hasBuiltContent, updateBuiltContent, writeBuiltContent } from '@/lib/content/build/built-content';
import { loadContent } from '@/lib/content/build/read-sources';
import { ContentErrors } from '@/lib/content/content-error';
import { contentFile } from '@/lib/content/files';
import { readArguments } from '@/scripts/support/command-line';

const usage = `usage: npm run content:build [-- <slug> …]
  builds content/ and locales/ into .content/, or stops with file:line: message
  <slug>  rebuild only these articles (content/<slug>.md) in .content/; the others stay as built`;

const { positionals: slugs } = readArguments('content:build', usage, {});

function main(): number {
  const unknown = slugs.filter((slug) => !existsSync(contentFile(slug)));
  if (unknown.length > 0) {
    console.error(`content:build: no article ${unknown.map(contentFile).join(', ')}\n${usage}`);
    return 2;
  }
  if (slugs.length > 0 && !hasBuiltContent()) {
    console.error('content:build: .content/ has no whole build to update: run `npm run content:build` first');
    return 1;
  }
  const started = performance.now();
  let articles;
  try {
    articles = loadContent(process.cwd(), slugs.length > 0 ? { slugs } : {});
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    console.error(`content: ${error.errors.length} problem(s) to fix:`);
    for (const problem of error.errors) console.error(`  ${problem}`);
    return 1;
  }
  if (slugs.length > 0) updateBuiltContent(articles);
  else writeBuiltContent(articles);

  const blocks = articles.flatMap((a) => a.blocks);
  const missing = blocks.filter((b) => Object.keys(b.versions).length < 2).length;
  const ms = Math.round(performance.now() - started);
  console.log(`content: ${articles.length} article(s), ${blocks.length} blocks, ${missing} translation(s) missing, built in ${ms} ms`);
  return 0;
}

process.exitCode = main();
