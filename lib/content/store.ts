import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtContentDir } from './content-dir';
import type { Article, ArticleSummary } from './types';

let summaries: ArticleSummary[] | undefined;
const articles = new Map<string, Article>();

function readBuilt<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(path.join(builtContentDir, file), 'utf8')) as T;
  } catch (error) {
    throw new Error(`Built content is missing (${file}): run \`npm run content\` first.`, { cause: error });
  }
}

/** Every article, as the index lists them, in slug order. */
export function getArticleSummaries(): ArticleSummary[] {
  summaries ??= readBuilt<ArticleSummary[]>('index.json');
  return summaries;
}

/** The built article for `slug`, or undefined if there is none. */
export function getArticle(slug: string): Article | undefined {
  if (!getArticleSummaries().some((s) => s.slug === slug)) return undefined;
  let article = articles.get(slug);
  if (!article) {
    article = readBuilt<Article>(path.join('articles', `${slug}.json`));
    articles.set(slug, article);
  }
  return article;
}
