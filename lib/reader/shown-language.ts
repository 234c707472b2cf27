import { otherLanguage, type Language } from '@/lib/i18n/config';
import type { View } from './reader-state';

/**
 * The language a block shows in a single-column view: the reader's language (reading view)
 * or the block's own (original view), switched when the reader flipped the block.
 */
export function shownLanguage(
  view: Exclude<View, 'side-by-side'>,
  lng: Language,
  blockLang: Language,
  flipped: boolean,
): Language {
  const base = view === 'reading' ? lng : blockLang;
  return flipped ? otherLanguage(base) : base;
}
