import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blockIds, flowSentences, shownFlow } from '@/lib/content/article';
import { builtContentDir, builtFiles, readBuiltFile, type ParagraphIds, type SentenceCounts } from '@/lib/content/files';
import { byLanguage } from '@/lib/i18n/config';
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
    ...(article.updated ? { updated: article.updated } : {}),
    paragraphCount,
  };
}

/** Every ID a paragraph link may name, per article: small enough for the proxy to read alone. */
export function paragraphIds(articles: readonly Article[]): ParagraphIds {
  return Object.fromEntries(articles.map((a) => [a.slug, a.blocks.flatMap(blockIds)]));
}

/** How many sentences each block shows in each language, under every ID it has: what sentence links may name. */
export function sentenceCounts(articles: readonly Article[]): SentenceCounts {
  return Object.fromEntries(
    articles.map((a) => [
      a.slug,
      Object.fromEntries(
        a.blocks.flatMap((block) => {
          const counts = byLanguage((l) => flowSentences(shownFlow(block, l)).length);
          return blockIds(block).map((id) => [id, counts]);
        }),
      ),
    ]),
  );
}

const write = (file: string, data: unknown) => writeFileSync(path.join(builtContentDir, file), JSON.stringify(data));

/** Replaces `.content/` with the built articles, their summaries, their paragraph IDs and sentence counts. */
export function writeBuiltContent(articles: readonly Article[]): void {
  rmSync(builtContentDir, { recursive: true, force: true });
  mkdirSync(path.join(builtContentDir, 'articles'), { recursive: true });
  for (const article of articles) write(builtFiles.article(article.slug), article);
  write(builtFiles.summaries, articles.map(summarize));
  write(builtFiles.paragraphIds, paragraphIds(articles));
  write(builtFiles.sentenceCounts, sentenceCounts(articles));
}

/** Whether `.content/` holds a whole build, which `updateBuiltContent` can change. */
export const hasBuiltContent = () => existsSync(path.join(builtContentDir, builtFiles.summaries));

/**
 * Puts rebuilt `articles` into the existing `.content/`, in place of their earlier build (or
 * beside the others, for a new article); every other article stays as it was built.
 */
export function updateBuiltContent(articles: readonly Article[]): void {
  const rebuilt = new Map(articles.map((article) => [article.slug, article]));
  const summaries = readBuiltFile<ArticleSummary[]>(builtFiles.summaries);
  // The order of a whole build: content/'s file names, sorted.
  const slugs = [...new Set([...summaries.map((s) => s.slug), ...rebuilt.keys()])].sort((a, b) =>
    `${a}.md` < `${b}.md` ? -1 : 1,
  );
  const summaryOf = new Map(summaries.map((s) => [s.slug, s]));
  for (const article of articles) {
    write(builtFiles.article(article.slug), article);
    summaryOf.set(article.slug, summarize(article));
  }
  const merge = <T>(file: string, entries: Record<string, T>): Record<string, T> => ({
    ...readBuiltFile<Record<string, T>>(file),
    ...entries,
  });
  write(
    builtFiles.summaries,
    slugs.map((slug) => summaryOf.get(slug)!),
  );
  write(builtFiles.paragraphIds, merge(builtFiles.paragraphIds, paragraphIds(articles)));
  write(builtFiles.sentenceCounts, merge(builtFiles.sentenceCounts, sentenceCounts(articles)));
}
