import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowView } from '@/components/article/FlowView';
import { buildArticle } from '@/lib/content/build/build-article';
import { loadContent } from '@/lib/content/build/read-sources';
import { flowText } from '@/lib/content/article';
import { ArticleTranslations } from '@/lib/content/build/join/article-translations';
import type { Block } from '@/lib/content/types';

const file = path.join('tests', 'fixtures', 'english-reporting-quoting-spanish.md');
const source = readFileSync(path.join(process.cwd(), file), 'utf8');
const article = buildArticle('english-reporting-quoting-spanish', source, file, new ArticleTranslations({ en: {}, es: {} }));

/** The original text of a block. */
const textOf = (block: Block) => flowText(block.versions[block.lang]!);

/** The one block whose original starts with `start`. */
function block(start: string): Block {
  const found = article.blocks.filter((b) => textOf(b).startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
}

/** The HTML of a block's original, as the reader page renders it. */
const html = (b: Block) => renderToStaticMarkup(createElement(FlowView, { flow: b.versions[b.lang]! }));

/** The contents of every `<span lang="…">` in some HTML. */
const langSpans = (markup: string, lang: string) =>
  [...markup.matchAll(new RegExp(`<span lang="${lang}">([^<]*)</span>`, 'g'))].map((m) => m[1]);

/** Each segment's text, with its language. */
const pieces = (b: Block) => (b.segments ?? []).map((s) => [s.lang, textOf(b).slice(s.start, s.end)]);

describe('the fixture article', () => {
  it('has ten paragraphs and one sub-heading, in English', () => {
    expect(article.lang).toBe('en');
    expect(article.title).toEqual({ en: 'Cienfuegos fishermen tie up their boats as the diesel runs out' });
    expect(article.blocks.map((b) => b.kind)).toEqual([...Array(4).fill('paragraph'), 'heading', ...Array(6).fill('paragraph')]);
  });

  it('makes every block English except the Spanish paragraph', () => {
    const spanish = block('La cooperativa fue fundada');
    for (const b of article.blocks) expect(b.lang, b.id).toBe(b === spanish ? 'es' : 'en');
  });

  it('gives segments only to the four paragraphs that mix both languages', () => {
    const mixed = article.blocks.filter((b) => b.segments).map((b) => textOf(b).slice(0, 20));
    expect(mixed).toEqual(['“No tenemos combusti', 'The cooperative’s pr', 'Pérez’s wife, Daniel', 'An older captain, Ri']);
  });

  it('makes every mixed paragraph’s segments tile its text, in both languages', () => {
    for (const b of article.blocks.filter((x) => x.segments)) {
      const segments = b.segments!;
      expect(segments[0]?.start, b.id).toBe(0);
      expect(segments.at(-1)?.end, b.id).toBe(textOf(b).length);
      segments.slice(1).forEach((s, i) => expect(s.start, b.id).toBe(segments[i]!.end));
      expect(new Set(segments.map((s) => s.lang)), b.id).toEqual(new Set(['en', 'es']));
    }
  });

  it('puts no lang="en" span anywhere: the blocks’ own language needs none', () => {
    for (const b of article.blocks) expect(html(b), b.id).not.toContain('lang="en"');
  });
});

describe('a Spanish quotation opening an English sentence', () => {
  const quote = '“No tenemos combustible para salir al mar,”';
  const b = block(quote);

  it('is an English block, detected', () => {
    expect(b).toMatchObject({ lang: 'en', decidedBy: 'detected' });
  });

  it('marks the quotation, marks included, Spanish and the rest English', () => {
    expect(pieces(b)).toEqual([
      ['es', quote],
      ['en', textOf(b).slice(quote.length)],
    ]);
  });

  it('renders the quotation in a span with lang="es", and only it', () => {
    const markup = html(b);
    expect(langSpans(markup, 'es')).toEqual([quote]);
    expect(markup).toMatch(/^<p><span lang="es">“No tenemos combustible para salir al mar,”<\/span> said Yoandri Pérez, a fisherman/);
  });
});

describe('a Spanish sentence between English ones', () => {
  const sentence = 'Nos dicen que hay que esperar a que llegue el barco.';
  const b = block('The cooperative’s president');

  it('is an English block with the sentence its own Spanish segment', () => {
    expect(b).toMatchObject({ lang: 'en', decidedBy: 'detected' });
    const text = textOf(b);
    expect(b.segments?.map((s) => s.lang)).toEqual(['en', 'es', 'en']);
    const es = b.segments![1]!;
    expect(es.start).toBe(text.indexOf(sentence));
    expect(text.slice(es.start, es.end).trimEnd()).toBe(sentence);
  });

  it('renders the sentence in a span with lang="es"', () => {
    const spans = langSpans(html(b), 'es');
    expect(spans).toHaveLength(1);
    expect(spans[0]?.trimEnd()).toBe(sentence);
  });

  it('keeps the accented name before it out of the span', () => {
    expect(html(b)).toMatch(/^<p>The cooperative’s president, Mayelín Rodríguez, said/);
  });
});

describe('names and places with accents in English sentences', () => {
  const b = block('Officials in La Habana');

  it('are no Spanish: one English block, detected, without segments', () => {
    expect(b).toMatchObject({ lang: 'en', decidedBy: 'detected' });
    expect(b).not.toHaveProperty('segments');
    for (const name of ['La Habana', 'Díaz-Canel', 'Álvaro López Miera', 'Cienfuegos', 'Matanzas']) expect(textOf(b)).toContain(name);
  });

  it('render without any lang span around them', () => {
    const markup = html(b);
    expect(markup).not.toContain('<span');
    expect(markup).not.toContain('lang=');
    expect(markup).toContain('Álvaro López Miera, the minister');
  });

  it('get no span in the mixed paragraphs either', () => {
    const names = ['Yoandri Pérez', 'Mayelín Rodríguez', 'Rigoberto Sosa', 'Daniela'];
    for (const mixed of article.blocks.filter((x) => x.segments)) {
      for (const span of langSpans(html(mixed), 'es')) {
        for (const name of names) expect(span, mixed.id).not.toContain(name);
      }
    }
  });
});

describe('a Spanish quotation of two words', () => {
  const b = block('Many families now depend');

  it('stays part of its English sentence', () => {
    expect(textOf(b)).toContain('“muy difícil”');
    expect(b).toMatchObject({ lang: 'en', decidedBy: 'detected' });
    expect(b).not.toHaveProperty('segments');
  });

  it('renders without a lang span', () => {
    const markup = html(b);
    expect(markup).toContain('as “muy difícil” but');
    expect(markup).not.toContain('lang=');
  });
});

describe('a Spanish question quoted in an English paragraph', () => {
  const question = '“¿Cómo vamos a vender pescado si no hay pescado?”';
  const b = block('Pérez’s wife');

  it('is an English block with the question marked Spanish', () => {
    expect(b.lang).toBe('en');
    const es = b.segments?.filter((s) => s.lang === 'es') ?? [];
    expect(es).toHaveLength(1);
    expect(textOf(b).slice(es[0]!.start, es[0]!.end).trimEnd()).toBe(question);
  });

  it('renders the question, ¿ and quotation marks included, in a span with lang="es"', () => {
    const spans = langSpans(html(b), 'es');
    expect(spans.map((s) => s?.trimEnd())).toEqual([question]);
  });
});

describe('a long Spanish quotation with a short English attribution', () => {
  const quote = '“Antes salíamos todos los días y volvíamos con el barco lleno,”';
  const b = block('An older captain');

  it('is an English block', () => {
    expect(b.lang).toBe('en');
  });

  it('marks only the quotation Spanish, not the attribution after it', () => {
    const text = textOf(b);
    expect(pieces(b)).toEqual([
      ['en', text.slice(0, text.indexOf(quote))],
      ['es', quote],
      ['en', text.slice(text.indexOf(quote) + quote.length)],
    ]);
  });

  it('renders the quotation in a span with lang="es" and the attribution outside it', () => {
    const markup = html(b);
    expect(langSpans(markup, 'es')).toEqual([quote]);
    expect(markup).toContain(`${quote}</span> he said, before going back`);
  });
});

describe('the Spanish paragraph', () => {
  const b = block('La cooperativa fue fundada');

  it('is a Spanish block, detected, without segments', () => {
    expect(b).toMatchObject({ lang: 'es', decidedBy: 'detected' });
    expect(b).not.toHaveProperty('segments');
    expect(Object.keys(b.versions)).toEqual(['es']);
  });

  it('renders without a lang span (its block carries the language)', () => {
    expect(html(b)).not.toContain('lang=');
  });
});

describe('a very short paragraph', () => {
  const b = block('Reporting from Cienfuegos.');

  it('is English, detected or from its context', () => {
    expect(textOf(b)).toBe('Reporting from Cienfuegos.');
    expect(b.lang).toBe('en');
    expect(['detected', 'context']).toContain(b.decidedBy);
    expect(b).not.toHaveProperty('segments');
    expect(html(b)).toBe('<p>Reporting from Cienfuegos.</p>');
  });
});

describe('the seed article, which mixes no paragraph', () => {
  const seed = loadContent(process.cwd()).find((a) => a.slug === 'belarus-cuba-military-ties');
  const spanishId = 'la-visita-del-jefe-del-estado';

  it('is loaded', () => {
    expect(seed).toBeDefined();
    expect(seed?.blocks.length).toBeGreaterThan(0);
  });

  it('gives no block segments', () => {
    for (const b of seed?.blocks ?? []) expect(b, b.id).not.toHaveProperty('segments');
  });

  it('makes the Spanish paragraph Spanish and every other block English', () => {
    expect(seed?.blocks.some((b) => b.id === spanishId)).toBe(true);
    for (const b of seed?.blocks ?? []) expect(b.lang, b.id).toBe(b.id === spanishId ? 'es' : 'en');
  });

  it('renders no lang span in any original', () => {
    for (const b of seed?.blocks ?? []) expect(html(b), b.id).not.toContain('<span lang=');
  });
});
