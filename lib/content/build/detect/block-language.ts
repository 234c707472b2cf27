import type { DecidedBy, LanguageSegment } from '@/lib/content/types';
import { isConfident, type Detection } from './detect-language';
import { dominantLanguage, languageSegments } from './language-segments';

/** A block's language as its own text decides it, before the article around it has a say. */
export interface BlockLanguage extends Detection {
  /**
   * `detected` when the text is sure enough to stand on its own; `context` when it is not, and
   * the build gives the block its neighbours' language instead (`settleLanguages`), keeping
   * this confidence.
   */
  decidedBy: Exclude<DecidedBy, 'pinned'>;
  /** Its runs in each language, only where it mixes both (offsets of `text`). */
  segments?: LanguageSegment[];
}

/**
 * Decides the language of an unpinned block from its plain text: its runs of each language
 * (`languageSegments`), then the language holding most of its characters (`dominantLanguage`).
 * The content build and `content:detect` both call this, so they answer alike for one text.
 *
 * @param text the block's plain text (`flowText`)
 */
export function blockLanguage(text: string): BlockLanguage {
  const segments = languageSegments(text);
  const detection = dominantLanguage(segments);
  const mixed = new Set(segments.map((s) => s.lang)).size > 1;
  return {
    ...detection,
    decidedBy: isConfident(detection) ? 'detected' : 'context',
    ...(mixed ? { segments } : {}),
  };
}
