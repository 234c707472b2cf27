import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, isConfident, majorityLanguage, settleLanguages, type Detection } from '@/lib/content/build/detect/detect-language';
import { parseArticle } from '@/lib/content/build/parse/parse-article';

const seedFile = path.join('content', 'belarus-cuba-military-ties.md');
const seed = parseArticle(readFileSync(path.join(process.cwd(), seedFile), 'utf8'), seedFile);

const und: Detection = { lang: 'und', confidence: 0 };
const en = (confidence = 0.8): Detection => ({ lang: 'en', confidence });
const es = (confidence = 0.8): Detection => ({ lang: 'es', confidence });

describe('detectLanguage on the seed article', () => {
  const paragraphs = seed.blocks.filter((b) => b.kind === 'paragraph');

  it('has 20 paragraphs to detect', () => {
    expect(paragraphs).toHaveLength(20);
  });

  it('detects the "La visita…" paragraph as Spanish', () => {
    const visit = paragraphs.find((b) => b.text.startsWith('La visita del jefe del Estado Mayor'));
    expect(visit).toBeDefined();
    const detection = detectLanguage(visit!.text);
    expect(detection.lang).toBe('es');
    expect(detection.confidence).toBeGreaterThanOrEqual(0.1);
  });

  it('detects every other paragraph as English', () => {
    const others = paragraphs.filter((b) => !b.text.startsWith('La visita'));
    expect(others).toHaveLength(19);
    for (const block of others) {
      expect(detectLanguage(block.text).lang, `line ${block.line}: ${block.text.slice(0, 40)}`).toBe('en');
    }
  });

  it('detects the heading as English', () => {
    const heading = seed.blocks.find((b) => b.kind === 'heading');
    expect(detectLanguage(heading!.text).lang).toBe('en');
  });

  it('reports a confidence between 0 and 1, rounded to three decimals', () => {
    for (const block of seed.blocks) {
      const { confidence } = detectLanguage(block.text);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(Math.round(confidence * 1000) / 1000).toBe(confidence);
    }
  });
});

describe('detectLanguage on short or unclear text', () => {
  it.each(['', '   ', '2024 — 1,028 (50)', '…!?'])('calls %j undecided with confidence 0', (text) => {
    expect(detectLanguage(text)).toEqual({ lang: 'und', confidence: 0 });
  });

  it.each([
    ['Filed under:', 'en'],
    ['Hello', 'en'],
    ['Hola', 'es'],
    ['the', 'en'],
    ['de la', 'es'],
    ['sin embargo', 'es'],
    ['however', 'en'],
    ['año', 'es'],
    ['ano de la crisis', 'es'],
  ])('guesses %j as %s from its words', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each(['Cuba', 'Minsk', 'Havana Minsk Moscow Cuba Belarus'])('is not confident about names alone (%j)', (text) => {
    expect(isConfident(detectLanguage(text))).toBe(false);
  });

  it('is confident about a short phrase of function words', () => {
    expect(isConfident(detectLanguage('Filed under:'))).toBe(true);
  });

  it('does not let names inside a sentence vote', () => {
    expect(detectLanguage('Álvaro López Miera met the minister in La Habana.')).toMatchObject({ lang: 'en' });
    expect(detectLanguage('The agreement was signed by Miguel Díaz-Canel and Alexander Lukashenko.')).toMatchObject({ lang: 'en' });
  });

  it('reads Spanish that has lost its accents', () => {
    expect(detectLanguage('La informacion fue publicada por el gobierno despues de la reunion').lang).toBe('es');
  });

  it('ignores URLs, e-mail addresses and numbers', () => {
    expect(detectLanguage('Véase https://example.com/the-news-of-the-day o escriba a news@example.com').lang).toBe('es');
  });

  it('detects a plain Spanish sentence', () => {
    expect(detectLanguage('El ministro de Defensa viajó a Cuba y firmó un acuerdo de cooperación.').lang).toBe('es');
  });

  it('detects a plain English sentence', () => {
    expect(detectLanguage('The minister traveled to Cuba and signed a cooperation agreement.').lang).toBe('en');
  });

});

describe('settleLanguages', () => {
  it('keeps a pinned language, with confidence 1, even over a confident detection', () => {
    const [settled] = settleLanguages([{ text: 'The minister traveled', pinned: 'es', detection: en(0.9) }], 'en');
    expect(settled).toEqual({ lang: 'es', confidence: 1, decidedBy: 'pinned' });
  });

  it('keeps detected languages with their confidence', () => {
    const settled = settleLanguages(
      [
        { text: 'a', detection: en(0.75) },
        { text: 'b', detection: es(0.6) },
      ],
      'en',
    );
    expect(settled).toEqual([
      { lang: 'en', confidence: 0.75, decidedBy: 'detected' },
      { lang: 'es', confidence: 0.6, decidedBy: 'detected' },
    ]);
  });

  it('gives an undecidable block between two agreeing neighbours their language', () => {
    const settled = settleLanguages(
      [
        { text: 'x'.repeat(500), detection: en() },
        { text: 'uno', detection: es() },
        { text: 'Filed under:', detection: und },
        { text: 'dos', detection: es() },
      ],
      'en',
    );
    expect(settled[2]).toEqual({ lang: 'es', confidence: 0, decidedBy: 'context' });
  });

  it('looks past undecided blocks to the nearest decided ones', () => {
    const settled = settleLanguages(
      [
        { text: 'uno', detection: es() },
        { text: '?', detection: und },
        { text: '?', detection: und },
        { text: 'dos', detection: es() },
        { text: 'x'.repeat(500), detection: en() },
      ],
      'en',
    );
    expect(settled.map((s) => s.lang)).toEqual(['es', 'es', 'es', 'es', 'en']);
    expect(settled[1]?.decidedBy).toBe('context');
    expect(settled[2]?.decidedBy).toBe('context');
  });

  it('counts a pinned neighbour as decided', () => {
    const settled = settleLanguages(
      [
        { text: 'x'.repeat(500), detection: en() },
        { text: 'uno', pinned: 'es', detection: und },
        { text: '?', detection: und },
        { text: 'dos', detection: es() },
      ],
      'en',
    );
    expect(settled[2]).toMatchObject({ lang: 'es', decidedBy: 'context' });
  });

  it('takes the only decided neighbour when there is just one', () => {
    const first = settleLanguages(
      [
        { text: 'Filed under:', detection: und },
        { text: 'español', detection: es() },
        { text: 'x'.repeat(500), detection: en() },
      ],
      'en',
    );
    expect(first[0]).toMatchObject({ lang: 'es', decidedBy: 'context' });

    const last = settleLanguages(
      [
        { text: 'x'.repeat(500), detection: en() },
        { text: 'español', detection: es() },
        { text: 'Fin.', detection: und },
      ],
      'en',
    );
    expect(last[2]).toMatchObject({ lang: 'es', decidedBy: 'context' });
  });

  it('falls back to the article majority by characters when the neighbours disagree', () => {
    const settled = settleLanguages(
      [
        { text: 'short english', detection: en() },
        { text: '?', detection: und },
        { text: 'un texto español bastante más largo que el inglés', detection: es() },
      ],
      'en',
    );
    expect(settled[1]).toMatchObject({ lang: 'es', decidedBy: 'context' });

    const flipped = settleLanguages(
      [
        { text: 'a much longer English text than the Spanish one', detection: en() },
        { text: '?', detection: und },
        { text: 'corto', detection: es() },
      ],
      'es',
    );
    expect(flipped[1]).toMatchObject({ lang: 'en', decidedBy: 'context' });
  });

  it('weighs the majority by characters, not by number of blocks', () => {
    const settled = settleLanguages(
      [
        { text: 'a', detection: en() },
        { text: 'b', detection: en() },
        { text: 'c', detection: en() },
        { text: '?', detection: und },
        { text: 'una frase española larga', detection: es() },
      ],
      'en',
    );
    expect(settled[3]).toMatchObject({ lang: 'es', decidedBy: 'context' });
  });

  it('uses the fallback when nothing in the article could be decided', () => {
    const blocks = [
      { text: 'Cuba', detection: und },
      { text: 'Minsk', detection: und },
    ];
    expect(settleLanguages(blocks, 'es')).toEqual([
      { lang: 'es', confidence: 0, decidedBy: 'context' },
      { lang: 'es', confidence: 0, decidedBy: 'context' },
    ]);
    expect(settleLanguages(blocks, 'en').map((s) => s.lang)).toEqual(['en', 'en']);
  });

  it('keeps the undecided block’s own (low) confidence when settled from context', () => {
    const [, settled] = settleLanguages(
      [
        { text: 'a', detection: en() },
        { text: 'b', detection: { lang: 'und', confidence: 0.04 } },
      ],
      'en',
    );
    expect(settled).toEqual({ lang: 'en', confidence: 0.04, decidedBy: 'context' });
  });

  it('returns one result per block, in order', () => {
    expect(settleLanguages([], 'en')).toEqual([]);
    const settled = settleLanguages(
      seed.blocks.map((b) => ({ text: b.text, detection: detectLanguage(b.text) })),
      'en',
    );
    expect(settled).toHaveLength(seed.blocks.length);
  });
});

describe('majorityLanguage', () => {
  it('picks the language holding most characters', () => {
    expect(majorityLanguage([{ text: 'aaa' }, { text: 'bb' }, { text: 'cc' }], ['es', 'en', 'en'])).toBe('en');
    expect(majorityLanguage([{ text: 'aaaaa' }, { text: 'bb' }, { text: 'cc' }], ['es', 'en', 'en'])).toBe('es');
  });

  it('ignores undecided blocks and is undefined when none is decided', () => {
    expect(majorityLanguage([{ text: 'aaaaaaa' }, { text: 'b' }], [undefined, 'es'])).toBe('es');
    expect(majorityLanguage([{ text: 'a' }], [undefined])).toBeUndefined();
    expect(majorityLanguage([], [])).toBeUndefined();
  });
});

describe('detectLanguage: text in neither language', () => {
  it('is undecided with no confidence', () => {
    expect(detectLanguage('Начальник Генерального штаба Вооружённых сил Беларуси прибыл на Кубу')).toEqual({ lang: 'und', confidence: 0 });
  });
});

describe('settleLanguages: a detection below the confidence bar', () => {
  it('takes the context, keeping its own confidence', () => {
    const settled = settleLanguages(
      [
        { text: 'The minister traveled to Havana.', detection: en() },
        { text: 'Cuba', detection: { lang: 'es', confidence: 0.17 } },
        { text: 'The visit lasted three days.', detection: en() },
      ],
      'en',
    );
    expect(settled[1]).toEqual({ lang: 'en', confidence: 0.17, decidedBy: 'context' });
  });
});
