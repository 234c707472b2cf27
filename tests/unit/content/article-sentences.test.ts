import { describe, expect, it } from 'vitest';
import { beadSentences, counterpartSentence, flowSentences } from '@/lib/content/article';
import { alignBlock } from '@/lib/content/build/align/align-block';
import { sentenceCounts } from '@/lib/content/build/built-content';
import type { Article, Block, Flow } from '@/lib/content/types';

const paragraph = (value: string): Flow => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** A block published in English, aligned 2:1 then 1:1 with its Spanish translation. */
function alignedBlock(): Block {
  const { original, translation, alignment } = alignBlock(
    paragraph('The minister arrived on 12 May. She met 40 officials. They talked for two hours.'),
    'en',
    paragraph('La ministra llegó el 12 de mayo y se reunió con 40 funcionarios. Hablaron durante dos horas.'),
  );
  return {
    id: 'the-minister',
    aliases: ['old-minister'],
    kind: 'paragraph',
    lang: 'en',
    confidence: 1,
    decidedBy: 'detected',
    sourceHash: 'x',
    line: 3,
    versions: { en: original, es: translation },
    alignment,
  };
}

describe('sentences of a built block', () => {
  it('gives back each marked sentence’s text, and none for a body that was not aligned', () => {
    const block = alignedBlock();
    expect(flowSentences(block.versions.en!)).toEqual([
      'The minister arrived on 12 May.',
      'She met 40 officials.',
      'They talked for two hours.',
    ]);
    expect(flowSentences(paragraph('Not aligned. At all.'))).toEqual([]);
  });

  it('finds the sentences that share a bead, from either side', () => {
    const block = alignedBlock();
    expect(beadSentences(block, 'en', 1)).toEqual({ en: [0, 1], es: [0] });
    expect(beadSentences(block, 'es', 0)).toEqual({ es: [0], en: [0, 1] });
    expect(beadSentences(block, 'es', 1)).toEqual({ es: [1], en: [2] });
  });

  it('names the first sentence that translates one, for the other language’s link', () => {
    const block = alignedBlock();
    expect(counterpartSentence(block, 'en', 1, 'es')).toBe(0);
    expect(counterpartSentence(block, 'es', 0, 'en')).toBe(0);
    expect(counterpartSentence(block, 'en', 2, 'en')).toBe(2);
    // Without a translation, both languages show the original: the same sentence.
    const untranslated = { ...block, versions: { en: block.versions.en! }, alignment: undefined };
    expect(counterpartSentence(untranslated, 'en', 2, 'es')).toBe(2);
  });

  it('counts the sentences a link may name per ID and alias, in each language', () => {
    const article = { slug: 'a', lang: 'en', title: { en: 'A' }, blocks: [alignedBlock()] } satisfies Article;
    expect(sentenceCounts([article])).toEqual({
      a: { 'the-minister': { en: 3, es: 2 }, 'old-minister': { en: 3, es: 2 } },
    });
  });
});
