import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtContentDir } from './content-dir';
import type { Article } from './types';

/** Per article slug, every ID a paragraph link may name: block IDs and their aliases. */
export type ParagraphIndex = Record<string, string[]>;

export const paragraphIndexFile = 'paragraphs.json';

export function paragraphIndex(articles: readonly Article[]): ParagraphIndex {
  return Object.fromEntries(articles.map((a) => [a.slug, a.blocks.flatMap((b) => [b.id, ...(b.aliases ?? [])])]));
}

let loaded: Map<string, Set<string>> | undefined;

/** Whether `/…/articles/{slug}/p/{id}` names a paragraph of the built content. */
export function isKnownParagraph(slug: string, id: string): boolean {
  loaded ??= new Map(
    Object.entries(JSON.parse(readFileSync(path.join(builtContentDir, paragraphIndexFile), 'utf8')) as ParagraphIndex).map(
      ([s, ids]) => [s, new Set(ids)],
    ),
  );
  return loaded.get(slug)?.has(id) ?? false;
}
