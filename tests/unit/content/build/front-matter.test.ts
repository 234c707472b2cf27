import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { parseFrontMatter } from '@/lib/content/build/parse/front-matter';
import { contentError } from '@/tests/unit/support';

const file = 'content/test-article.md';


/** Front matter starting on line 2 of its file, right after the opening `---`. */
const parse = (yaml: string) => parseFrontMatter(yaml, file, 2);

describe('parseFrontMatter: valid front matter', () => {
  it('reads a title alone', () => {
    expect(parse('title: Belarus visits Cuba')).toEqual({ title: 'Belarus visits Cuba' });
  });

  it('reads every field', () => {
    expect(
      parse(
        [
          'title: El jefe del Estado Mayor visita Cuba',
          'lang: es',
          'published: 2025-07-14',
          'source:',
          '  name: CiberCuba',
          '  url: https://www.cibercuba.com/noticias/x',
        ].join('\n'),
      ),
    ).toEqual({
      title: 'El jefe del Estado Mayor visita Cuba',
      lang: 'es',
      published: '2025-07-14',
      source: { name: 'CiberCuba', url: 'https://www.cibercuba.com/noticias/x' },
    });
  });

  it('keeps a date written YYYY-MM-DD as a string, not a Date', () => {
    expect(parse('title: x\npublished: 2024-01-15').published).toBe('2024-01-15');
  });

  it('accepts an http URL and a source without one', () => {
    expect(parse('title: x\nsource:\n  name: A\n  url: http://example.com').source?.url).toBe('http://example.com');
    expect(parse('title: x\nsource:\n  name: A').source).toEqual({ name: 'A' });
  });

  it('trims the title', () => {
    expect(parse('title: "  Padded  "').title).toBe('Padded');
  });

  it('ignores YAML comments', () => {
    expect(parse('# a note for editors\ntitle: x\nsource:\n  # where it came from\n  name: CiberCuba')).toEqual({
      title: 'x',
      source: { name: 'CiberCuba' },
    });
  });
});

describe('parseFrontMatter: problems, located in the file', () => {
  it('reports invalid YAML on the line of the error, counted from the file’s first line', () => {
    const error = contentError(() => parse('title: one\nlang: en\ntitle: two'));
    expect(error).toMatchObject({ file, line: 4 });
    expect(error.message).toMatch(/^front matter is not valid YAML: /);
    expect(error.message).not.toContain('\n');
  });

  it('offsets lines by where the front matter starts', () => {
    const error = contentError(() => parseFrontMatter('title: one\ntitle: two', file, 10));
    expect(error.line).toBe(11);
  });

  it('reports front matter that is not a mapping', () => {
    for (const yaml of ['', 'just a string', '- a\n- b']) {
      const error = contentError(() => parse(yaml));
      expect(error).toMatchObject({ file, line: 2 });
      expect(error.message).toMatch(/must be a YAML mapping/);
    }
  });

  it('reports a missing title as required', () => {
    const error = contentError(() => parse('lang: en'));
    expect(error).toMatchObject({ file, line: 2 });
    expect(error.message).toBe('front matter field "title" is required');
  });

  it('reports an empty title on its line', () => {
    const error = contentError(() => parse('lang: en\ntitle: "   "'));
    expect(error).toMatchObject({ file, line: 3 });
    expect(error.message).toBe('front matter field "title" must not be empty');
  });

  it('reports a title that is not text', () => {
    const error = contentError(() => parse('title: [a, b]'));
    expect(error).toMatchObject({ line: 2 });
    expect(error.message).toMatch(/^front matter field "title" /);
  });

  it('reports an unknown field by name', () => {
    const error = contentError(() => parse('title: x\nauthor: me'));
    expect(error.file).toBe(file);
    expect(error.message).toBe('unknown front matter field "author"');
  });

  it('reports an unknown field inside source by name', () => {
    const error = contentError(() => parse('title: x\nsource:\n  name: A\n  link: https://example.com'));
    expect(error.message).toBe('unknown front matter field "link"');
  });

  it.each([
    ['day first', '15/01/2024'],
    ['no day', '2024-01'],
    ['an impossible day', '2024-02-30'],
    ['a time', '2024-01-15T10:00:00Z'],
    ['words', 'last June'],
  ])('reports a published date with %s on that field’s line', (_, date) => {
    const error = contentError(() => parse(`title: x\nlang: en\npublished: ${date}`));
    expect(error).toMatchObject({ file, line: 4 });
    expect(error.message).toBe('front matter field "published" must be a date written YYYY-MM-DD');
  });

  it('reports a language other than en or es on its line', () => {
    const error = contentError(() => parse('title: x\nlang: fr'));
    expect(error).toMatchObject({ file, line: 3 });
    expect(error.message).toMatch(/^front matter field "lang" /);
  });

  it.each([
    ['ftp', 'ftp://example.com/a'],
    ['javascript', 'javascript:alert(1)'],
    ['not a URL', 'cibercuba.com'],
  ])('reports a %s source URL on its line', (_, url) => {
    const error = contentError(() => parse(`title: x\nsource:\n  name: A\n  url: ${url}`));
    expect(error).toMatchObject({ file, line: 5 });
    expect(error.message).toBe('front matter field "source.url" must be an http(s) URL');
  });

  it('reports a source without a name', () => {
    const error = contentError(() => parse('title: x\nsource:\n  url: https://example.com'));
    expect(error.message).toBe('front matter field "source.name" is required');
  });
});

describe('parseFrontMatter: unknown fields are reported on their own line', () => {
  it('at the top level', () => {
    try {
      parseFrontMatter('title: x\nlang: en\nauthor: me\n', 'content/a.md', 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ file: 'content/a.md', line: 4, message: 'unknown front matter field "author"' });
    }
  });

  it('inside source', () => {
    try {
      parseFrontMatter('title: x\nsource:\n  name: y\n  foo: z\n', 'content/a.md', 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect(error).toMatchObject({ line: 5 });
    }
  });
});
