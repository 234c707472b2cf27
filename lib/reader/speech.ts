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

/** Which aligned sentence a stretch of text belongs to: the version's language and its index there. */
export interface SpokenSentence {
  version: Language;
  index: number;
}

/** A stretch of text to say in one language. */
export interface SpeechRun {
  lang: Language;
  text: string;
  /** Where the block is aligned, the sentence the text is part of. */
  sentence?: SpokenSentence;
}

/** The base language of a BCP 47 tag (`es-MX` → `es`; browsers also report `es_MX`). */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}

/** The languages among `languages` that some voice can read. */
export function voicedLanguages(voices: readonly VoiceLike[]): Language[] {
  return languages.filter((l) => voices.some((v) => baseLanguage(v.lang) === l));
}

/**
 * The languages a block is read in, in the order they show: the one it shows in a single
 * column, or both columns, left to right, side by side.
 */
export function spokenLanguages(view: View, lng: Language, blockLang: Language, flipped: boolean): Language[] {
  return view === 'side-by-side' ? [...languages] : [shownLanguage(view, lng, blockLang, flipped)];
}
