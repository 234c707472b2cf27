/** The languages Paralelo reads and translates between. */
export const languages = ['en', 'es'] as const;

export type Language = (typeof languages)[number];

/** The language of `/` when the browser states no preference we support. */
export const defaultLanguage: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language a block flips to. */
export function otherLanguage(lng: Language): Language {
  return lng === 'en' ? 'es' : 'en';
}
