import { describe, expect, it } from 'vitest';
import { splitBlockAttributes } from '@/lib/content/build/parse/block-attributes';

describe('splitBlockAttributes: trailing {#id lang=xx} lists', () => {
  it('splits off a pinned ID', () => {
    expect(splitBlockAttributes('Some text {#my-id}')).toEqual({ text: 'Some text', attributes: { id: 'my-id' } });
  });

  it('splits off a pinned language', () => {
    expect(splitBlockAttributes('Algún texto {lang=es}')).toEqual({ text: 'Algún texto', attributes: { lang: 'es' } });
    expect(splitBlockAttributes('Some text {lang=en}')).toEqual({ text: 'Some text', attributes: { lang: 'en' } });
  });

  it('splits off both, in either order', () => {
    expect(splitBlockAttributes('Texto {#my-id lang=es}')).toEqual({
      text: 'Texto',
      attributes: { id: 'my-id', lang: 'es' },
    });
    expect(splitBlockAttributes('Texto {lang=es #my-id}')).toEqual({
      text: 'Texto',
      attributes: { id: 'my-id', lang: 'es' },
    });
  });

  it('tolerates extra spaces inside the braces and after them', () => {
    expect(splitBlockAttributes('Texto {  #my-id   lang=es  }  ')).toEqual({
      text: 'Texto',
      attributes: { id: 'my-id', lang: 'es' },
    });
  });

  it('works without a space before the braces', () => {
    expect(splitBlockAttributes('Texto{#my-id}')).toEqual({ text: 'Texto', attributes: { id: 'my-id' } });
  });

  it('splits off attributes standing alone (a text that is only the list)', () => {
    expect(splitBlockAttributes('{#only}')).toEqual({ text: '', attributes: { id: 'only' } });
  });

  it('keeps the ID as written for the caller to validate', () => {
    expect(splitBlockAttributes('Text {#Not_Valid}').attributes).toEqual({ id: 'Not_Valid' });
  });

  describe('braces that are ordinary text', () => {
    it.each([
      ['words in braces', 'A set {not attributes}'],
      ['empty braces', 'Empty {}'],
      ['blank braces', 'Blank {   }'],
      ['a mix of words and an ID', 'Mixed {see #note}'],
      ['braces mid-text', 'A {#my-id} in the middle of text'],
      ['no braces at all', 'Plain text'],
      ['nested braces', 'Nested {{#x}}'],
    ])('leaves %s as text', (_, text) => {
      expect(splitBlockAttributes(text)).toEqual({ text, attributes: {} });
    });
  });

  describe('problems to report', () => {
    it('reports a language other than en or es, quoting it', () => {
      const result = splitBlockAttributes('Texte {lang=fr}');
      expect(result.problem).toBe('lang must be "en" or "es", not "fr"');
      expect(result.attributes.lang).toBeUndefined();
      expect(result.text).toBe('Texte');
    });

    it('reports a language written in uppercase or as a region', () => {
      expect(splitBlockAttributes('Text {lang=ES}').problem).toMatch(/lang must be "en" or "es"/);
      expect(splitBlockAttributes('Text {lang=es-MX}').problem).toMatch(/not "es-MX"/);
      expect(splitBlockAttributes('Text {lang=}').problem).toMatch(/not ""/);
    });

    it('reports an unknown key, naming it', () => {
      const result = splitBlockAttributes('Text {class=lead}');
      expect(result.problem).toBe('unknown block attribute "class" (use #id, lang=en|es or alias=old-id)');
    });

    it('reports an unknown key even next to a valid ID', () => {
      const result = splitBlockAttributes('Text {#my-id author=me}');
      expect(result.problem).toMatch(/unknown block attribute "author"/);
    });

    it('reports no problem for valid attributes', () => {
      expect(splitBlockAttributes('Text {#a lang=en}').problem).toBeUndefined();
    });
  });
});

describe('splitBlockAttributes: malformed key=value', () => {
  it('reports a value with a second "="', () => {
    expect(splitBlockAttributes('Text {lang=es=x}').problem).toMatch(/lang=es=x/);
  });
});

describe('splitBlockAttributes: aliases', () => {
  it('reads one or more former IDs', () => {
    expect(splitBlockAttributes('Text {#new-id alias=old-id}').attributes).toEqual({ id: 'new-id', aliases: ['old-id'] });
    expect(splitBlockAttributes('Text {alias=a,b alias=c}').attributes).toEqual({ aliases: ['a', 'b', 'c'] });
  });
});

describe('splitBlockAttributes: braces that open with # are attributes, and must be well formed', () => {
  it.each(['Text {#my id}', 'Text {# my-id}', 'Text {#x lang=es extra}'])('reports %j', (text) => {
    const result = splitBlockAttributes(text);
    expect(result.problem).toBeDefined();
    expect(result.text).toBe('Text');
  });

  it('leaves braces of plain text alone', () => {
    expect(splitBlockAttributes('A set {a b c}')).toEqual({ text: 'A set {a b c}', attributes: {} });
  });
});
