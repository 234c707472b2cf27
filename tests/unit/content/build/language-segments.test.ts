import { describe, expect, it } from 'vitest';
import { buildArticle } from '@/lib/content/build/build-article';
import { dominantLanguage, languageSegments, tagForeignRuns } from '@/lib/content/build/detect/language-segments';
import { type LanguageSegment } from '@/lib/content/types';
import { flowText } from '@/lib/content/article';
import { toFlow } from '@/lib/content/build/parse/mdast-to-flow';
import { parseMarkdown } from '@/lib/content/build/parse/parse-article';
import { ArticleTranslations } from '@/lib/content/build/join/article-translations';
import type { Flow, Inline } from '@/lib/content/types';
import type { Language } from '@/lib/i18n/config';

const english = 'The boats of the cooperative have stayed in port since the beginning of March, waiting for diesel.';
const spanish = 'Los barcos de la cooperativa siguen en el puerto desde principios de marzo, a la espera de combustible.';

/** The flow of a one-block Markdown document. */
function flowOf(markdown: string): Flow {
  const [node] = parseMarkdown(markdown).children;
  const flow = node && toFlow(node);
  if (!flow) throw new Error(`no block in ${JSON.stringify(markdown)}`);
  return flow;
}

/** Each segment's text, with its language. */
function pieces(text: string, segments: readonly LanguageSegment[]): [Language, string][] {
  return segments.map((s) => [s.lang, text.slice(s.start, s.end)]);
}

/** Checks that the segments tile the text: from 0 to its end, in order, without gaps or overlaps. */
function expectTiling(text: string, segments: readonly LanguageSegment[]) {
  expect(segments[0]?.start).toBe(0);
  expect(segments.at(-1)?.end).toBe(text.length);
  segments.slice(1).forEach((s, i) => expect(s.start, `segment ${i + 1}`).toBe(segments[i]!.end));
}

/** Every text node of a flow, in reading order. */
function textNodes(flow: Flow): Extract<Inline, { type: 'text' }>[] {
  const inline = (nodes: readonly Inline[]): Extract<Inline, { type: 'text' }>[] =>
    nodes.flatMap((node) => (node.type === 'text' ? [node] : 'children' in node ? inline(node.children) : []));
  switch (flow.type) {
    case 'paragraph':
    case 'heading':
      return inline(flow.children);
    case 'quote':
      return flow.children.flatMap(textNodes);
    case 'list':
      return flow.items.flat().flatMap(textNodes);
    case 'table':
      return flow.rows.flat().flatMap(inline);
  }
}

/** The text of a flow that carries `lang`, one entry per tagged text node. */
const tagged = (flow: Flow, lang: Language) =>
  textNodes(flow)
    .filter((node) => node.lang === lang)
    .map((node) => node.value);

/** A flow's segments and its foreign runs tagged for a block in `blockLang`. */
function tag(flow: Flow, blockLang: Language) {
  const segments = languageSegments(flowText(flow));
  return { segments, tagged: tagForeignRuns(flow, segments, blockLang) };
}

describe('languageSegments: one language', () => {
  it.each([
    ['English', 'en', `${english} The state distributor has not said when the next tanker will arrive.`],
    ['Spanish', 'es', `${spanish} La distribuidora estatal no ha dicho cuándo llegará el próximo barco.`],
  ] as const)('makes a pure %s paragraph one segment over the whole text', (_, lang, text) => {
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang, decidedBy: 'detected' }]);
  });

  it('makes a one-sentence paragraph one segment', () => {
    expect(languageSegments(spanish)).toMatchObject([{ start: 0, end: spanish.length, lang: 'es' }]);
  });

  it.each(['', '   ', '2024 — 1,028 (50)', '…!?', '— 12:30 —'])('gives no segment for text without letters: %j', (text) => {
    expect(languageSegments(text)).toEqual([]);
  });

  it('gives no segment when nothing in the text can be decided', () => {
    expect(languageSegments('Ok.')).toEqual([]);
  });
});

describe('languageSegments: a Spanish sentence among English ones', () => {
  const before = 'The cooperative’s president said its members had written to the provincial government three times. ';
  const sentence = 'Nos dicen que hay que esperar a que llegue el barco.';
  const after = ' She added that nobody could tell her when that tanker would arrive.';
  const text = before + sentence + after;
  const segments = languageSegments(text);

  it('makes the Spanish sentence its own segment, between two English ones', () => {
    expect(segments.map((s) => s.lang)).toEqual(['en', 'es', 'en']);
    expectTiling(text, segments);
  });

  it('puts the Spanish segment at the sentence’s exact offsets', () => {
    const es = segments[1]!;
    expect(es.start).toBe(before.length);
    // The sentence takes the space after it (Intl.Segmenter's sentences do).
    expect(text.slice(es.start, es.end).trimEnd()).toBe(sentence);
    expect(es.end - es.start - sentence.length).toBeLessThanOrEqual(1);
    expect(es.decidedBy).toBe('detected');
  });

  it('keeps the English sentences English, up to the text’s end', () => {
    expect(text.slice(segments[0]!.start, segments[0]!.end)).toBe(before);
    expect(text.slice(segments[2]!.start, segments[2]!.end).trim()).toBe(after.trim());
  });

  it('gives the paragraph the language holding most of its characters', () => {
    expect(dominantLanguage(segments).lang).toBe('en');
  });

  it('makes the same paragraph Spanish when most of its characters are', () => {
    const mostlySpanish = `${spanish} La distribuidora estatal no ha dicho cuándo llegará el próximo barco. ${english}`;
    const mixed = languageSegments(mostlySpanish);
    expect(mixed.map((s) => s.lang)).toEqual(['es', 'en']);
    expect(dominantLanguage(mixed).lang).toBe('es');
  });

  it('calls a text without segments undecided', () => {
    expect(dominantLanguage([])).toEqual({ lang: 'und', confidence: 0 });
  });

  it('reports a dominant confidence between 0 and 1', () => {
    const { confidence } = dominantLanguage(segments);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});

describe('languageSegments: quotations inside a sentence', () => {
  it('makes a Spanish quotation of three words or more its own segment, quotation marks included', () => {
    const quote = '“No tenemos combustible para salir al mar,”';
    const text = `${quote} said Yoandri Pérez, a fisherman who has worked the bay for almost twenty years.`;
    const segments = languageSegments(text);
    expect(pieces(text, segments)).toEqual([
      ['es', quote],
      ['en', text.slice(quote.length)],
    ]);
  });

  it('finds a quotation in the middle of an English sentence', () => {
    const quote = '“no hay pescado en el mercado”';
    const text = `Daniela said ${quote} and went back to her stall before the rain.`;
    expect(pieces(text, languageSegments(text))).toEqual([
      ['en', 'Daniela said '],
      ['es', quote],
      ['en', ' and went back to her stall before the rain.'],
    ]);
  });

  it('finds a quotation of exactly three Spanish words', () => {
    const text = 'The sign on the door of the closed office read “hay que esperar” for the whole week.';
    expect(pieces(text, languageSegments(text))).toEqual([
      ['en', 'The sign on the door of the closed office read '],
      ['es', '“hay que esperar”'],
      ['en', ' for the whole week.'],
    ]);
  });

  it.each([
    ['straight', '"no tenemos combustible para salir"'],
    ['angle', '«no tenemos combustible para salir»'],
  ])('finds a quotation in %s quotes', (_, quote) => {
    const text = `The fisherman said ${quote} and walked back to his house.`;
    expect(pieces(text, languageSegments(text))).toContainEqual(['es', quote]);
  });

  it('finds an English quotation inside a Spanish sentence', () => {
    const quote = '“We have no fuel at all,”';
    const text = `${quote} dijo Yoandri Pérez, un pescador que trabaja en la bahía desde hace casi veinte años.`;
    expect(pieces(text, languageSegments(text))).toEqual([
      ['en', quote],
      ['es', text.slice(quote.length)],
    ]);
  });

  it.each(['“muy difícil”', '“Sí, señor”', '“¡Qué va!”'])('leaves a two-word quotation (%s) in its English sentence', (quote) => {
    const text = `Several neighbours described the situation as ${quote} but said they had no plans to leave the town.`;
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'en' }]);
  });

  it('leaves an English quotation of the sentence’s own language alone', () => {
    const text = 'The minister called the supply “a priority for food production” in a televised address.';
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'en' }]);
  });
});

describe('languageSegments: names are not Spanish', () => {
  it.each([
    'Officials in La Habana have blamed the shortage on the sanctions, and Miguel Díaz-Canel promised that fuel would reach the fleet.',
    'Álvaro López Miera, the minister of the armed forces, toured the fuel terminals of Cienfuegos and Matanzas last month.',
    'The president of the cooperative, Mayelín Rodríguez, wrote to the provincial government in Cienfuegos three times.',
    'Fuel was promised in La Habana. Then nothing came to Cienfuegos or to Matanzas for three weeks.',
    'The trucks left Matanzas for Cienfuegos, where Díaz-Canel met Mayelín Rodríguez.',
    'In Cienfuegos, Díaz-Canel met Mayelín Rodríguez and Yoandri Pérez.',
  ])('makes %j one English segment', (text) => {
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'en' }]);
  });
});

describe('languageSegments: sentences too short to call', () => {
  it('gives "Ok." between English sentences their language, in one run', () => {
    const text = 'The minister arrived on Monday. Ok. He left on Tuesday after the meeting.';
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'en' }]);
  });

  it('gives "Ok." between Spanish sentences theirs', () => {
    const text = 'El ministro llegó el lunes a la capital. Ok. Se fue el martes después de la reunión.';
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'es' }]);
  });

  it('gives "Ok." at the start the language of the sentence after it', () => {
    const text = 'Ok. The minister arrived on Monday and left on Tuesday after the meeting.';
    expect(languageSegments(text)).toMatchObject([{ start: 0, end: text.length, lang: 'en' }]);
  });

  it('gives "Ok." between an English and a Spanish sentence the language before it', () => {
    const text = 'The minister arrived on Monday. Ok. El ministro se fue el martes después de la reunión.';
    expect(pieces(text, languageSegments(text))).toEqual([
      ['en', 'The minister arrived on Monday. Ok. '],
      ['es', 'El ministro se fue el martes después de la reunión.'],
    ]);
  });

  it('settles a paragraph too short to call from the paragraphs around it, by context', () => {
    const source = `---\ntitle: x\n---\n\n${english}\n\nOk.\n\n${english} Again.\n`;
    const blocks = buildArticle('x', source, 'content/x.md', new ArticleTranslations({ en: {}, es: {} })).blocks;
    expect(blocks[1]).toMatchObject({ lang: 'en', decidedBy: 'context' });
    expect(blocks[1]).not.toHaveProperty('segments');
  });
});

describe('languageSegments: merging', () => {
  it('merges adjacent sentences of one language into one run', () => {
    const text = `${english} ${english} ${spanish} ${spanish}`;
    const segments = languageSegments(text);
    expect(segments.map((s) => s.lang)).toEqual(['en', 'es']);
    expect(segments[0]).toMatchObject({ start: 0, end: english.length * 2 + 2 });
    expectTiling(text, segments);
  });

  it('merges the English around a quotation back into one run with the next sentence', () => {
    const text = `“No tenemos combustible para salir al mar,” said one fisherman. ${english}`;
    const segments = languageSegments(text);
    expect(segments.map((s) => s.lang)).toEqual(['es', 'en']);
    expect(segments[1]!.end).toBe(text.length);
  });

  it('never returns two adjacent segments of one language', () => {
    const text = `${english} “No tenemos combustible para salir al mar,” said one fisherman. ${spanish} ${english}`;
    const segments = languageSegments(text);
    expectTiling(text, segments);
    segments.slice(1).forEach((s, i) => expect(s.lang).not.toBe(segments[i]!.lang));
  });
});

describe('tagForeignRuns', () => {
  it('returns the very same flow when nothing is foreign', () => {
    const flow = flowOf(`*“No tenemos combustible,”* dijo Yoandri Pérez, un pescador de la bahía de Cienfuegos.`);
    const { segments, tagged: result } = tag(flow, 'es');
    expect(segments.map((s) => s.lang)).toEqual(['es']);
    expect(result).toBe(flow);
  });

  it('returns the very same flow for an English paragraph in an English block', () => {
    const flow = flowOf(english);
    expect(tagForeignRuns(flow, languageSegments(english), 'en')).toBe(flow);
  });

  it('splits a text node at the quotation’s edge and tags only the quotation', () => {
    const flow = flowOf('“No tenemos combustible para salir al mar,” said Yoandri Pérez, a fisherman from the bay.');
    expect(tag(flow, 'en').tagged).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: '“No tenemos combustible para salir al mar,”', lang: 'es' },
        { type: 'text', value: ' said Yoandri Pérez, a fisherman from the bay.' },
      ],
    });
  });

  it('tags an English quotation in emphasis inside a Spanish block', () => {
    const flow = flowOf('*“We have no fuel at all,”* dijo Yoandri Pérez, un pescador de la bahía de Cienfuegos.');
    expect(tag(flow, 'es').tagged).toEqual({
      type: 'paragraph',
      children: [
        { type: 'emphasis', children: [{ type: 'text', value: '“We have no fuel at all,”', lang: 'en' }] },
        { type: 'text', value: ' dijo Yoandri Pérez, un pescador de la bahía de Cienfuegos.' },
      ],
    });
  });

  it('tags every piece of a quotation that emphasis splits', () => {
    const flow = flowOf('“No tenemos *combustible* para salir al mar,” said Yoandri Pérez, a fisherman from the bay.');
    expect(tag(flow, 'en').tagged).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: '“No tenemos ', lang: 'es' },
        { type: 'emphasis', children: [{ type: 'text', value: 'combustible', lang: 'es' }] },
        { type: 'text', value: ' para salir al mar,”', lang: 'es' },
        { type: 'text', value: ' said Yoandri Pérez, a fisherman from the bay.' },
      ],
    });
  });

  it('splits a text node inside emphasis that holds the quotation and English around it', () => {
    const flow = flowOf('*He said “no tenemos combustible para salir” and* then he walked back to the pier.');
    expect(tag(flow, 'en').tagged).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'emphasis',
          children: [
            { type: 'text', value: 'He said ' },
            { type: 'text', value: '“no tenemos combustible para salir”', lang: 'es' },
            { type: 'text', value: ' and' },
          ],
        },
        { type: 'text', value: ' then he walked back to the pier.' },
      ],
    });
  });

  it('tags a quotation inside a link, keeping the link', () => {
    const flow = flowOf(
      '[“No tenemos combustible para salir al mar,”](https://example.com/a) said Yoandri Pérez, a fisherman from the bay.',
    );
    expect(tag(flow, 'en').tagged).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'link',
          url: 'https://example.com/a',
          children: [{ type: 'text', value: '“No tenemos combustible para salir al mar,”', lang: 'es' }],
        },
        { type: 'text', value: ' said Yoandri Pérez, a fisherman from the bay.' },
      ],
    });
  });

  it('splits at a run edge that falls inside a link', () => {
    const flow = flowOf(
      'Officials met the crews at the pier. [Nos dicen que hay que esperar. She added](https://example.com/b) that nobody knew when.',
    );
    const { segments, tagged: result } = tag(flow, 'en');
    expect(segments.map((s) => s.lang)).toEqual(['en', 'es', 'en']);
    expect(tagged(result, 'es')).toEqual(['Nos dicen que hay que esperar. ']);
    expect(result).toMatchObject({
      children: [
        { type: 'text', value: 'Officials met the crews at the pier. ' },
        {
          type: 'link',
          children: [
            { type: 'text', value: 'Nos dicen que hay que esperar. ', lang: 'es' },
            { type: 'text', value: 'She added' },
          ],
        },
        { type: 'text', value: ' that nobody knew when.' },
      ],
    });
  });

  it('counts inline code and line breaks in the offsets', () => {
    const flow = flowOf(
      'The fisherman said `diesel` was gone.  \n“No tenemos combustible para salir al mar,” he said after a long pause.',
    );
    const { tagged: result } = tag(flow, 'en');
    expect(result).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The fisherman said ' },
        { type: 'inlineCode', value: 'diesel' },
        { type: 'text', value: ' was gone.' },
        { type: 'break' },
        { type: 'text', value: '“No tenemos combustible para salir al mar,”', lang: 'es' },
        { type: 'text', value: ' he said after a long pause.' },
      ],
    });
  });

  it('follows flowText’s newline between a quote’s paragraphs', () => {
    const flow = flowOf(
      '> The captain was blunt about the season.\n>\n> “Antes salíamos todos los días al mar,” he said, and then he walked away.',
    );
    expect(tag(flow, 'en').tagged).toEqual({
      type: 'quote',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'The captain was blunt about the season.' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: '“Antes salíamos todos los días al mar,”', lang: 'es' },
            { type: 'text', value: ' he said, and then he walked away.' },
          ],
        },
      ],
    });
  });

  it('follows flowText’s newlines between list items', () => {
    const flow = flowOf(
      [
        '- The boats have stayed in port since March.',
        '- “No tenemos combustible para salir al mar,” said one of the fishermen.',
        '- The company did not answer.',
      ].join('\n'),
    );
    const { tagged: result } = tag(flow, 'en');
    expect(result).toEqual({
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'paragraph', children: [{ type: 'text', value: 'The boats have stayed in port since March.' }] }],
        [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: '“No tenemos combustible para salir al mar,”', lang: 'es' },
              { type: 'text', value: ' said one of the fishermen.' },
            ],
          },
        ],
        [{ type: 'paragraph', children: [{ type: 'text', value: 'The company did not answer.' }] }],
      ],
    });
  });

  it('follows the newlines of a list item with two paragraphs', () => {
    const flow = flowOf(
      [
        '- The boats have stayed in port since March.',
        '',
        '  Nos dicen que hay que esperar a que llegue el barco.',
        '- The company did not answer questions sent by email.',
      ].join('\n'),
    );
    const { segments, tagged: result } = tag(flow, 'en');
    expect(segments.map((s) => s.lang)).toEqual(['en', 'es', 'en']);
    expect(tagged(result, 'es')).toEqual(['Nos dicen que hay que esperar a que llegue el barco.']);
    expect(tagged(result, 'en')).toEqual([]);
  });

  it.each([
    ['a paragraph with a quotation in emphasis', 'The fisherman said *“no tenemos combustible para salir”* and walked back to his house.'],
    ['a paragraph with a Spanish sentence in a link', 'Crews waited. [Nos dicen que hay que esperar a que llegue el barco.](https://example.com) Nobody came.'],
    ['a quote', '> The captain was blunt.\n>\n> “Antes salíamos todos los días al mar,” he said, and **then** he walked away.'],
    ['a list', '1. The boats stayed in port.\n2. “No tenemos combustible para salir al mar,” said *one* of them.\n3. Nobody answered.'],
    ['a table', '| Port | What the crews said |\n| - | - |\n| Cienfuegos | “No tenemos combustible para salir al mar,” said *one* of them. |\n| Nuevitas | Nobody answered. |'],
  ])('leaves the plain text of %s unchanged', (_, markdown) => {
    const flow = flowOf(markdown);
    const { segments, tagged: result } = tag(flow, 'en');
    expect(segments.some((s) => s.lang === 'es')).toBe(true);
    expect(result).not.toBe(flow);
    expect(flowText(result)).toBe(flowText(flow));
  });

  it('tags the text of every foreign run and nothing else', () => {
    const text = `${english} Nos dicen que hay que esperar a que llegue el barco. “No tenemos combustible para salir al mar,” said one fisherman.`;
    const flow = flowOf(text);
    const segments = languageSegments(text);
    const result = tagForeignRuns(flow, segments, 'en');
    const foreign = segments.filter((s) => s.lang === 'es').map((s) => text.slice(s.start, s.end));
    expect(foreign).toHaveLength(1);
    expect(tagged(result, 'es')).toEqual(foreign);
    expect(tagged(result, 'en')).toEqual([]);
  });

  it('tags a Spanish quotation in a table cell, following the tabs and line ends between cells', () => {
    const flow = flowOf('| Port | What the crews said |\n| - | - |\n| Cienfuegos | “No tenemos combustible para salir al mar,” said one of them. |');
    const result = tag(flow, 'en').tagged;
    expect(result.type === 'table' && result.rows[1]?.[1]).toEqual([
      { type: 'text', value: '“No tenemos combustible para salir al mar,”', lang: 'es' },
      { type: 'text', value: ' said one of them.' },
    ]);
  });

  it('does not change the flow it is given', () => {
    const flow = flowOf('“No tenemos *combustible* para salir al mar,” said Yoandri Pérez, a fisherman from the bay.');
    const copy = structuredClone(flow);
    tag(flow, 'en');
    expect(flow).toEqual(copy);
  });
});

describe('languageSegments: names opening a sentence', () => {
  it('does not let an accented name make a short English sentence Spanish', () => {
    const text = 'The minister toured the terminals last month. Díaz-Canel spoke in Cienfuegos. He promised more fuel for the fleet.';
    expect(languageSegments(text).map((s) => s.lang)).toEqual(['en']);
  });
});
