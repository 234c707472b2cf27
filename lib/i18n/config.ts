/** The languages Paralelo reads and translates between. */
export const languages = ['en', 'es'] as const;

export type Language = (typeof languages)[number];

/** The language of `/` when the browser states no preference we support. */
export const defaultLanguage: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** A record of `fn`'s value for each language. */
export function byLanguage<V>(fn: (lng: Language) => V): Record<Language, V> {
  return Object.fromEntries(languages.map((l) => [l, fn(l)])) as Record<Language, V>;
}

/** The language a block flips to. */
export function otherLanguage(lng: Language): Language {
  return lng === 'en' ? 'es' : 'en';
}
