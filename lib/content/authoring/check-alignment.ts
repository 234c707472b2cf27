import { beadShapes } from '@/lib/content/article';
import type { AlignmentConfirmation } from '@/lib/content/schemas';
import type { Block, SentenceAlignment } from '@/lib/content/types';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { confirmationHolds } from './alignment-confirmation';

/** A translated block's sentence alignment, as `content:check` reports it. */
export interface AlignmentReport {
  /** Each bead as sentences of the original to sentences of the translation: `1:1 2:1`. */
  beads: string;
  /** The aligner's verdict: a sentence seems to have no counterpart, or a bead's lengths don't fit. */
  suspect: boolean;
  /** Present when an editor confirmed the alignment of these very texts (`--confirm-alignment`). */
  confirmed?: true;
}

/**
 * The alignment of a translated block, with whether an editor's confirmation holds for it.
 *
 * @param translation the translation's Markdown, as in its resource file
 * @param recorded the confirmation recorded for the block, if any
 * @returns undefined for a block with no translation
 */
export function reportAlignment(
  block: Block,
  translation: string,
  recorded: AlignmentConfirmation | undefined,
): AlignmentReport | undefined {
  if (!block.alignment) return undefined;
  const confirmed = confirmationHolds(recorded, block, translation);
  return { beads: beadShapes(block.alignment, block.lang), suspect: block.alignment.suspect, ...(confirmed ? { confirmed: true as const } : {}) };
}

/** Whether an alignment waits for an editor: suspect, and not confirmed. */
export function awaitsConfirmation(alignment: AlignmentReport | undefined): boolean {
  return alignment?.suspect === true && alignment.confirmed === undefined;
}

/**
 * Why the aligner finds a block's alignment suspect, in an editor's words: the sentences with no
 * counterpart (numbered from 1), or else lengths that don't fit.
 */
export function suspectReason(alignment: SentenceAlignment, originalLang: Language): string {
  const original = alignment.beads[originalLang];
  const translation = alignment.beads[otherLanguage(originalLang)];
  const reasons = [
    unmatched(original, translation, 'of the original', 'in the translation'),
    unmatched(translation, original, 'of the translation', 'in the original'),
  ].filter((reason) => reason !== undefined);
  return reasons.length > 0 ? reasons.join('; ') : "the lengths of its sentences and of their translations don't fit";
}

/** The sentences of one side whose bead holds no sentence of the other, said as a clause. */
function unmatched(side: number[], other: number[], whose: string, where: string): string | undefined {
  const numbers = side.flatMap((bead, sentence) => (other.includes(bead) ? [] : [sentence + 1]));
  if (numbers.length === 0) return undefined;
  const listed = numbers.length === 1 ? `sentence ${numbers[0]}` : `sentences ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `${listed} ${whose} ${numbers.length === 1 ? 'seems' : 'seem'} to have no counterpart ${where}`;
}
