import type { Language } from '@/lib/i18n/config';

export type ShownLanguageCase = [
  view: 'reading' | 'original',
  lng: Language,
  blockLang: Language,
  flipped: boolean,
  shown: Language,
];

/** Every combination: the reading view shows the reader's language, the original view the block's; a flip swaps. */
export const shownLanguageCases: ShownLanguageCase[] = [
  ['reading', 'en', 'en', false, 'en'],
  ['reading', 'en', 'es', false, 'en'],
  ['reading', 'es', 'en', false, 'es'],
  ['reading', 'es', 'es', false, 'es'],
  ['reading', 'en', 'en', true, 'es'],
  ['reading', 'en', 'es', true, 'es'],
  ['reading', 'es', 'en', true, 'en'],
  ['reading', 'es', 'es', true, 'en'],
  ['original', 'en', 'en', false, 'en'],
  ['original', 'en', 'es', false, 'es'],
  ['original', 'es', 'en', false, 'en'],
  ['original', 'es', 'es', false, 'es'],
  ['original', 'en', 'en', true, 'es'],
  ['original', 'en', 'es', true, 'en'],
  ['original', 'es', 'en', true, 'es'],
  ['original', 'es', 'es', true, 'en'],
];
