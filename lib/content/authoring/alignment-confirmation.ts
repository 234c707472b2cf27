import { blockIds, findBlock } from '@/lib/content/article';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import { ContentError } from '@/lib/content/content-error';
import { resourceFile, sourcesFile } from '@/lib/content/files';
import type { AlignmentConfirmation } from '@/lib/content/schemas';
import type { Block } from '@/lib/content/types';
import { otherLanguage } from '@/lib/i18n/config';

// An editor confirms a suspect alignment (`content:sync --confirm-alignment <slug>:<id>`) after
// reading the block beside its translation. The confirmation is kept in the translation's
// `.sources.json` as fingerprints of both texts, and holds until either of them changes.

/** A translated block, where its translation is kept, and the translation's Markdown. */
export interface TranslatedBlock {
  key: string;
  block: Block;
  translation: string;
}

/** What confirming `block`'s alignment with `translation` (its Markdown) records. */
function alignmentConfirmation(block: Pick<Block, 'sourceHash'>, translation: string): AlignmentConfirmation {
  return { original: block.sourceHash, translation: sourceHash(translation) };
}

/** Whether a recorded confirmation still holds: neither text has changed since the editor's check. */
export function confirmationHolds(
  recorded: AlignmentConfirmation | undefined,
  block: Pick<Block, 'sourceHash'>,
  translation: string,
): boolean {
  const current = alignmentConfirmation(block, translation);
  return recorded?.original === current.original && recorded.translation === current.translation;
}

/**
 * Why each `--confirm-alignment` target (`<slug>:<block-id>`) cannot be confirmed: it names no
 * block of an article, the block has no translation, or a file it needs does not read.
 */
export function alignmentTargetErrors(snapshot: ContentSnapshot, targets: readonly string[]): ContentError[] {
  const broken = new Set(snapshot.errors.map((e) => e.file));
  const problem = (target: string, why: string) => new ContentError('--confirm-alignment', undefined, `"${target}" ${why}`);
  return targets.flatMap((target) => {
    const [slug, id] = splitTarget(target);
    const article = snapshot.articles.find((a) => a.slug === slug);
    const block = article && findBlock(article, id);
    if (!block) return [problem(target, 'names no article block: write <slug>:<block-id>')];
    const lng = otherLanguage(block.lang);
    const unreadable = [resourceFile(lng, slug), sourcesFile(lng, slug)].filter((file) => broken.has(file));
    if (unreadable.length > 0) return [problem(target, `cannot be confirmed until ${unreadable.join(' and ')} reads without errors`)];
    if (!block.alignment) return [problem(target, `has no translation in ${resourceFile(lng, slug)} to confirm`)];
    return [];
  });
}

/** Whether one of `targets` (`<slug>:<id>`) names `block` of article `slug`, by its ID or an alias. */
function isTargeted(targets: ReadonlySet<string>, slug: string, block: Pick<Block, 'id' | 'aliases'>): boolean {
  return blockIds(block).some((id) => targets.has(`${slug}:${id}`));
}

/**
 * The confirmations one `.sources.json` keeps after a sync: those recorded that still hold, and
 * new ones for the targeted blocks. A confirmation that no longer holds, or whose translation is
 * gone, is dropped.
 *
 * @returns the confirmations by translation key, and the keys newly confirmed
 */
export function nextConfirmations(
  slug: string,
  translated: readonly TranslatedBlock[],
  recorded: Readonly<Record<string, AlignmentConfirmation>>,
  targets: ReadonlySet<string>,
): { confirmations: Record<string, AlignmentConfirmation>; confirmed: string[] } {
  const confirmations: Record<string, AlignmentConfirmation> = {};
  const confirmed: string[] = [];
  for (const { key, block, translation } of translated) {
    if (confirmationHolds(recorded[key], block, translation)) confirmations[key] = recorded[key]!;
    else if (isTargeted(targets, slug, block)) {
      confirmations[key] = alignmentConfirmation(block, translation);
      confirmed.push(key);
    }
  }
  return { confirmations, confirmed };
}

/** `<slug>:<id>` split at its first colon. */
function splitTarget(target: string): [string, string] {
  const colon = target.indexOf(':');
  return colon < 0 ? [target, ''] : [target.slice(0, colon), target.slice(colon + 1)];
}
