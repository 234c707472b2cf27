import { flowText } from './mdast-to-flow';
import type { Article, Block } from './types';
import type { Language } from '@/lib/i18n/config';

/** The block an ID or one of its former IDs (aliases) names. */
export function findBlock(article: Article, id: string): Block | undefined {
  return article.blocks.find((b) => b.id === id || b.aliases?.includes(id));
}

/** A block's plain text in `lng`, or as published where it has no translation. */
export function blockText(block: Block, lng: Language): string {
  const flow = block.versions[lng] ?? block.versions[block.lang];
  return flow ? flowText(flow) : '';
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:.—-]+$/, '')}…`;
}
