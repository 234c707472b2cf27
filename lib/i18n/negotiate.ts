import { defaultLanguage, isLanguage, type Language } from './config';

/**
 * Picks the supported language a browser prefers from its `Accept-Language` header.
 *
 * Ranges are weighed by their `q` value (RFC 9110 §12.5.4); `es-MX` counts as `es`, `*` as
 * the default language. Anything unparseable falls back to the default language.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Language {
  if (!acceptLanguage) return defaultLanguage;

  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { range: range.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.range && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  for (const { range } of ranked) {
    if (range === '*') return defaultLanguage;
    const primary = range.split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return defaultLanguage;
}
