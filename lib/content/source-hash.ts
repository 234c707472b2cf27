import { createHash } from 'node:crypto';
import type { Block } from './types';

/** A short fingerprint of the original a translation was made from. */
export function sourceHash(original: string): string {
  return createHash('sha256').update(original).digest('hex').slice(0, 16);
}

/**
 * What a block's translation is made from: its text, emphasis and links (not its `{#id}`
 * attributes), so editing the original, and only that, marks the translation stale.
 */
export function blockSource(block: Block): string {
  return JSON.stringify(block.versions[block.lang]);
}
