import { francAll } from 'franc';
import type { Language } from '@/lib/i18n/config';
import { functionWords, wordLists } from './word-lists';

export interface Detection {
  lang: Language | 'und';
  /** How sure the detector is, 0..1: the share of the evidence for the winning language. */
  confidence: number;
}

const francCodes: Record<string, Language> = { eng: 'en', spa: 'es' };

/** Letters only Spanish writes (of the two): one is strong evidence. */
const spanishLetters = /[áéíóúñü¿¡]/i;

const word = /[\p{L}][\p{L}'’]*/gu;
const noise = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\d[\d.,:/-]*/gu;

/**
 * Detects whether a text is English or Spanish, with franc at its core and a word vote for
 * short text, where franc's trigrams are too few: each word counts for the language whose
 * lexicon has it and the other's does not, the most frequent (function) words three times, a
 * Spanish-only letter and an English contraction twice. Capitalised words inside a sentence
 * are names and do not vote. A clear vote (three quarters of the evidence) decides; otherwise
 * franc, limited to the two languages. `und` only for text without letters.
 */
export function detectLanguage(text: string): Detection {
  const clean = text.replace(noise, ' ');
  let en = 0;
  let es = 0;
  let position = 0;
  const { en: english, es: spanish } = wordLists();
  for (const match of clean.matchAll(word)) {
    const token = match[0].replace(/’/g, "'");
    const sentenceStart = position === 0 || /[.!?¿¡:;«“"(]\s*$/.test(clean.slice(Math.max(0, match.index - 3), match.index));
    position += 1;
    if (!sentenceStart && /^\p{Lu}/u.test(token)) continue;
    let lower = token.toLowerCase();
    // An accent counts in common words, not in a capitalised name opening a sentence (Díaz…).
    if (spanishLetters.test(lower) && token === lower) es += 2;
    if (/'s$|n't$|'(?:re|ve|ll|m|d)$/.test(lower)) {
      en += 2;
      lower = lower.replace(/'.*$/, '');
    }
    if (neutral.has(lower)) continue;
    const inEnglish = functionWords.en.has(lower) ? 3 : english.has(lower) ? 1 : 0;
    const inSpanish = functionWords.es.has(lower) ? 3 : spanish.has(stripAccents(lower)) ? 1 : 0;
    if (inEnglish > inSpanish) en += inEnglish - inSpanish;
    else es += inSpanish - inEnglish;
  }

  const total = en + es;
  const margin = total === 0 ? 0 : Math.abs(en - es) / total;
  if (margin >= 0.5) return { lang: en > es ? 'en' : 'es', confidence: round(margin * Math.min(1, total / 6)) };

  // No clear vote (names only, or words both languages write): franc, limited to the two.
  const letters = clean.replace(/[^\p{L}]/gu, '').length;
  if (letters >= 2) {
    const [best, second] = francAll(clean, { only: Object.keys(francCodes), minLength: 1 });
    const lang = best && francCodes[best[0]];
    // franc's scores are relative: 1 for the best, the runner-up's share of it.
    if (lang) return { lang, confidence: round(Math.min(1, (1 - (second?.[1] ?? 0)) * 3) * Math.min(1, letters / 40)) };
  }
  return { lang: 'und', confidence: 0 };
}

/**
 * Whether a detection is sure enough to stand on its own in an article; below this, a block or
 * sentence takes the language of its context (a lone name, a one-word heading).
 */
export function isConfident(detection: Detection): detection is Detection & { lang: Language } {
  return detection.lang !== 'und' && detection.confidence >= 0.5;
}

/** Words each language writes all the time (English "a", Spanish "a", "to"): no evidence. */
const neutral = new Set(['a']);

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Settles every block's language: pinned blocks as pinned, detected blocks as detected, and
 * the undecidable from their context: the nearest decided neighbours when they agree (or only
 * one exists), else the article's majority by characters.
 *
 * @param fallback the language when nothing in the article could be decided
 */
export function settleLanguages(
  blocks: readonly { text: string; pinned?: Language; detection: Detection }[],
  fallback: Language,
): { lang: Language; confidence: number; decidedBy: 'detected' | 'context' | 'pinned' }[] {
  const decided = blocks.map((b) => b.pinned ?? (isConfident(b.detection) ? b.detection.lang : undefined));
  const majority = majorityLanguage(blocks, decided) ?? fallback;

  return blocks.map((block, index) => {
    if (block.pinned) return { lang: block.pinned, confidence: 1, decidedBy: 'pinned' };
    const own = decided[index];
    if (own) return { lang: own, confidence: block.detection.confidence, decidedBy: 'detected' };

    const before = decided.slice(0, index).findLast(Boolean);
    const after = decided.slice(index + 1).find(Boolean);
    const neighbour = before && after ? (before === after ? before : undefined) : (before ?? after);
    return { lang: neighbour ?? majority, confidence: block.detection.confidence, decidedBy: 'context' };
  });
}

/** The language holding most characters among decided blocks, or undefined if none is. */
export function majorityLanguage(
  blocks: readonly { text: string }[],
  langs: readonly (Language | undefined)[],
): Language | undefined {
  const chars: Partial<Record<Language, number>> = {};
  blocks.forEach((block, i) => {
    const lang = langs[i];
    if (lang) chars[lang] = (chars[lang] ?? 0) + block.text.length;
  });
  const ranked = (Object.entries(chars) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
