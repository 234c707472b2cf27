import type { Article, ArticleSummary } from './types';

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
