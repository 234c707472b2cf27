import { flowText } from '@/lib/content/article';
import type { Flow, SentenceAlignment } from '@/lib/content/types';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { alignSentences, SPANISH_PER_ENGLISH } from './align-sentences';
import { markSentences } from './mark-sentences';
import { sentenceSpans } from './split-sentences';

/** A translated block's two bodies with their sentences marked, and how those sentences pair. */
export interface AlignedBlock {
  original: Flow;
  translation: Flow;
  alignment: SentenceAlignment;
}

/**
 * Splits a block and its translation into sentences, aligns them, and marks each body's text
 * with its sentences, so the page can show which sentence translates which.
 *
 * @param original the block as published, in `lang`
 * @param translation its translation into the other language
 */
export function alignBlock(original: Flow, lang: Language, translation: Flow): AlignedBlock {
  const target = otherLanguage(lang);
  const sides = [
    { flow: original, lang },
    { flow: translation, lang: target },
  ].map(({ flow, lang: l }) => {
    const text = flowText(flow);
    const spans = sentenceSpans(text, l);
    return { flow, spans, sentences: spans.map((s) => text.slice(s.start, s.end)) };
  });
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const ratio = lang === 'en' ? SPANISH_PER_ENGLISH : 1 / SPANISH_PER_ENGLISH;
  const { pairs, suspect } = alignSentences(a.sentences, b.sentences, { ratio });

  const beadsA: number[] = [];
  const beadsB: number[] = [];
  pairs.forEach(([xs, ys], bead) => {
    for (const x of xs) beadsA[x] = bead;
    for (const y of ys) beadsB[y] = bead;
  });
  return {
    original: markSentences(a.flow, a.spans),
    translation: markSentences(b.flow, b.spans),
    alignment: { beads: { [lang]: beadsA, [target]: beadsB } as Record<Language, number[]>, suspect },
  };
}
