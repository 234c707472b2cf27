import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n/config';
import { shownLanguage } from '@/lib/reader/shown-language';

type Case = [view: 'reading' | 'original', lng: Language, blockLang: Language, flipped: boolean, shown: Language];

/** Every combination: the reading view shows the reader's language, the original view the block's; a flip swaps. */
const cases: Case[] = [
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

describe('shownLanguage', () => {
  it('covers all 16 combinations', () => {
    expect(new Set(cases.map((c) => c.slice(0, 4).join())).size).toBe(16);
  });

  it.each(cases)('%s view, reader %s, block %s, flipped %s → %s', (view, lng, blockLang, flipped, shown) => {
    expect(shownLanguage(view, lng, blockLang, flipped)).toBe(shown);
  });

  it('shows the Spanish paragraph of the seed in English to an English reader, and in Spanish as published', () => {
    expect(shownLanguage('reading', 'en', 'es', false)).toBe('en');
    expect(shownLanguage('original', 'en', 'es', false)).toBe('es');
  });

  it('a flip always changes the language shown', () => {
    for (const [view, lng, blockLang] of cases) {
      const once = shownLanguage(view, lng, blockLang, true);
      const none = shownLanguage(view, lng, blockLang, false);
      expect(once).not.toBe(none);
    }
  });
});
