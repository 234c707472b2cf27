import path from 'node:path';
import { blockIds, flowText } from '@/lib/content/article';
import { idFromText } from '@/lib/content/build/ids/block-ids';
import { readRecordFile } from '@/lib/content/build/record-file';
import { kebabCase } from '@/lib/content/build/ids/kebab-case';
import { publishedIdsFile } from '@/lib/content/files';
import { publishedIdsSchema } from '@/lib/content/schemas';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import type { Article, Block } from '@/lib/content/types';
import { languages } from '@/lib/i18n/config';
import { formatJson, writeFileAtomic } from './atomic-write';

/** A published ID that no block has any more, as an ID or an alias. */
export interface VanishedId {
  id: string;
  /** The block it most likely became, when one stands out: by opening words, recorded text and position. */
  likely?: { block: Block; score: number };
}

/**
 * The IDs of `slug` ever published (recorded by `content:sync`), in the order they were first
 * recorded; empty when the article has no record yet.
 *
 * @throws ContentError naming the file when it is not a valid record
 */
export function readPublishedIds(root: string, slug: string): string[] {
  const record = readRecordFile(root, publishedIdsFile(slug), publishedIdsSchema, '{"published": ["block-id", …]}');
  return record?.published ?? [];
}

/** The record after publishing `article`: every ID it had, then the article's IDs and aliases not yet in it. */
export function withPublished(published: readonly string[], article: Pick<Article, 'blocks'>): string[] {
  const seen = new Set(published);
  return [...published, ...article.blocks.flatMap(blockIds).filter((id) => !seen.has(id) && seen.add(id))];
}

/**
 * The published IDs of `article` no block answers to, each with the block it most likely
 * became, judged also by the original's text recorded under the ID in either language.
 *
 * @throws ContentError naming the record when it is not valid
 */
export function lostIdsIn(root: string, snapshot: ContentSnapshot, article: Article): VanishedId[] {
  const recorded = (id: string) => languages.map((l) => snapshot.sources[l][article.slug]?.originals?.blocks?.[id]).find(Boolean);
  return vanishedIds(article, readPublishedIds(root, article.slug), recorded);
}

/** Adds the article's IDs and aliases to its record of published IDs; returns those added. */
export function recordPublishedIds(root: string, article: Article): string[] {
  const before = readPublishedIds(root, article.slug);
  const after = withPublished(before, article);
  if (after.length > before.length) writeFileAtomic(path.join(root, publishedIdsFile(article.slug)), formatJson({ published: after }));
  return after.slice(before.length);
}

/** How sure a match must be, and how far ahead of the next one, to name the block an ID became. */
const likelyScore = 0.5;
const likelyMargin = 0.15;

/**
 * The published IDs no block of `article` answers to any more, each with the block it most
 * likely became: among blocks whose own ID was never published, the one whose opening words
 * (and, where a translation recorded it, whose text) are closest to the lost ID's, weighted
 * by how near it sits to where the lost ID was.
 *
 * @param recordedText the original text recorded under an ID when its translation was made
 */
export function vanishedIds(
  article: Pick<Article, 'blocks'>,
  published: readonly string[],
  recordedText: (id: string) => string | undefined = () => undefined,
): VanishedId[] {
  const { blocks } = article;
  const answered = new Set(blocks.flatMap(blockIds));
  const alive = published.filter((id) => answered.has(id));
  const newcomers = blocks.flatMap((block, index) => (published.includes(block.id) ? [] : [{ block, index }]));
  return published
    .filter((id) => !answered.has(id))
    .map((id) => {
      // Where the lost ID stood among the published IDs still alive, as a block index.
      const aliveBefore = published.slice(0, published.indexOf(id)).filter((p) => answered.has(p)).length;
      const expected = alive.length === 0 ? 0 : (aliveBefore / alive.length) * blocks.length;
      const recorded = recordedText(id);
      const scored = newcomers
        .map(({ block, index }) => {
          const text = flowText(block.versions[block.lang]!);
          const opening = overlap(id.split('-'), idFromText(text).split('-'));
          const textual = recorded ? Math.max(opening, overlap(wordsOf(recorded), wordsOf(text))) : opening;
          const near = blocks.length <= 1 ? 1 : 1 - Math.min(1, Math.abs(index - expected) / blocks.length);
          return { block, score: 0.75 * textual + 0.25 * near };
        })
        .sort((a, b) => b.score - a.score);
      const [best, next] = scored;
      const standsOut = best && best.score >= likelyScore && best.score - (next?.score ?? 0) >= likelyMargin;
      return standsOut ? { id, likely: best } : { id };
    });
}

const wordsOf = (text: string) => kebabCase(text, { maxLength: Infinity }).split('-');

/** Shared words over all distinct words (Jaccard), 0..1. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.filter(Boolean));
  const right = new Set(b.filter(Boolean));
  const shared = [...left].filter((w) => right.has(w)).length;
  const all = new Set([...left, ...right]).size;
  return all === 0 ? 0 : shared / all;
}
