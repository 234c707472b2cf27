import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '@/lib/content/build/build-article';
import { translationFlow } from '@/lib/content/build/join/translation-flow';
import { loadContent } from '@/lib/content/build/read-sources';
import { flowText } from '@/lib/content/article';
import { summarize } from '@/lib/content/build/built-content';
import { ArticleTranslations } from '@/lib/content/build/join/article-translations';
import { type TranslationResource } from '@/lib/content/schemas';
import type { Flow } from '@/lib/content/types';
import { contentError } from '@/tests/unit/support';

const file = 'content/test-article.md';


function translationsFor(slug: string, en: TranslationResource = {}, es: TranslationResource = {}) {
  return new ArticleTranslations({ en: { [slug]: en }, es: { [slug]: es } });
}

const english1 = 'The minister traveled to Havana and signed a cooperation agreement with his counterpart.';
const english2 = 'The agreement included a plan of activities and the supply of missile launchers to the island.';
const spanish1 = 'El ministro viajó a La Habana y firmó un acuerdo de cooperación con su homólogo cubano.';

describe('buildArticle on the seed with the real locales', () => {
  const [seed] = loadContent(process.cwd());
  const spanishId = 'la-visita-del-jefe-del-estado';
  const headingId = 'triangular-cooperation-and-signs-of-cuban';

  it('builds the seed article', () => {
    expect(seed).toBeDefined();
    expect(seed?.slug).toBe('belarus-cuba-military-ties');
    expect(seed?.lang).toBe('en');
    expect(seed?.source).toEqual({ name: 'CiberCuba' });
    expect(seed).not.toHaveProperty('published');
  });

  it('has 21 blocks with unique IDs', () => {
    expect(seed?.blocks).toHaveLength(21);
    expect(new Set(seed?.blocks.map((b) => b.id)).size).toBe(21);
  });

  it('has the English title and its Spanish translation', () => {
    expect(seed?.title.en).toBe("Belarus's chief of the General Staff visits Cuba as military ties deepen");
    expect(seed?.title.es).toMatch(/^El jefe del Estado Mayor General de Bielorrusia visita Cuba/);
  });

  it('makes "triangular-cooperation-and-signs-of-cuban" a heading, in both languages', () => {
    const heading = seed?.blocks.find((b) => b.id === headingId);
    expect(heading).toMatchObject({ kind: 'heading', lang: 'en', line: 29 });
    expect(heading?.versions.en).toMatchObject({ type: 'heading', depth: 2 });
    expect(heading?.versions.es).toMatchObject({ type: 'heading', depth: 2 });
    expect(flowText(heading!.versions.es!)).toBe('Cooperación triangular y señales del compromiso cubano en la guerra de Ucrania');
  });

  it('gives every block both an English and a Spanish version', () => {
    for (const block of seed?.blocks ?? []) {
      expect(Object.keys(block.versions).sort(), block.id).toEqual(['en', 'es']);
    }
  });

  it('marks the "La visita…" block Spanish and every other block English', () => {
    for (const block of seed?.blocks ?? []) {
      expect(block.lang, block.id).toBe(block.id === spanishId ? 'es' : 'en');
      expect(block.decidedBy, block.id).toBe('detected');
    }
  });

  it('keeps the Spanish block’s original and joins its English translation', () => {
    const visit = seed?.blocks.find((b) => b.id === spanishId);
    expect(flowText(visit!.versions.es!)).toMatch(/^La visita del jefe del Estado Mayor bielorruso a Cuba/);
    expect(flowText(visit!.versions.en!)).toMatch(/^The visit of Belarus's Chief of the General Staff/);
  });

  it('derives the lead paragraph’s ID and joins its Spanish translation', () => {
    const lead = seed?.blocks[0];
    expect(lead?.id).toBe('the-chief-of-the-general-staff');
    expect(lead?.line).toBe(9);
    expect(flowText(lead!.versions.es!)).toMatch(/^El jefe del Estado Mayor General de las Fuerzas Armadas/);
  });

  it('derives "muraveikos-current-visit-also-takes-place" from Muraveiko’s paragraph', () => {
    expect(seed?.blocks.some((b) => b.id === 'muraveikos-current-visit-also-takes-place')).toBe(true);
  });

  it('summarizes to 19 English paragraphs and 1 Spanish one, the heading left out, with its updated date', () => {
    expect(summarize(seed!)).toEqual({
      slug: 'belarus-cuba-military-ties',
      lang: 'en',
      title: seed!.title,
      updated: JSON.parse(readFileSync('content/belarus-cuba-military-ties.updated.json', 'utf8')).updated,
      paragraphCount: { en: 19, es: 1 },
    });
  });
});

describe('buildArticle: languages and translations', () => {
  const source = `---\ntitle: A small article\n---\n\n${english1}\n\n${spanish1}\n\n${english2}\n`;

  it('joins a translation into the other language of each block', () => {
    const ids = buildArticle('small', source, file, translationsFor('small')).blocks.map((b) => b.id);
    const article = buildArticle(
      'small',
      source,
      file,
      translationsFor('small', { blocks: { [ids[1]!]: 'The minister traveled to Havana.' } }, { blocks: { [ids[0]!]: 'El ministro viajó.' } }),
    );
    expect(article.blocks.map((b) => b.lang)).toEqual(['en', 'es', 'en']);
    expect(article.blocks[0]?.versions).toEqual({
      en: { type: 'paragraph', children: [{ type: 'text', value: english1, sentence: 0 }] },
      es: { type: 'paragraph', children: [{ type: 'text', value: 'El ministro viajó.', sentence: 0 }] },
    });
    expect(article.blocks[1]?.versions.en).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'The minister traveled to Havana.', sentence: 0 }],
    });
  });

  it('gives a block without a translation only its original version', () => {
    const article = buildArticle('small', source, file, translationsFor('small'));
    expect(Object.keys(article.blocks[2]!.versions)).toEqual(['en']);
    expect(article.title).toEqual({ en: 'A small article' });
  });

  it('ignores a translation written in the block’s own language', () => {
    const ids = buildArticle('small', source, file, translationsFor('small')).blocks.map((b) => b.id);
    const article = buildArticle('small', source, file, translationsFor('small', { blocks: { [ids[0]!]: 'Replaced?' } }));
    expect(flowText(article.blocks[0]!.versions.en!)).toBe(english1);
    expect(article.blocks[0]?.versions.es).toBeUndefined();
  });

  it('translates the title into the language the article was not published in', () => {
    const spanishArticle = `---\ntitle: Un artículo\nlang: es\n---\n\n${spanish1}\n`;
    const article = buildArticle('art', spanishArticle, file, translationsFor('art', { title: 'An article' }, { title: 'Ignored' }));
    expect(article.lang).toBe('es');
    expect(article.title).toEqual({ es: 'Un artículo', en: 'An article' });
  });

  it('takes the article language from the majority when the front matter has none', () => {
    const mostlySpanish = `---\ntitle: Artículo\n---\n\n${spanish1}\n\n${spanish1} Y más texto en español para que pese más.\n\n${english1}\n`;
    expect(buildArticle('x', mostlySpanish, file, translationsFor('x')).lang).toBe('es');
  });

  it('honours a pinned language over detection, with confidence 1', () => {
    const pinned = `---\ntitle: x\n---\n\n${english1} {lang=es}\n`;
    const [block] = buildArticle('x', pinned, file, translationsFor('x')).blocks;
    expect(block).toMatchObject({ lang: 'es', confidence: 1, decidedBy: 'pinned' });
  });

  it('settles an undecidable block from its neighbours', () => {
    const withName = `---\ntitle: x\n---\n\n${spanish1}\n\nCiberCuba\n\n${spanish1} Otra vez.\n`;
    const blocks = buildArticle('x', withName, file, translationsFor('x')).blocks;
    expect(blocks[1]).toMatchObject({ id: 'cibercuba', lang: 'es', decidedBy: 'context' });
  });

  it('carries published date and source through', () => {
    const withMeta = `---\ntitle: x\npublished: 2025-07-14\nsource:\n  name: CiberCuba\n  url: https://www.cibercuba.com\n---\n\n${english1}\n`;
    const article = buildArticle('x', withMeta, file, translationsFor('x'));
    expect(article.published).toBe('2025-07-14');
    expect(article.source).toEqual({ name: 'CiberCuba', url: 'https://www.cibercuba.com' });
  });
});

describe('buildArticle: block IDs', () => {
  it('uses pinned IDs and derives the rest, with suffixes for repeats', () => {
    const source = `---\ntitle: x\n---\n\n${english1}\n\n${english1}\n\n${english2} {#plan}\n`;
    const ids = buildArticle('x', source, file, translationsFor('x')).blocks.map((b) => b.id);
    expect(ids).toEqual(['the-minister-traveled-to-havana-and', 'the-minister-traveled-to-havana-and-2', 'plan']);
  });

  it('looks translations up by the pinned ID', () => {
    const source = `---\ntitle: x\n---\n\n${english1} {#lead}\n`;
    const article = buildArticle('x', source, file, translationsFor('x', {}, { blocks: { lead: 'Entradilla' } }));
    expect(flowText(article.blocks[0]!.versions.es!)).toBe('Entradilla');
  });

  it('reports a duplicate pinned ID on the line of the second, naming the first', () => {
    const source = `---\ntitle: x\n---\n\n${english1} {#same}\n\n${english2}\n\n${spanish1} {#same}\n`;
    const error = contentError(() => buildArticle('x', source, file, translationsFor('x')));
    expect(error).toMatchObject({ file, line: 9 });
    expect(error.message).toBe('duplicate block ID "same" (also on line 5)');
  });

  it.each([
    ['uppercase', 'Lead'],
    ['an underscore', 'my_id'],
    ['non-ASCII', 'entradilla-año'],
    ['too many characters', 'x'.repeat(49)],
  ])('reports a pinned ID with %s on its block’s line', (_, id) => {
    const source = `---\ntitle: x\n---\n\n${english1}\n\n${english2} {#${id}}\n`;
    const error = contentError(() => buildArticle('x', source, file, translationsFor('x')));
    expect(error).toMatchObject({ file, line: 7 });
    expect(error.message).toContain(`"${id}"`);
  });

  it('reports an empty pinned ID', () => {
    const source = `---\ntitle: x\n---\n\n${english1} {#}\n`;
    const error = contentError(() => buildArticle('x', source, file, translationsFor('x')));
    expect(error).toMatchObject({ file, line: 5 });
  });

  it('passes parse errors through with the file name', () => {
    const error = contentError(() => buildArticle('x', 'No front matter.\n', file, translationsFor('x')));
    expect(error).toMatchObject({ file, line: 1 });
  });
});

describe('translationFlow: a translation shaped like its original', () => {
  const heading: Flow = { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Original' }] };
  const paragraph: Flow = { type: 'paragraph', children: [{ type: 'text', value: 'Original' }] };

  it('keeps a heading a heading of the same depth, from plain text', () => {
    expect(translationFlow('Traducción *del* título', heading)).toEqual({
      type: 'heading',
      depth: 3,
      children: [
        { type: 'text', value: 'Traducción ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'del' }] },
        { type: 'text', value: ' título' },
      ],
    });
  });

  it('keeps the original depth even if the translator wrote a different heading level', () => {
    expect(translationFlow('# Título', heading)).toEqual({ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Título' }] });
  });

  it('keeps a paragraph a paragraph even if the translation looks like a heading', () => {
    expect(translationFlow('## Not a heading', paragraph)).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'Not a heading' }],
    });
  });

  it('joins several translated paragraphs into one, with line breaks', () => {
    expect(translationFlow('Uno.\n\nDos.', paragraph)).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'Uno.' }, { type: 'break' }, { type: 'text', value: 'Dos.' }],
    });
  });

  it('keeps inline links and drops unsafe ones', () => {
    const flow = translationFlow('Ver [esto](https://example.com) y [aquello](javascript:alert(1))', paragraph);
    expect(flow).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Ver ' },
        { type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'esto' }] },
        { type: 'text', value: ' y ' },
        { type: 'text', value: 'aquello' },
      ],
    });
  });

  it('keeps raw HTML in a translation as text', () => {
    expect(flowText(translationFlow('<script>alert(1)</script>', paragraph))).toBe('<script>alert(1)</script>');
  });

  it('keeps a quote a quote, whether or not the translator wrote the >', () => {
    const quote: Flow = { type: 'quote', children: [paragraph] };
    const expected = { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Cita' }] }] };
    expect(translationFlow('Cita', quote)).toEqual(expected);
    expect(translationFlow('> Cita', quote)).toEqual(expected);
  });

  it('keeps a list a list, with its translated items', () => {
    const list: Flow = { type: 'list', ordered: true, start: 3, items: [[paragraph], [paragraph]] };
    expect(translationFlow('3. tres\n4. cuatro', list)).toEqual({
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        [{ type: 'paragraph', children: [{ type: 'text', value: 'tres' }] }],
        [{ type: 'paragraph', children: [{ type: 'text', value: 'cuatro' }] }],
      ],
    });
  });

  it('wraps a list translated as plain text in a single item of the original list', () => {
    const list: Flow = { type: 'list', ordered: false, items: [[paragraph]] };
    expect(translationFlow('solo texto', list)).toEqual({
      type: 'list',
      ordered: false,
      items: [[{ type: 'paragraph', children: [{ type: 'text', value: 'solo texto' }] }]],
    });
  });
});

describe('buildArticle: aliases keep renamed blocks reachable', () => {
  const noTranslations = new ArticleTranslations({ en: {}, es: {} });

  it('records aliases on the block and keeps derived IDs off them', () => {
    const source = '---\ntitle: T\n---\n\nOld opening words of the first paragraph here. {#lead alias=old-opening-words-of-the-first}\n\nOld opening words of the first paragraph again.\n';
    const article = buildArticle('t', source, 'content/t.md', noTranslations);
    expect(article.blocks[0]).toMatchObject({ id: 'lead', aliases: ['old-opening-words-of-the-first'] });
    expect(article.blocks[1]?.id).toBe('old-opening-words-of-the-first-2');
  });

  it('finds a translation still keyed by the old ID', () => {
    const translations = new ArticleTranslations({ en: {}, es: { t: { blocks: { 'old-id': 'Traducción' } } } });
    const article = buildArticle('t', '---\ntitle: T\n---\n\nThe English paragraph, renamed. {#new-id alias=old-id}\n', 'content/t.md', translations);
    expect(article.blocks[0]?.versions.es).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'Traducción', sentence: 0 }] });
  });

  it('rejects an alias that another block already uses as its ID', () => {
    const source = '---\ntitle: T\n---\n\nFirst paragraph. {#first}\n\nSecond paragraph. {#second alias=first}\n';
    expect(() => buildArticle('t', source, 'content/t.md', noTranslations)).toThrow(/duplicate block ID "first" \(also on line 5\)/);
  });
});
