import { describe, expect, it } from 'vitest';
import { defaultLanguage, isLanguage, languages, otherLanguage } from '@/lib/i18n/config';

describe('i18n config', () => {
  it('supports English and Spanish, English by default', () => {
    expect(languages).toEqual(['en', 'es']);
    expect(defaultLanguage).toBe('en');
  });

  it('recognises only the exact language codes', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('es')).toBe(true);
    for (const value of ['EN', 'es-MX', 'fr', '', ' en', undefined, null, 1, ['en']]) {
      expect(isLanguage(value), String(value)).toBe(false);
    }
  });

  it('flips each language to the other', () => {
    expect(otherLanguage('en')).toBe('es');
    expect(otherLanguage('es')).toBe('en');
  });
});
