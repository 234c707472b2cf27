import { describe, expect, it } from 'vitest';
import { defaultLanguage } from '@/lib/i18n/config';
import { negotiateLanguage } from '@/lib/i18n/negotiate';

describe('negotiateLanguage: Accept-Language to a supported language', () => {
  it('defaults to English', () => {
    expect(defaultLanguage).toBe('en');
  });

  it.each([
    ['no header', undefined],
    ['a null header', null],
    ['an empty header', ''],
    ['only spaces', '   '],
    ['only commas', ',,,'],
  ])('picks English for %s', (_, header) => {
    expect(negotiateLanguage(header)).toBe('en');
  });

  it('picks the only language asked for', () => {
    expect(negotiateLanguage('es')).toBe('es');
    expect(negotiateLanguage('en')).toBe('en');
  });

  it('counts regional variants as their language', () => {
    expect(negotiateLanguage('es-MX')).toBe('es');
    expect(negotiateLanguage('es-419')).toBe('es');
    expect(negotiateLanguage('en-GB')).toBe('en');
    expect(negotiateLanguage('ES-es')).toBe('es');
  });

  it('respects the order of equally weighted ranges', () => {
    expect(negotiateLanguage('es, en')).toBe('es');
    expect(negotiateLanguage('en, es')).toBe('en');
    expect(negotiateLanguage('es-MX,en-US')).toBe('es');
  });

  it('weighs ranges by their q value, whatever the order', () => {
    expect(negotiateLanguage('en;q=0.5, es;q=0.9')).toBe('es');
    expect(negotiateLanguage('es;q=0.4, en;q=0.8')).toBe('en');
    expect(negotiateLanguage('en;q=0.1, es')).toBe('es');
  });

  it('handles a typical browser header', () => {
    expect(negotiateLanguage('es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('es');
    expect(negotiateLanguage('fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7, *;q=0.5')).toBe('es');
  });

  it('skips unsupported languages for the best supported one', () => {
    expect(negotiateLanguage('fr, de;q=0.9, es;q=0.1')).toBe('es');
    expect(negotiateLanguage('pt-BR, en;q=0.2')).toBe('en');
  });

  it('falls back to English when no supported language is listed', () => {
    expect(negotiateLanguage('fr, de')).toBe('en');
    expect(negotiateLanguage('zh-Hant-TW')).toBe('en');
  });

  it('treats q=0 as "not acceptable"', () => {
    expect(negotiateLanguage('es;q=0, en;q=0.1')).toBe('en');
    expect(negotiateLanguage('es;q=0')).toBe('en');
    expect(negotiateLanguage('en;q=0, es;q=0.1')).toBe('es');
  });

  it('treats * as the default language, at its own weight', () => {
    expect(negotiateLanguage('*')).toBe('en');
    expect(negotiateLanguage('fr, *;q=0.5, es;q=0.4')).toBe('en');
    expect(negotiateLanguage('fr, es;q=0.6, *;q=0.5')).toBe('es');
  });

  it('tolerates spaces around ranges and parameters', () => {
    expect(negotiateLanguage('  en ; q=0.2 ,  es ; q=0.8 ')).toBe('es');
  });

  it('ignores other parameters next to q', () => {
    expect(negotiateLanguage('en;level=1;q=0.2, es;q=0.3')).toBe('es');
  });

  it('treats an unreadable q value as not acceptable', () => {
    expect(negotiateLanguage('es;q=abc, en;q=0.1')).toBe('en');
    expect(negotiateLanguage('es;q=, en;q=0.1')).toBe('en');
  });

  it.each(['garbage', ';;;', 'q=1', ';q=0.9', '12345', '\u0000\u0001', 'es_MX', 'english', 'spanish', 'e'])(
    'falls back to English for garbage %j',
    (header) => {
      expect(negotiateLanguage(header)).toBe('en');
    },
  );

  it('still finds a supported language among garbage', () => {
    expect(negotiateLanguage('@@@, ;;, es;q=0.3')).toBe('es');
  });
});

describe('negotiateLanguage: parameter names are case-insensitive', () => {
  it('reads Q= like q=', () => {
    expect(negotiateLanguage('en;Q=0.1, es;q=0.9')).toBe('es');
  });
});
