import { describe, expect, it } from 'vitest';
import { ArticleTranslations } from '@/lib/content/build/join/article-translations';
import { parseTranslationResource } from '@/lib/content/build/join/translation-resource';
import { contentError } from '@/tests/unit/support';

const file = 'locales/es/test-article.json';


describe('parseTranslationResource: valid resources', () => {
  it('reads a title and blocks', () => {
    const json = JSON.stringify({ title: 'Título', blocks: { 'the-chief': 'El jefe' } }, null, 2);
    expect(parseTranslationResource(json, file)).toEqual({ title: 'Título', blocks: { 'the-chief': 'El jefe' } });
  });

  it('reads a resource with only blocks, only a title, or nothing', () => {
    expect(parseTranslationResource('{"blocks": {"a": "b"}}', file)).toEqual({ blocks: { a: 'b' } });
    expect(parseTranslationResource('{"title": "T"}', file)).toEqual({ title: 'T' });
    expect(parseTranslationResource('{}', file)).toEqual({});
  });

  it('keeps empty strings, the placeholders awaiting a translator', () => {
    expect(parseTranslationResource('{"title": "", "blocks": {"a": ""}}', file)).toEqual({ title: '', blocks: { a: '' } });
  });

  it('accepts a leading BOM', () => {
    expect(parseTranslationResource('\uFEFF{"title": "T"}', file)).toEqual({ title: 'T' });
  });
});

describe('parseTranslationResource: problems, with line and column', () => {
  it('reports a missing comma with the line and column where JSON.parse stopped', () => {
    const json = '{\n  "title": "x"\n  "blocks": {}\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 3, column: 3 });
    expect(error.message).toMatch(/^invalid JSON: /);
    expect(error.message).not.toMatch(/position \d+/);
    expect(String(error)).toBe(`${file}:3:3: ${error.message}`);
  });

  it('reports a trailing comma on the line of the closing brace', () => {
    const json = '{\n  "blocks": {\n    "a": "b",\n  }\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 4, column: 3 });
  });

  it('reports a file cut short', () => {
    const json = '{\n  "title": "x",\n';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 3, column: 1 });
    expect(error.message).toMatch(/^invalid JSON: /);
  });

  it('reports a number value at its line and column', () => {
    const json = '{\n  "title": 3\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 2, column: 12 });
    expect(error.message).toBe('"title" must be a string of text, not number');
  });

  it('reports an object value among blocks at its line and column', () => {
    const json = '{\n  "title": "T",\n  "blocks": {\n    "ok": "bien",\n    "nested-one": { "a": "b" }\n  }\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 5, column: 19 });
    expect(error.message).toBe('"blocks.nested-one" must be a string of text, not object');
  });

  it('reports blocks that are not a mapping', () => {
    const json = '{\n  "blocks": ["a", "b"]\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 2 });
    expect(error.message).toMatch(/"blocks"/);
  });

  it('reports an unknown top-level key by name, on its line', () => {
    const json = '{\n  "title": "T",\n  "body": "texto"\n}';
    const error = contentError(() => parseTranslationResource(json, file));
    expect(error).toMatchObject({ file, line: 3, column: 3 });
    expect(error.message).toBe('unknown key "body": a resource holds "title" and "blocks"');
  });
});

describe('parseTranslationResource: Markdown the site cannot show', () => {
  const resource = (text: string) => JSON.stringify({ title: 'Huelga', blocks: { 'the-lead': 'Primero.', 'the-claim': text } }, null, 2);

  it('reports a footnote in a translation at its key, naming the key', () => {
    const error = contentError(() => parseTranslationResource(resource('Una afirmación.[^1]\n\n[^1]: Su fuente.'), file));
    expect(error).toMatchObject({ file, line: 5, column: 5 });
    expect(error.message).toMatch(/^"blocks.the-claim": footnotes are not supported/);
  });

  it('reports a task list in a translation', () => {
    const error = contentError(() => parseTranslationResource(resource('- [x] hecho'), file));
    expect(error).toMatchObject({ line: 5 });
    expect(error.message).toMatch(/^"blocks.the-claim": task lists are not supported/);
  });

  it('accepts brackets that are neither: a link, a reference, a checkbox escaped', () => {
    const texts = ['[enlace](https://example.com)', 'Ver [^1] sin nota', String.raw`- \[ ] sin casilla`, '| a | b |\n| - | - |\n| 1 | 2 |'];
    for (const text of texts) {
      expect(parseTranslationResource(resource(text), file).blocks?.['the-claim']).toBe(text);
    }
  });
});

describe('ArticleTranslations', () => {
  const translations = new ArticleTranslations({
    en: {
      'spanish-article': {
        title: 'The Spanish article',
        blocks: { 'la-visita': 'The visit', curly: 'Hello {{name}}, {{- raw}}', nested: 'See $t(title) and $t(other:title)' },
      },
      other: { title: 'Other' },
    },
    es: {
      'english-article': {
        title: 'El artículo inglés',
        blocks: { 'the-chief': 'El jefe', shared: 'compartido' },
      },
    },
  });

  it('returns a block’s translation in the language asked for', () => {
    expect(translations.block('english-article', 'es', 'the-chief')).toBe('El jefe');
    expect(translations.block('spanish-article', 'en', 'la-visita')).toBe('The visit');
  });

  it('returns a title’s translation', () => {
    expect(translations.title('english-article', 'es')).toBe('El artículo inglés');
    expect(translations.title('spanish-article', 'en')).toBe('The Spanish article');
  });

  it('returns undefined for a block or title that has no translation', () => {
    expect(translations.block('english-article', 'es', 'missing-block')).toBeUndefined();
    expect(translations.block('unknown-article', 'es', 'the-chief')).toBeUndefined();
    expect(translations.title('unknown-article', 'en')).toBeUndefined();
    expect(translations.title('other', 'es')).toBeUndefined();
  });

  it('looks each language up independently, never falling back to the other', () => {
    expect(translations.block('english-article', 'en', 'the-chief')).toBeUndefined();
    expect(translations.block('spanish-article', 'es', 'la-visita')).toBeUndefined();
    expect(translations.title('english-article', 'en')).toBeUndefined();
  });

  it('has no shared current language: interleaved lookups each get their own language', () => {
    const results = [
      translations.title('english-article', 'es'),
      translations.title('spanish-article', 'en'),
      translations.title('english-article', 'es'),
      translations.block('spanish-article', 'en', 'la-visita'),
      translations.block('english-article', 'es', 'the-chief'),
      translations.block('spanish-article', 'es', 'la-visita'),
    ];
    expect(results).toEqual(['El artículo inglés', 'The Spanish article', 'El artículo inglés', 'The visit', 'El jefe', undefined]);
  });

  it('keeps article namespaces apart', () => {
    expect(translations.block('spanish-article', 'es', 'shared')).toBeUndefined();
    expect(translations.title('other', 'en')).toBe('Other');
  });

  it('never applies {{interpolation}} to article text', () => {
    expect(translations.block('spanish-article', 'en', 'curly')).toBe('Hello {{name}}, {{- raw}}');
  });

  it('never applies $t() nesting to article text', () => {
    expect(translations.block('spanish-article', 'en', 'nested')).toBe('See $t(title) and $t(other:title)');
  });

  it('works with no resources at all', () => {
    const empty = new ArticleTranslations({ en: {}, es: {} });
    expect(empty.title('x', 'en')).toBeUndefined();
    expect(empty.block('x', 'es', 'y')).toBeUndefined();
  });

  it('reads a resource parsed from JSON', () => {
    const resource = parseTranslationResource('{"title": "T", "blocks": {"a-b": "Texto con {{llaves}}"}}', file);
    const fromJson = new ArticleTranslations({ en: {}, es: { 'my-article': resource } });
    expect(fromJson.block('my-article', 'es', 'a-b')).toBe('Texto con {{llaves}}');
  });
});

describe('regressions', () => {
  it('treats an empty string as missing, never showing the key to readers', () => {
    const t = new ArticleTranslations({ en: {}, es: { a: { title: '', blocks: { 'the-lead': '' } } } });
    expect(t.block('a', 'es', 'the-lead')).toBeUndefined();
    expect(t.title('a', 'es')).toBeUndefined();
  });

  it('locates a bad token even where the JavaScript engine gives no position', () => {
    const error = contentError(() => parseTranslationResource('{\n  "title": "x",\n  "blocks": { "a": hola }\n}', file));
    expect(error).toMatchObject({ line: 3, column: 20 });
  });

  it('locates a bad value by its path, not by the first equal string in the file', () => {
    const json = '{\n  "title": "x",\n  "blocks": {\n    "a": "b",\n    "b": 2\n  }\n}';
    expect(contentError(() => parseTranslationResource(json, file))).toMatchObject({ line: 5 });
  });

  it('says a resource must be an object when it is not', () => {
    expect(contentError(() => parseTranslationResource('[]', file)).message).toMatch(/JSON object/);
  });
});
