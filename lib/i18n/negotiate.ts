import { defaultLanguage, isLanguage, languages, type Language } from './config';

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

  const lng = firstSupported(
    ranked.map((entry) => entry.range),
    languages,
    defaultLanguage,
  );
  return isLanguage(lng) ? lng : defaultLanguage;
}

/**
 * The first of `ranges` (language ranges, most preferred first) whose primary subtag is in
 * `supported`: `es-MX` gives `es`; `*`, or no range supported, gives `fallback`.
 *
 * Self-contained on purpose (no imports, no inner functions, plain ES5 in its body): the static
 * export's `/` runs this very function's source in the browser on `navigator.languages`.
 */
export function firstSupported(ranges: readonly string[], supported: readonly string[], fallback: string): string {
  for (let i = 0; i < ranges.length; i++) {
    const range = String(ranges[i]).trim().toLowerCase();
    if (range === '*') return fallback;
    const primary = range.split('-')[0];
    if (primary && supported.indexOf(primary) !== -1) return primary;
  }
  return fallback;
}

/**
 * The language an address is in: its first path segment (`/es/…` gives `es`) if it is one of
 * `supported`, whatever its case; else `null`.
 *
 * Self-contained on purpose, like `firstSupported`: the 404 page's script runs its source.
 */
export function languageOfPath<L extends string>(pathname: string, supported: readonly L[]): L | null {
  const segment = (pathname.split('/')[1] || '').toLowerCase() as L;
  return supported.indexOf(segment) !== -1 ? segment : null;
}
