import { languages, type Language } from '@/lib/i18n/config';
import type { View } from './reader-state';
import { shownLanguage } from './shown-language';

/** What the reader needs of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/** A stretch of text to say in one language. */
export interface SpeechRun {
  lang: Language;
  text: string;
}

/** The base language of a BCP 47 tag (`es-MX` → `es`; browsers also report `es_MX`). */
function baseOf(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}

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
  const candidates = voices.filter((v) => baseOf(v.lang) === lang);
  const region = preferredLocales.map(normalizedTag).find((tag) => baseOf(tag) === lang && tag.includes('-'));
  const score = (v: V) =>
    (region && normalizedTag(v.lang) === region ? 4 : 0) + (v.default ? 2 : 0) + (v.localService ? 1 : 0);
  // Stable: among equals, the browser's own order.
  return candidates.reduce<V | undefined>((best, v) => (best === undefined || score(v) > score(best) ? v : best), undefined);
}

/** The languages among `languages` that some voice can read. */
export function voicedLanguages(voices: readonly VoiceLike[]): Language[] {
  return languages.filter((l) => voices.some((v) => baseOf(v.lang) === l));
}

/**
 * The languages a block is read in, in the order they show: the one it shows in a single
 * column, or both columns, left to right, side by side.
 */
export function spokenLanguages(view: View, lng: Language, blockLang: Language, flipped: boolean): Language[] {
  return view === 'side-by-side' ? [...languages] : [shownLanguage(view, lng, blockLang, flipped)];
}

const maxUtterance = 220;

/**
 * Splits text into utterances of whole sentences: some browsers stop a long utterance after
 * about fifteen seconds, and a sentence is the unit a pause or a change of speed restarts
 * from. Adjacent runs of one language are joined; sentences never cross a paragraph.
 *
 * @param paragraphs the runs of each paragraph (or heading, or list item) in order
 */
export function speechChunks(paragraphs: readonly (readonly SpeechRun[])[]): SpeechRun[] {
  const chunks: SpeechRun[] = [];
  for (const runs of paragraphs) {
    const merged: SpeechRun[] = [];
    for (const run of runs) {
      const last = merged.at(-1);
      if (last && last.lang === run.lang) last.text += run.text;
      else merged.push({ ...run });
    }
    for (const { lang, text } of merged) {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' '))) {
        for (const piece of splitLong(segment.trim())) {
          if (/[\p{L}\p{N}]/u.test(piece)) chunks.push({ lang, text: piece });
        }
      }
    }
  }
  return chunks;
}

/** Cuts a sentence longer than an utterance should be at spaces. */
function splitLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxUtterance) {
    const cut = rest.lastIndexOf(' ', maxUtterance);
    const at = cut > 0 ? cut : maxUtterance;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
