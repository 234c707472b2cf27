import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findBlock } from '@/lib/content/article';
import { ContentError } from '@/lib/content/content-error';
import { contentFile } from '@/lib/content/files';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import type { Article } from '@/lib/content/types';
import { writeFileAtomic } from './atomic-write';

/** A `--keep-id <slug>:<old-id>=<block-id>` request: keep `oldId` as an alias of block `blockId`. */
export interface KeepIdRequest {
  slug: string;
  oldId: string;
  blockId: string;
}

/** Reads `<slug>:<old-id>=<block-id>`; undefined when it is not that shape. */
export function parseKeepId(request: string): KeepIdRequest | undefined {
  const match = /^([^:=\s]+):([^:=\s]+)=([^:=\s]+)$/.exec(request);
  return match ? { slug: match[1]!, oldId: match[2]!, blockId: match[3]! } : undefined;
}

/** `--keep-id` requests that cannot be carried out, each named: when there is one, nothing is written. */
export function keepIdErrors(snapshot: ContentSnapshot, requests: readonly string[]): ContentError[] {
  return requests.flatMap((request) => {
    const parsed = parseKeepId(request);
    const article = parsed && snapshot.articles.find((a) => a.slug === parsed.slug);
    if (!parsed) return [new ContentError('--keep-id', undefined, `"${request}" is not <slug>:<old-id>=<block-id>`)];
    if (!article) return [new ContentError('--keep-id', undefined, `"${request}": no article content/${parsed.slug}.md`)];
    const file = contentFile(parsed.slug);
    if (!article.blocks.some((b) => b.id === parsed.blockId)) {
      return [new ContentError(file, undefined, `--keep-id "${request}": no block has the ID "${parsed.blockId}"`)];
    }
    if (findBlock(article, parsed.oldId)) return [new ContentError(file, undefined, `--keep-id "${request}": "${parsed.oldId}" already leads to a block`)];
    return [];
  });
}

const trailingAttributes = /\s*\{([^{}\n]*)\}\s*$/;

/**
 * Adds `alias=<old-id>` to block `blockId` of `article` in its Markdown file, merged into the
 * block's `{…}` attribute list if it has one, so that links to the old ID lead to the block
 * and a translation kept under it follows it. Written atomically.
 *
 * @throws ContentError naming the file when the block is not in the article
 */
export function keepIdAsAlias(root: string, article: Article, { oldId, blockId }: KeepIdRequest): void {
  const file = contentFile(article.slug);
  const block = article.blocks.find((b) => b.id === blockId);
  if (!block) throw new ContentError(file, undefined, `--keep-id: no block has the ID "${blockId}"`);
  if (findBlock(article, oldId)) throw new ContentError(file, block.line, `--keep-id: "${oldId}" already leads to a block`);
  const full = path.join(root, file);
  const lines = readFileSync(full, 'utf8').split('\n');
  // A block's attributes end its last line: the line before the next blank one.
  let last = block.line - 1;
  while (last + 1 < lines.length && lines[last + 1]!.trim() !== '') last++;
  const line = lines[last]!;
  const match = trailingAttributes.exec(line);
  const tokens = match?.[1]?.trim().split(/\s+/) ?? [];
  const isAttributeList = tokens[0]?.startsWith('#') || tokens.some((t) => /^[a-z]+=/.test(t));
  if (match && isAttributeList) {
    const alias = tokens.find((t) => t.startsWith('alias='));
    const next = alias ? tokens.map((t) => (t === alias ? `${alias},${oldId}` : t)) : [...tokens, `alias=${oldId}`];
    lines[last] = `${line.slice(0, match.index)} {${next.join(' ')}}`;
  } else {
    lines[last] = `${line.trimEnd()} {alias=${oldId}}`;
  }
  writeFileAtomic(full, lines.join('\n'));
}
