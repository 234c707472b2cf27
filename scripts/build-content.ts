/**
 * Builds `content/*.md` and `locales/` into typed JSON in `.content/`, once, before Next.js
 * renders anything. Problems are printed as `file:line: message` and stop the build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentErrors } from '@/lib/content/content-error';
import { builtContentDir } from '@/lib/content/content-dir';
import { loadContent } from '@/lib/content/load-content';
import { paragraphIndex, paragraphIndexFile } from '@/lib/content/paragraph-index';
import { summarize } from '@/lib/content/summarize';

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

  rmSync(builtContentDir, { recursive: true, force: true });
  mkdirSync(path.join(builtContentDir, 'articles'), { recursive: true });
  for (const article of articles) {
    writeFileSync(path.join(builtContentDir, 'articles', `${article.slug}.json`), JSON.stringify(article));
  }
  writeFileSync(path.join(builtContentDir, 'index.json'), JSON.stringify(articles.map(summarize)));
  writeFileSync(path.join(builtContentDir, paragraphIndexFile), JSON.stringify(paragraphIndex(articles)));

  const blocks = articles.flatMap((a) => a.blocks);
  const missing = blocks.filter((b) => Object.keys(b.versions).length < 2).length;
  const ms = Math.round(performance.now() - started);
  console.log(
    `content: ${articles.length} article(s), ${blocks.length} blocks, ${missing} translation(s) missing, built in ${ms} ms`,
  );
  return 0;
}

process.exitCode = main();
