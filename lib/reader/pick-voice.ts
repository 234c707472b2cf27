import type { Language } from '@/lib/i18n/config';
import { baseLanguage, type VoiceLike } from './speech';

function normalizedTag(tag: string): string {
  return tag.toLowerCase().replace('_', '-');
}

/**
 * Chooses the voice to read `lang` with: one whose language is the same, preferring, in
 * order, the region of the first of the reader's `preferredLocales` in that language (so a
 * reader whose browser asks for `es-MX` hears a Mexican voice when there is one), the
 * browser's default voice, then a voice that works offline. Never a voice of another
 * language: `undefined` when there is none.
 *
 * @param preferredLocales the reader's locales, most wanted first (`navigator.languages`)
 */
export function pickVoice<V extends VoiceLike>(
  voices: readonly V[],
  lang: Language,
  preferredLocales: readonly string[] = [],
): V | undefined {
  const candidates = voices.filter((v) => baseLanguage(v.lang) === lang);
  const region = preferredLocales.map(normalizedTag).find((tag) => baseLanguage(tag) === lang && tag.includes('-'));
  const score = (v: V) =>
    (region && normalizedTag(v.lang) === region ? 4 : 0) + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  // Stable: among equals, the browser's own order.
  return candidates.reduce<V | undefined>(
    (best, v) => (best === undefined || score(v) > score(best) ? v : best),
    undefined,
  );
}
