import type { LanguageSegment } from '@/lib/content/types';

/** A run of a mixed block in one language, as `content:check` and `content:detect` show it. */
export type LanguageRun = Pick<LanguageSegment, 'lang' | 'decidedBy'> & { text: string };

/**
 * The runs of a mixed block with their text, trimmed of the spaces between sentences.
 *
 * @param text the block's plain text, which the segments' offsets point into
 */
export function languageRuns(text: string, segments: readonly LanguageSegment[]): LanguageRun[] {
  return segments.map((s) => ({ lang: s.lang, decidedBy: s.decidedBy, text: text.slice(s.start, s.end).trim() }));
}
