import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  beadsOf,
  galeChurch,
  SPANISH_PER_ENGLISH,
  type Alignment,
} from '@/lib/content/build/align/align-sentences';
import { anchorsOf, normaliseNumber } from '@/lib/content/build/align/anchors';

const en = [
  'The Belarusian defence minister landed in Havana on Monday for a three-day visit.',
  'He was received at the airport by General Álvaro López Miera.',
  'According to the Cuban ministry, the delegation brought 1,028 tonnes of spare parts.',
  'Neither side said what the parts were for.',
];
const es = [
  'El ministro de Defensa bielorruso aterrizó el lunes en La Habana para una visita de tres días.',
  'Lo recibió en el aeropuerto el general Álvaro López Miera.',
  'Según el ministerio cubano, la delegación trajo 1.028 toneladas de piezas de repuesto.',
  'Ninguna de las dos partes dijo para qué eran las piezas.',
];

/** Checks that the beads cover both sides once, in order, with one or two sentences a side. */
function expectCover(alignment: Alignment, n: number, m: number) {
  const left = alignment.pairs.flatMap(([xs]) => xs);
  const right = alignment.pairs.flatMap(([, ys]) => ys);
  expect(left).toEqual(Array.from({ length: n }, (_, k) => k));
  expect(right).toEqual(Array.from({ length: m }, (_, k) => k));
  for (const [xs, ys] of alignment.pairs) {
    expect(xs.length + ys.length).toBeGreaterThan(0);
    expect(xs.length).toBeLessThanOrEqual(2);
    expect(ys.length).toBeLessThanOrEqual(2);
  }
}

describe('alignSentences', () => {
  it('pairs a run of one-to-one translations sentence by sentence', () => {
    const alignment = alignSentences(en, es);
    expect(beadsOf(alignment)).toBe('1:1 1:1 1:1 1:1');
    expect(alignment.pairs[2]).toEqual([[2], [2]]);
    expect(alignment.suspect).toBe(false);
  });

  it('finds a merge (2:1) where the translator joined two sentences', () => {
    const merged = [es[0]!, 'Lo recibió en el aeropuerto el general Álvaro López Miera, y según el ministerio cubano, la delegación trajo 1.028 toneladas de piezas de repuesto.', es[3]!];
    const alignment = alignSentences(en, merged);
    expect(beadsOf(alignment)).toBe('1:1 2:1 1:1');
    expect(alignment.pairs[1]).toEqual([[1, 2], [1]]);
    expect(alignment.suspect).toBe(false);
  });

  it('does not flag a merge whose names the translation spells its own way (Havana, La Habana)', () => {
    const alignment = alignSentences(
      ['The minister arrived in Havana on Monday.', 'He met his Cuban counterpart at the ministry.'],
      ['El ministro llegó a La Habana el lunes y se reunió con su homólogo cubano en el ministerio.'],
    );
    expect(beadsOf(alignment)).toBe('2:1');
    expect(alignment.suspect).toBe(false);
  });

  it('finds a split (1:2) where the translator cut a long sentence in two', () => {
    const a = [
      'Prices rose 3.5% in March, the fastest pace since 2008, while salaries stayed flat for a third consecutive month.',
      'The central bank meets on Thursday.',
    ];
    const b = [
      'Los precios subieron un 3,5 % en marzo, el ritmo más rápido desde 2008.',
      'Los salarios, en cambio, no se movieron por tercer mes consecutivo.',
      'El banco central se reúne el jueves.',
    ];
    // The second half shares cognates (salaries/salarios, consecutive/consecutivo) with the
    // original; with nothing shared, lengths alone could not tell it from an added sentence.
    const alignment = alignSentences(a, b);
    expect(beadsOf(alignment)).toBe('1:2 1:1');
    expect(alignment.suspect).toBe(false);
  });

  it('shows a sentence the translation lost as 1:0 and flags the block as suspect', () => {
    const alignment = alignSentences(en, [es[0]!, es[2]!, es[3]!]);
    expect(beadsOf(alignment)).toBe('1:1 1:0 1:1 1:1');
    expect(alignment.pairs[1]).toEqual([[1], []]);
    expect(alignment.suspect).toBe(true);
  });

  it('shows a sentence the translation added as 0:1 and flags it', () => {
    const added = [es[0]!, es[1]!, 'Fue la primera visita de un ministro bielorruso a la isla desde 1996.', es[2]!, es[3]!];
    const alignment = alignSentences(en, added);
    expect(beadsOf(alignment)).toBe('1:1 1:1 0:1 1:1 1:1');
    expect(alignment.suspect).toBe(true);
  });

  describe('a lost sentence hidden in a merge', () => {
    const storyEn = [
      'Heavy rain flooded several streets in the north of the city on Sunday night.',
      'Firefighters rescued a family trapped in their car.',
      'The storm also cut power to thousands of homes for several hours.',
      'Schools will stay closed on Monday.',
    ];
    const storyEs = [
      'Las fuertes lluvias inundaron el domingo por la noche varias calles del norte de la ciudad.',
      'Los bomberos rescataron a una familia atrapada en su coche.',
      'La tormenta también dejó sin electricidad a miles de hogares durante varias horas.',
      'Las escuelas seguirán cerradas el lunes.',
    ];
    const fromSpanish = { ratio: 1 / SPANISH_PER_ENGLISH };

    it('flags a Spanish translation that lost a middle sentence, though the beads show a merge', () => {
      const alignment = alignSentences(storyEn, [storyEs[0]!, storyEs[2]!, storyEs[3]!]);
      expect(beadsOf(alignment)).toBe('1:1 2:1 1:1');
      expect(alignment.suspect).toBe(true);
    });

    it("does not flag the Spanish translator's own merge of the same two sentences", () => {
      const merged = [
        storyEs[0]!,
        'Los bomberos rescataron a una familia atrapada en su coche, y la tormenta también dejó sin electricidad a miles de hogares durante varias horas.',
        storyEs[3]!,
      ];
      const alignment = alignSentences(storyEn, merged);
      expect(beadsOf(alignment)).toBe('1:1 2:1 1:1');
      expect(alignment.suspect).toBe(false);
    });

    it('reads a Spanish original and its English translation the same way, in both directions', () => {
      expect(alignSentences(storyEs, storyEn, fromSpanish).suspect).toBe(false);
      expect(alignSentences(storyEn, storyEs).suspect).toBe(false);
      for (const k of [1, 2]) {
        const lostEn = storyEn.filter((_, j) => j !== k);
        const lostEs = storyEs.filter((_, j) => j !== k);
        expect(alignSentences(storyEs, lostEn, fromSpanish).suspect).toBe(true);
        expect(alignSentences(lostEs, storyEn, fromSpanish).suspect).toBe(true);
        expect(alignSentences(storyEn, lostEs).suspect).toBe(true);
      }
    });

    it('flags an English translation of a Spanish original that lost a sentence into a merge', () => {
      const budgetEs = [
        'El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.',
        'Los miembros de la oposición votaron en contra.',
        'El plan aumenta el gasto en transporte público y en escuelas.',
        'Entrará en vigor en enero.',
      ];
      const budgetEn = [
        'The city council approved the new budget on Tuesday after a long debate.',
        'The plan increases spending on public transport and schools.',
        'It will take effect in January.',
      ];
      const alignment = alignSentences(budgetEs, budgetEn, fromSpanish);
      expect(beadsOf(alignment)).toBe('2:1 1:1 1:1');
      expect(alignment.suspect).toBe(true);
      const merged = [
        'The city council approved the new budget on Tuesday after a long debate, though opposition members voted against it.',
        ...budgetEn.slice(1),
      ];
      expect(alignSentences(budgetEs, merged, fromSpanish).suspect).toBe(false);
    });
  });

  it('flags a one-to-one bead whose lengths do not fit', () => {
    const a = ['The report, which runs to more than four hundred pages and took two years to write, was published today.'];
    const b = ['Hoy se publicó.'];
    expect(alignSentences(a, b).suspect).toBe(true);
    expect(galeChurch(a, b).suspect).toBe(true);
  });

  it('lets numbers and names choose the pairing where length alone gets it wrong', () => {
    // The translator merged the first two sentences tersely and expanded the last: by length
    // the merge could as well be of the last two, but the quake's figures settle it.
    const a = ['Officials in Lima confirmed it.', 'The quake measured 6.1 and struck at 03:40.', 'No damage has been reported.'];
    const b = [
      'Lima lo confirmó: el sismo fue de 6,1 a las 03:40.',
      'Hasta el momento no se ha informado de daños materiales ni de víctimas en la región.',
    ];
    expect(beadsOf(galeChurch(a, b))).toBe('1:1 2:1');
    const alignment = alignSentences(a, b);
    expect(alignment.pairs).toEqual([
      [[0, 1], [0]],
      [[2], [1]],
    ]);
    expect(alignment.suspect).toBe(false);
  });

  it('pairs questions, exclamations, quotations and parentheses across languages', () => {
    const a = ['Why now?', 'Nobody knows.', '“We will see,” he said (twice).', 'Enough!'];
    const b = ['¿Por qué ahora?', 'Nadie lo sabe.', '«Ya veremos», dijo (dos veces).', '¡Basta!'];
    expect(beadsOf(alignSentences(a, b))).toBe('1:1 1:1 1:1 1:1');
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual({ pairs: [], suspect: false });
    expect(beadsOf(alignSentences([], []))).toBe('');
    const onlyB = alignSentences([], ['Hola.', 'Adiós.']);
    expect(onlyB.pairs).toEqual([
      [[], [0]],
      [[], [1]],
    ]);
    expect(onlyB.suspect).toBe(true);
    expect(beadsOf(alignSentences(['Hello.'], []))).toBe('1:0');
  });

  it('covers every sentence of both sides once, in order, on random input', () => {
    let seed = 14;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const words = ['la', 'the', 'Madrid', '42', '3,5', '“cita”', '(sic)', '¿sí?', 'no!', 'casa', 'house', 'Biden'];
    const sentence = () =>
      Array.from({ length: 1 + Math.floor(random() * 25) }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(random() * 9);
      const m = Math.floor(random() * 9);
      const a = Array.from({ length: n }, sentence);
      const b = Array.from({ length: m }, sentence);
      expectCover(alignSentences(a, b), n, m);
      expectCover(galeChurch(a, b), n, m);
    }
  });
});

describe('beadsOf', () => {
  it('writes each bead as its sizes', () => {
    expect(beadsOf({ pairs: [[[0], [0]], [[1, 2], [1]], [[3], []]], suspect: true })).toBe('1:1 2:1 1:0');
  });
});

describe('anchors', () => {
  it('reads numbers the same in either spelling', () => {
    expect(normaliseNumber('1.028')).toBe(normaliseNumber('1,028'));
    expect(normaliseNumber('3,5')).toBe('3.5');
    expect(normaliseNumber('3.5')).toBe('3.5');
    expect(normaliseNumber('1.234,5')).toBe(normaliseNumber('1,234.5'));
    expect(normaliseNumber('2.947.000')).toBe('2947000');
    expect(normaliseNumber('0.125')).toBe('0.125');
    expect(normaliseNumber('10\u00a0000')).toBe('10000');
  });

  it('keeps cognates, lowercase words that begin alike, but not capitalised ones', () => {
    const a = anchorsOf('Install the package in the directory.');
    const b = anchorsOf('Instale el paquete en el directorio.');
    expect(a.counts.get('c:dire')).toBe(1);
    expect(b.counts.get('c:dire')).toBe(1);
    expect(a.counts.has('c:inst')).toBe(false);
    expect(b.counts.has('c:paqu')).toBe(true);
  });

  it('takes no article or particle written inside a name for a name of its own', () => {
    expect(anchorsOf('Llegó a La Habana y a Los Ángeles.').strong).toEqual(['w:habana', 'w:angeles']);
    expect(anchorsOf('He flew to The Hague.').strong).toEqual(['w:hague']);
  });

  it('folds accents in names and counts ¿…? as one question', () => {
    const a = anchorsOf('¿Visitó López Moscú en 2024?');
    const b = anchorsOf('Did Lopez visit Moscow in 2024?');
    expect(a.counts.get('w:lopez')).toBe(1);
    expect(b.counts.get('w:lopez')).toBe(1);
    expect(a.counts.get('?')).toBe(1);
    expect(a.strong).toContain('n:2024');
  });
});
