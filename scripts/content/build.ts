/**
 * `npm run content:build`: builds `content/*.md` and `locales/` into typed JSON in `.content/`,
 * once, before Next.js renders anything. Problems are printed as `file:line: message` and stop
 * the build.
 */
import { writeBuiltContent } from '@/lib/content/build/built-content';
import { loadContent } from '@/lib/content/build/read-sources';
import { ContentErrors } from '@/lib/content/content-error';
import { readArguments } from '@/scripts/support/command-line';

readArguments('content:build', `usage: npm run content:build
  builds content/ and locales/ into .content/, or stops with file:line: message`, {});

function main(): number {
  const started = performance.now();
  let articles;
  try {
    articles = loadContent(process.cwd());
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    console.error(`content: ${error.errors.length} problem(s) to fix:`);
    for (const problem of error.errors) console.error(`  ${problem}`);
    return 1;
  }
  writeBuiltContent(articles);

  const blocks = articles.flatMap((a) => a.blocks);
  const missing = blocks.filter((b) => Object.keys(b.versions).length < 2).length;
  const ms = Math.round(performance.now() - started);
  console.log(`content: ${articles.length} article(s), ${blocks.length} blocks, ${missing} translation(s) missing, built in ${ms} ms`);
  return 0;
}

process.exitCode = main();
