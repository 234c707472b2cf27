import 'server-only';
import { isLanguage, type Language } from '@/lib/i18n/config';
import { blockText, findBlock, flowSentences, shownFlow, titleIn } from './article';
import { builtFiles, readBuiltFile, type ParagraphIds, type SentenceCounts } from './files';
import type { Article, ArticleSummary, Block } from './types';

// The read side: what the pages (app/) and proxy.ts know of the content, read from the built
// data in .content/ (never from content/ or locales/) and kept in memory once read.

export { blockText, excerpt, titleIn } from './article';

/** An article as a page in one language shows it. */
export interface ArticleInLanguage {
  lng: Language;
  article: Article;
  /** The title in `lng` where it is translated, else as published, with the language it is in. */
  title: { text: string; lang: Language };
}

/** A paragraph link's block, by its ID or a former one, with its text as the link shows it. */
export interface ParagraphInLanguage extends ArticleInLanguage {
  block: Block;
  /** The block's plain text in `lng` (as published where it has no translation). */
  text: string;
}

/** A sentence link's sentence: its paragraph as the link shows it, and which sentence. */
export interface SentenceInLanguage extends ParagraphInLanguage {
  /** The sentence's number in the paragraph's text in `lng`, from 1. */
  n: number;
  sentence: string;
}

let summaries: ArticleSummary[] | undefined;
let paragraphIds: Map<string, Set<string>> | undefined;
const articles = new Map<string, Article>();

/** Every article, as the index lists them, in slug order. */
export function getArticleSummaries(): ArticleSummary[] {
  summaries ??= readBuiltFile<ArticleSummary[]>(builtFiles.summaries);
  return summaries;
}

/** The built article for `slug`, or undefined if there is none. */
export function getArticle(slug: string): Article | undefined {
  if (!getArticleSummaries().some((s) => s.slug === slug)) return undefined;
  let article = articles.get(slug);
  if (!article) {
    article = readBuiltFile<Article>(builtFiles.article(slug));
    articles.set(slug, article);
  }
  return article;
}

/** Every built article, in slug order. */
export function getArticles(): Article[] {
  return getArticleSummaries().map(({ slug }) => getArticle(slug)!);
}

/**
 * The article a route's `[lng]` and `[slug]` name, or undefined (a 404) when either names
 * nothing: the one check every article route makes.
 */
export function readArticle(lng: string, slug: string): ArticleInLanguage | undefined {
  const article = getArticle(slug);
  if (!article || !isLanguage(lng)) return undefined;
  return { lng, article, title: titleIn(article, lng) };
}

/** The block a paragraph route's `[id]` names, by its ID or a former ID, or undefined (a 404). */
export function readParagraph(lng: string, slug: string, id: string): ParagraphInLanguage | undefined {
  const found = readArticle(lng, slug);
  const block = found && findBlock(found.article, id);
  if (!found || !block) return undefined;
  return { ...found, block, text: blockText(block, found.lng) };
}

/**
 * The sentence a sentence link's `[n]` names in a paragraph, counted from 1 in the text the
 * paragraph shows in `[lng]`, or undefined (a 404).
 */
export function readSentence(lng: string, slug: string, id: string, n: string): SentenceInLanguage | undefined {
  const found = readParagraph(lng, slug, id);
  const index = /^[1-9][0-9]{0,3}$/.test(n) ? Number(n) : 0;
  const sentence = found && flowSentences(shownFlow(found.block, found.lng))[index - 1];
  if (!found || sentence === undefined) return undefined;
  return { ...found, n: index, sentence };
}

/** Every `{ lng, slug, id, n }` a sentence link may name. */
export function sentenceParams(): { lng: Language; slug: string; id: string; n: string }[] {
  return Object.entries(readSentenceCounts()).flatMap(([slug, blocks]) =>
    Object.entries(blocks).flatMap(([id, counts]) =>
      Object.entries(counts).flatMap(([lng, count]) =>
        Array.from({ length: count }, (_, k) => ({ lng: lng as Language, slug, id, n: String(k + 1) })),
      ),
    ),
  );
}

/** Whether a sentence link names a sentence, without reading the article itself. */
export function isKnownSentence(lng: Language, slug: string, id: string, n: string): boolean {
  const count = readSentenceCounts()[slug]?.[id]?.[lng] ?? 0;
  return /^[1-9][0-9]*$/.test(n) && Number(n) <= count;
}

/** Every `{ slug, id }` a paragraph link may name: each block's ID and former IDs. */
export function paragraphParams(): { slug: string; id: string }[] {
  return [...readParagraphIds()].flatMap(([slug, ids]) => [...ids].map((id) => ({ slug, id })));
}

/** Whether `/…/articles/{slug}/p/{id}` names a paragraph, without reading the article itself. */
export function isKnownParagraph(slug: string, id: string): boolean {
  return readParagraphIds().get(slug)?.has(id) ?? false;
}

let sentenceCounts: SentenceCounts | undefined;
function readSentenceCounts(): SentenceCounts {
  sentenceCounts ??= readBuiltFile<SentenceCounts>(builtFiles.sentenceCounts);
  return sentenceCounts;
}

function readParagraphIds(): Map<string, Set<string>> {
  paragraphIds ??= new Map(
    Object.entries(readBuiltFile<ParagraphIds>(builtFiles.paragraphIds)).map(([slug, ids]) => [slug, new Set(ids)]),
  );
  return paragraphIds;
}
