import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { alignLine, alignLines, type AlignAnswer } from '@/lib/content/authoring/align-stream';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Every sentence of both sides once, in order, across the pairs. */
function covered(pairs: [number[], number[]][], side: 0 | 1): number[] {
  return pairs.flatMap((pair) => pair[side]);
}

describe('alignLine', () => {
  const request = {
    en: 'The U.S. sent 1.028 soldiers to the border. They arrived on Monday. It was cold and wet.',
    es: 'EE. UU. envió 1.028 soldados a la frontera. Llegaron el lunes y hacía frío y humedad.',
  };

  it('splits both sides into sentences and pairs them, a merge included', () => {
    expect(alignLine(JSON.stringify(request))).toEqual({
      en: ['The U.S. sent 1.028 soldiers to the border.', 'They arrived on Monday.', 'It was cold and wet.'],
      es: ['EE. UU. envió 1.028 soldados a la frontera.', 'Llegaron el lunes y hacía frío y humedad.'],
      pairs: [
        [[0], [0]],
        [[1, 2], [1]],
      ],
      suspect: false,
    });
  });

  it('gives back each side whole and covers every sentence once, in order', () => {
    const texts = [
      request,
      { en: 'One. Two? Three!', es: '¿Uno? Dos. ¡Tres!' },
      { en: '', es: 'Solo en español.' },
      { en: 'Only English here.', es: '   ' },
    ];
    for (const text of texts) {
      const answer = alignLine(JSON.stringify(text)) as Exclude<AlignAnswer, { error: string }>;
      expect(squeeze(answer.en.join(' '))).toBe(squeeze(text.en));
      expect(squeeze(answer.es.join(' '))).toBe(squeeze(text.es));
      expect(covered(answer.pairs, 0)).toEqual(answer.en.map((_, i) => i));
      expect(covered(answer.pairs, 1)).toEqual(answer.es.map((_, i) => i));
    }
  });

  it('flags a translation that lost a sentence', () => {
    const answer = alignLine(
      JSON.stringify({
        en: 'The minister arrived in Havana on Tuesday. He met 12 officers of the army. The visit ends on Friday.',
        es: 'El ministro llegó a La Habana el martes. La visita termina el viernes.',
      }),
    );
    expect(answer).toMatchObject({ suspect: true });
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[1, 2]', 'not a JSON object'],
    ['null', 'not a JSON object'],
    ['{"en": "Hi."}', '"es" missing or not a string'],
    ['{"es": 3}', '"en" and "es" missing or not a string'],
  ])('answers %s with an error naming what is wrong', (line, error) => {
    expect(alignLine(line)).toEqual({ error: expect.stringContaining(error) });
  });
});

describe('alignLines', () => {
  it('answers every line in order, a bad one with its error, and goes on', async () => {
    const input = Readable.from([
      '\uFEFF{"en":"Yes.","es":"Sí."}\r\n',
      'oops\n{"en":"No.",',
      '"es":"No."}',
    ]);
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    expect(await alignLines(input, output)).toEqual({ lines: 3 });
    const answers = written.trimEnd().split('\n').map((line) => JSON.parse(line) as AlignAnswer);
    expect(answers).toEqual([
      { en: ['Yes.'], es: ['Sí.'], pairs: [[[0], [0]]], suspect: false },
      { error: expect.stringContaining('not valid JSON') },
      { en: ['No.'], es: ['No.'], pairs: [[[0], [0]]], suspect: false },
    ]);
  });
});
