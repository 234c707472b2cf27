import { francAll } from 'franc';
import type { Language } from '@/lib/i18n/config';

export interface Detection {
  lang: Language | 'und';
  /** franc's score margin between the two languages: 0 is a tie, 1 a certainty. */
  confidence: number;
}

/** Shorter samples are too few trigrams for franc to call reliably. */
const minLetters = 20;
/** Below this margin English and Spanish scored too close to pick one. */
const minMargin = 0.1;

const francCodes: Record<string, Language> = { eng: 'en', spa: 'es' };

/**
 * Detects whether a text is English or Spanish with franc, limited to those two.
 * Returns `und` when the text is too short or too close to call.
 */
export function detectLanguage(text: string): Detection {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < minLetters) return { lang: 'und', confidence: 0 };

  const [best, second] = francAll(text, { only: Object.keys(francCodes), minLength: 1 });
  const lang = best && francCodes[best[0]];
  const margin = 1 - (second?.[1] ?? 0);
  if (!lang) return { lang: 'und', confidence: 0 };
  if (margin < minMargin) return { lang: 'und', confidence: round(margin) };
  return { lang, confidence: round(margin) };
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
  const decided = blocks.map((b) => b.pinned ?? (b.detection.lang === 'und' ? undefined : b.detection.lang));
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
