import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blockIds } from '@/lib/content/article';
import { builtContentDir, builtFiles, type ParagraphIds } from '@/lib/content/files';
import type { Article, ArticleSummary } from '@/lib/content/types';

/** What the index lists of an article: its titles and how many paragraphs each language has. */
export function summarize(article: Article): ArticleSummary {
  const paragraphCount = { en: 0, es: 0 };
  for (const block of article.blocks) {
    if (block.kind !== 'heading') paragraphCount[block.lang] += 1;
  }
  return {
    slug: article.slug,
    lang: article.lang,
    title: article.title,
    ...(article.published ? { published: article.published } : {}),
    paragraphCount,
  };
}

/** Every ID a paragraph link may name, per article: small enough for the proxy to read alone. */
export function paragraphIds(articles: readonly Article[]): ParagraphIds {
  return Object.fromEntries(articles.map((a) => [a.slug, a.blocks.flatMap(blockIds)]));
}

/** Replaces `.content/` with the built articles, their summaries and their paragraph IDs. */
export function writeBuiltContent(articles: readonly Article[]): void {
  rmSync(builtContentDir, { recursive: true, force: true });
  mkdirSync(path.join(builtContentDir, 'articles'), { recursive: true });
  const write = (file: string, data: unknown) => writeFileSync(path.join(builtContentDir, file), JSON.stringify(data));
  for (const article of articles) write(builtFiles.article(article.slug), article);
  write(builtFiles.summaries, articles.map(summarize));
  write(builtFiles.paragraphIds, paragraphIds(articles));
}
