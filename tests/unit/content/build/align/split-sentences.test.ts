import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/content/build/align/split-sentences';

type Lang = 'en' | 'es';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The module's invariant: trimmed, none empty, and together the whole text. */
function expectInvariant(text: string, lang: Lang): string[] {
  const sentences = splitSentences(text, lang);
  expect(squeeze(sentences.join(' '))).toBe(squeeze(text));
  for (const sentence of sentences) {
    expect(sentence).not.toBe('');
    expect(sentence).toBe(sentence.trim());
  }
  return sentences;
}

/** Each case: a language and a text, ` | ` where a sentence must end (read as a space). */
const cases: Record<string, [Lang, string][]> = {
  'titles and abbreviations': [
    ['en', 'Mr. Smith met Dr. Jones. | They talked.'],
    ['es', 'El Sr. Pérez y la Sra. Gómez llegaron. | Luego se fueron.'],
    ['es', 'La Dra. Ruiz habló con el Gral. Díaz. | Fin.'],
    ['en', 'Gen. Smith and Lt. Brown flew in. | Then they left.'],
    ['es', 'El Gen. Muraveiko y el Tte. Cnel. López llegaron. | Bien.'],
    ['en', 'They met in St. Louis on Jan. 5. | Then talks ended.'],
    ['es', 'Vive en la Av. Bolívar desde hace años. | Bien.'],
    ['en', 'He lives on Main St. | The house is old.'],
    ['en', 'Apple Inc. Chief Executive Tim Cook spoke.'],
    ['en', 'Fruit, e.g. Apples, sell well. | Fine.'],
    ['es', 'Frutas, p. ej. Manzanas, se venden. | Bien.'],
    ['es', 'Frutas, p. ej. manzanas. | Bien.'],
    ['en', 'Read p. 5. | Then stop.'],
  ],
  'No. before a number': [
    ['en', 'He is ranked No. 1 in the world. | Fine.'],
    ['en', 'Resolution No. 2231 expired. | Fine.'],
    ['es', 'Es la resolución No. 5. | Bien.'],
    ['es', '¿Vendrá? | No. | Mañana sí.'],
    ['en', 'Will he come? | No. | Maybe later.'],
  ],
  'EE. UU., U.S., U.K. and etc.': [
    ['es', 'Viajó a EE. UU. en enero. | Allí habló.'],
    ['es', 'Viajó a EE. UU. | Allí habló.'],
    ['es', 'Estados Unidos (EE. UU.) y Cuba firmaron. | Bien.'],
    ['es', 'Las FF. AA. Revolucionarias desfilaron. | Fin.'],
    ['en', 'The U.S. Senate voted. | The U.K. Parliament too.'],
    ['en', 'He moved to the U.S. | Then he left.'],
    ['en', 'He flew to the U.K. and the U.S. last week. | Fine.'],
    ['es', 'Vino a EE.UU. y a la U.E. | Luego volvió.'],
    ['en', 'Apples, pears, etc. are fruit. | Fine.'],
    ['en', 'Apples, pears, etc. | The rest is fine.'],
    ['es', 'Manzanas, peras, etc. son frutas. | Bien.'],
    ['es', 'Manzanas, peras, etc. | El resto bien.'],
  ],
  initials: [
    ['en', 'J. R. R. Tolkien wrote it. | Fine.'],
    ['en', 'Pavel A. Muraveiko arrived. | He met officials.'],
    ['es', 'Pavel A. Muraveiko llegó. | Se reunió con J. L. Rodríguez.'],
    ['es', 'José M.ª Aznar llegó. | Bien.'],
    ['en', 'He chose plan B. | The rest failed.'],
    ['es', 'Eligió el plan B. | El resto falló.'],
  ],
  numbers: [
    ['es', 'Al menos 1.028 cubanos combatieron. | Fin.'],
    ['en', 'At least 1,028 Cubans fought. | Growth was 3.5 percent.'],
    ['es', 'Creció un 3.5 % y llegó a las 12.30 h. al puerto. | Fin.'],
    ['es', 'Llegó a las 12.30 h. | En la reunión habló.'],
    ['en', 'It cost $2.5 million in 2024. | 300 people came.'],
  ],
  ellipses: [
    ['en', 'Wait... what happened? | He left… | Then came back.'],
    ['es', 'Esperó… y nada. | Se fue... | Luego volvió.'],
    ['en', 'He said that […] Cuba would help. | Fine.'],
    ['es', 'Dijo que (…) Cuba ayudaría. | Bien.'],
    ['es', '«No sé…» | Luego calló.'],
    // Before a number an ellipsis is taken to go on (`esperó… 5 minutos`), the rarer reading lost.
    ['en', 'Officials waited… 300 soldiers came.'],
  ],
  'quotes and brackets': [
    ['en', 'He said "it ended." | Then he left.'],
    ['en', 'He said “it ended.” | Then he left.'],
    ['es', 'Dijo «todo terminó.» | Luego se fue.'],
    ['es', 'Dijo «todo terminó». | Luego se fue.'],
    ['es', 'Dijo “todo terminó.” | Luego se fue.'],
    ['en', '(This is inside.) | Then outside.'],
    ['es', '(Esto va dentro.) | Luego fuera.'],
    ['en', '“Why?” he asked. | Then he left.'],
    ['en', '"Go!" she said. | He went.'],
    ['es', '«¿Por qué?», preguntó. | Se fue.'],
    ['es', 'Dijo: —Vamos. | —No —respondió.'],
  ],
  'Spanish ¿…? and ¡…!': [
    ['es', '¿Qué pasó? | ¡No sé! | Bueno.'],
    ['es', 'Le preguntó: ¿qué pasó? y se fue.'],
    ['es', 'Dijo que ¡basta! y se marchó. | Bien.'],
    ['es', '¿Quién vino?, ¿cuándo? | Nadie lo sabe.'],
    ['es', '¿Viajó el Sr. Pérez a EE. UU.? | No lo sé.'],
    ['es', '¡Qué día! | ¿Verdad? | Sí.'],
    ['en', 'What happened? | Nobody knows! | Fine.'],
  ],
};

describe('splitSentences', () => {
  for (const [name, table] of Object.entries(cases)) {
    describe(name, () => {
      it.each(table)('%s: %s', (lang, marked) => {
        expect(expectInvariant(marked.replaceAll(' | ', ' '), lang)).toEqual(marked.split(' | '));
      });
    });
  }

  it.each([
    ['', 'en'],
    ['   \n\t ', 'es'],
  ] as const)('returns [] for blank text %j', (text, lang) => {
    expect(splitSentences(text, lang)).toEqual([]);
  });

  it('keeps a text without a final period as one sentence, and trims', () => {
    expect(splitSentences('  Cooperación triangular en la guerra de Ucrania  ', 'es')).toEqual([
      'Cooperación triangular en la guerra de Ucrania',
    ]);
    expect(splitSentences('One.\n\nTwo.\n', 'en')).toEqual(['One.', 'Two.']);
  });
});

/** Sentences that must each come out whole, whatever stands around them. */
const pool: Record<Lang, string[]> = {
  en: [
    'Mr. Smith met Gen. Pavel A. Muraveiko in Havana.',
    'The U.S. Senate voted on Jan. 12 to extend the sanctions.',
    'At least 1,028 Cubans fought in Ukraine, some over 50 years old.',
    '“The deal is done,” said Dr. Jones.',
    'He said "it ended."',
    'Why did Minsk send its chief of staff?',
    'Nobody knows!',
    'Inflation reached 3.5 percent in March.',
    '(The ministry gave no details.)',
    'J. R. R. Tolkien is not in this story.',
    'Resolution No. 2231 expired in 2023.',
    'Officials waited…',
    'Officials waited… and waited… for hours.',
  ],
  es: [
    'El Sr. Pérez se reunió con el Gral. Pavel A. Muraveiko en La Habana.',
    'El Senado de EE. UU. votó el 12 de ene. las sanciones.',
    'Al menos 1.028 cubanos combatieron en Ucrania, algunos con más de 50 años.',
    '«El acuerdo está cerrado», dijo la Dra. Gómez.',
    'Dijo «todo terminó.»',
    '¿Por qué envió Minsk a su jefe del Estado Mayor?',
    '¡Nadie lo sabe!',
    'Le preguntó: ¿qué pasó? y se fue.',
    'La inflación llegó al 3.5 % a las 12.30 h. del lunes.',
    '(El ministerio no dio detalles.)',
    'Frutas, p. ej. manzanas, peras, etc. son baratas.',
    '—No vendremos —respondió.',
    'Los funcionarios esperaron…',
  ],
};

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  /** Picks one item of `items`. */
  next.pick = <T>(items: readonly T[]): T => items[next(items.length)] as T;
  return next;
}

describe('splitSentences on generated text', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`recovers the sentences of 500 generated ${lang} paragraphs`, () => {
      const next = random(lang === 'en' ? 14 : 41);
      const spaces = [' ', '  ', '\n', ' \n '];
      for (let round = 0; round < 500; round += 1) {
        const chosen = Array.from({ length: 1 + next(6) }, () => next.pick(pool[lang]));
        const text = chosen.map((sentence) => sentence + next.pick(spaces)).join('');
        expect(expectInvariant(text, lang)).toEqual(chosen);
      }
    });

    it(`keeps the invariant on 500 random ${lang} token soups`, () => {
      const next = random(lang === 'en' ? 7 : 70);
      const tokens = [
        ...['Sr.', 'Dr.', 'EE.', 'UU.', 'U.S.', 'etc.', 'p.', 'ej.', 'No.', 'Gen.', 'Jan.', 'A.', 'J.'],
        ...['1.028', '3.5', '12.30', 'h.', '...', '…', '[…]', '"', '«', '»', '“', '”', '(', ')', '¿', '?'],
        ...['¡', '!', '—', '.', ',', 'The', 'El', 'word', 'palabra', 'Havana', 'Minsk', '5.', 'x'],
      ];
      for (let round = 0; round < 500; round += 1) {
        const words = Array.from({ length: next(30) }, () => next.pick(tokens));
        const text = words.map((word) => word + (next(4) === 0 ? '' : next.pick([' ', '\n']))).join('');
        expectInvariant(text, lang);
      }
    });
  }
});

const root = path.resolve(__dirname, '../../../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The seed article's paragraphs and headings, as plain text, with their language. */
function seedParagraphs(): [Lang, string][] {
  const body = read('content/belarus-cuba-military-ties.md').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs: [Lang, string][] = body
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^#+\s*/, '').trim())
    .filter(Boolean)
    .map((block) => [/\b(?:del|una|que|los)\b/.test(block) ? 'es' : 'en', block]);
  for (const lang of ['en', 'es'] as const) {
    const { title, blocks } = JSON.parse(read(`locales/${lang}/belarus-cuba-military-ties.json`)) as {
      title?: string;
      blocks: Record<string, string>;
    };
    for (const text of [title ?? '', ...Object.values(blocks)]) if (text) paragraphs.push([lang, text]);
  }
  return paragraphs;
}

describe('splitSentences on the seed article', () => {
  const paragraphs = seedParagraphs();

  it('reads every paragraph of both languages', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(40);
    expect(paragraphs.some(([lang]) => lang === 'es')).toBe(true);
  });

  it.each(paragraphs)('%s: %s', (lang, text) => {
    const sentences = expectInvariant(text, lang);
    expect(squeeze(sentences.join(''))).toBe(squeeze(text));
    for (const sentence of sentences) {
      // A sentence opens with a capital or a digit, and ends with its punctuation unless it is a heading.
      expect(sentence).toMatch(/^[«“"(¿¡—]*[\p{Lu}\p{N}]/u);
      if (sentences.length > 1) expect(sentence).toMatch(/[.!?…][»”"')]*$/u);
    }
    // Each sentence is one sentence: as many as the text has periods before a space and a capital.
    const ends = text.match(/[.!?…][»”"')]*\s+(?=[«“"(¿¡—]*\p{Lu})/gu) ?? [];
    expect(sentences).toHaveLength(ends.length + 1);
  });
});
