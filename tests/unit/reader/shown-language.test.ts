import { describe, expect, it } from 'vitest';
import { shownLanguage } from '@/lib/reader/shown-language';
import { shownLanguageCases as cases } from './shown-language-cases';

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
