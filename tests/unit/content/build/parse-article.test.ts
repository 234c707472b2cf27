import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/content/build/parse/parse-article';
import { contentError } from '@/tests/unit/support';

const file = 'content/test-article.md';


const article = (body: string, frontMatter = 'title: A test') => `---\n${frontMatter}\n---\n\n${body}`;

describe('parseArticle on the seed', () => {
  const seedFile = path.join('content', 'belarus-cuba-military-ties.md');
  const parsed = parseArticle(readFileSync(seedFile, 'utf8'), seedFile);

  it('reads the front matter', () => {
    expect(parsed.frontMatter).toEqual({
      title: "Belarus's chief of the General Staff visits Cuba as military ties deepen",
      lang: 'en',
      source: { name: 'CiberCuba' },
    });
  });

  it('has 21 blocks: one heading and 20 paragraphs', () => {
    expect(parsed.blocks).toHaveLength(21);
    expect(parsed.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
    expect(parsed.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(20);
  });

  it('places each block on its line of the file', () => {
    expect(parsed.blocks[0]?.line).toBe(9);
    expect(parsed.blocks[0]?.text).toMatch(/^The Chief of the General Staff/);
    const heading = parsed.blocks.find((b) => b.kind === 'heading');
    expect(heading).toMatchObject({
      line: 29,
      text: 'Triangular cooperation and signs of Cuban commitment in the Ukraine war',
      flow: { type: 'heading', depth: 2 },
    });
    expect(parsed.blocks.at(-1)?.line).toBe(49);
  });
});

describe('parseArticle: blocks', () => {
  it('makes one block per top-level paragraph, heading, quote and list', () => {
    const { blocks } = parseArticle(
      article('# Heading\n\nA paragraph.\n\n> A quote\n> on two lines.\n\n- one\n- two\n\n1. first\n2. second\n'),
      file,
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'quote', 'list', 'list']);
    expect(blocks.map((b) => b.line)).toEqual([5, 7, 9, 12, 15]);
  });

  it('reads the plain text of each block', () => {
    const { blocks } = parseArticle(article('Some *emphasis* and a [link](https://example.com).\n\n- one\n- two\n'), file);
    expect(blocks.map((b) => b.text)).toEqual(['Some emphasis and a link.', 'one\ntwo']);
  });

  it('skips thematic breaks and link definitions, which hold no reader text', () => {
    const { blocks } = parseArticle(article('First.\n\n***\n\n[ref]: https://example.com\n\nSecond.\n'), file);
    expect(blocks.map((b) => b.text)).toEqual(['First.', 'Second.']);
    expect(blocks.map((b) => b.line)).toEqual([5, 11]);
  });

  it('keeps raw HTML as a paragraph of text', () => {
    const { blocks } = parseArticle(article('<script>alert(1)</script>\n'), file);
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        flow: { type: 'paragraph', children: [{ type: 'text', value: '<script>alert(1)</script>' }] },
        text: '<script>alert(1)</script>',
        line: 5,
        attributes: {},
      },
    ]);
  });
});

describe('parseArticle: trailing attributes', () => {
  it('strips {#id lang=xx} from a paragraph’s text and flow', () => {
    const { blocks } = parseArticle(article('Un párrafo en español. {#spanish lang=es}\n'), file);
    expect(blocks[0]).toMatchObject({
      text: 'Un párrafo en español.',
      attributes: { id: 'spanish', lang: 'es' },
      flow: { type: 'paragraph', children: [{ type: 'text', value: 'Un párrafo en español.' }] },
    });
  });

  it('strips attributes from a heading', () => {
    const { blocks } = parseArticle(article('## A heading {#section}\n'), file);
    expect(blocks[0]).toMatchObject({
      kind: 'heading',
      text: 'A heading',
      attributes: { id: 'section' },
    });
  });

  it('strips attributes from the last line of a multi-line paragraph', () => {
    const { blocks } = parseArticle(article('Line one\nline two {lang=en}\n'), file);
    expect(blocks[0]).toMatchObject({ text: 'Line one\nline two', attributes: { lang: 'en' } });
  });

  it('strips attributes from the last item of a list and the last paragraph of a quote', () => {
    const { blocks } = parseArticle(article('- uno\n- dos {#lista lang=es}\n\n> Cita {#cita}\n'), file);
    expect(blocks[0]).toMatchObject({ kind: 'list', text: 'uno\ndos', attributes: { id: 'lista', lang: 'es' } });
    expect(blocks[1]).toMatchObject({ kind: 'quote', text: 'Cita', attributes: { id: 'cita' } });
  });

  it('strips attributes that follow a link', () => {
    const { blocks } = parseArticle(article('See [this](https://example.com) {#see}\n'), file);
    expect(blocks[0]).toMatchObject({ text: 'See this', attributes: { id: 'see' } });
  });

  it('does not read attributes out of inline code', () => {
    const { blocks } = parseArticle(article('Write `{#id}`\n'), file);
    expect(blocks[0]).toMatchObject({ text: 'Write {#id}', attributes: {} });
  });

  it('leaves braces that are not attributes in the text', () => {
    const { blocks } = parseArticle(article('A set {not attributes}\n'), file);
    expect(blocks[0]).toMatchObject({ text: 'A set {not attributes}', attributes: {} });
  });

  it('reports a bad attribute on the line it is written', () => {
    const error = contentError(() => parseArticle(article('First line\nsecond line {lang=fr}\n'), file));
    expect(error.file).toBe(file);
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/lang must be "en" or "es", not "fr"/);
  });

  it('reports an unknown attribute key', () => {
    const error = contentError(() => parseArticle(article('Text {class=x}\n'), file));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/unknown block attribute "class"/);
  });
});

describe('parseArticle: BOM and line ends', () => {
  const lf = article('# Heading {#h}\n\nA paragraph. {lang=en}\n\n> quote\n\n- a\n- b {#l}\n', 'title: Line ends\nlang: es');

  it('parses a file with a BOM exactly like one without', () => {
    expect(parseArticle(`\uFEFF${lf}`, file)).toEqual(parseArticle(lf, file));
  });

  it('parses CRLF line ends like LF', () => {
    const crlf = lf.replaceAll('\n', '\r\n');
    expect(parseArticle(crlf, file)).toEqual(parseArticle(lf, file));
  });

  it('parses a BOM with CRLF line ends like plain LF', () => {
    const both = `\uFEFF${lf.replaceAll('\n', '\r\n')}`;
    expect(parseArticle(both, file)).toEqual(parseArticle(lf, file));
  });

  it('reports the front matter of a CRLF file as valid', () => {
    const { frontMatter } = parseArticle(lf.replaceAll('\n', '\r\n'), file);
    expect(frontMatter).toEqual({ title: 'Line ends', lang: 'es' });
  });
});

describe('parseArticle: errors name the file and the 1-based line', () => {
  it('reports an empty file on line 1', () => {
    const error = contentError(() => parseArticle('', file));
    expect(error).toMatchObject({ file, line: 1 });
    expect(error.message).toMatch(/file is empty/);
  });

  it('reports a whitespace-only file (even with a BOM) as empty', () => {
    for (const source of ['   \n\n\t\n', '\uFEFF\n', '\r\n\r\n']) {
      const error = contentError(() => parseArticle(source, file));
      expect(error).toMatchObject({ file, line: 1 });
      expect(error.message).toMatch(/file is empty/);
    }
  });

  it('reports missing front matter', () => {
    const error = contentError(() => parseArticle('Just a paragraph.\n', file));
    expect(error).toMatchObject({ file, line: 1 });
    expect(error.message).toMatch(/front matter is missing/);
  });

  it('reports front matter that is not closed', () => {
    const error = contentError(() => parseArticle('---\ntitle: x\n\nText', file));
    expect(error).toMatchObject({ file, line: 1 });
    expect(error.message).toMatch(/front matter is not closed/);
  });

  it('reports unclosed front matter in a CRLF file too', () => {
    const error = contentError(() => parseArticle('---\r\ntitle: x\r\n\r\nText', file));
    expect(error.message).toMatch(/front matter is not closed/);
  });

  it('reports invalid YAML on the line of the error', () => {
    const error = contentError(() => parseArticle('---\ntitle: one\ntitle: two\n---\n\nText\n', file));
    expect(error).toMatchObject({ file, line: 3 });
    expect(error.message).toMatch(/front matter is not valid YAML/);
  });

  it('reports a missing title', () => {
    const error = contentError(() => parseArticle('---\nlang: en\n---\n\nText\n', file));
    expect(error).toMatchObject({ file, line: 2 });
    expect(error.message).toBe('front matter field "title" is required');
  });

  it('reports an unknown field', () => {
    const error = contentError(() => parseArticle('---\ntitle: x\nauthor: me\n---\n\nText\n', file));
    expect(error.file).toBe(file);
    expect(error.message).toBe('unknown front matter field "author"');
  });

  it('reports a bad published date on that field’s line', () => {
    const error = contentError(() => parseArticle('---\ntitle: x\nlang: en\npublished: 15/01/2024\n---\n\nText\n', file));
    expect(error).toMatchObject({ file, line: 4 });
    expect(error.message).toMatch(/"published" must be a date written YYYY-MM-DD/);
  });

  it('reports a non-http source URL on its line', () => {
    const error = contentError(() =>
      parseArticle('---\ntitle: x\nsource:\n  name: CiberCuba\n  url: ftp://example.com\n---\n\nText\n', file),
    );
    expect(error).toMatchObject({ file, line: 5 });
    expect(error.message).toMatch(/"source.url" must be an http\(s\) URL/);
  });

  it('reports front matter with no paragraphs after it', () => {
    for (const source of ['---\ntitle: x\n---\n', '---\ntitle: x\n---\n\n\n', '---\ntitle: x\n---\n\n***\n']) {
      const error = contentError(() => parseArticle(source, file));
      expect(error).toMatchObject({ file, line: 1 });
      expect(error.message).toMatch(/article has no paragraphs/);
    }
  });

  it('formats errors as file:line: message', () => {
    const error = contentError(() => parseArticle('---\ntitle: x\nlang: en\npublished: soon\n---\n\nText\n', file));
    expect(String(error)).toBe(`${file}:4: front matter field "published" must be a date written YYYY-MM-DD`);
  });
});

describe('parseArticle: line ends inside a block', () => {
  it('reads a paragraph written over several CRLF lines like the same paragraph in LF', () => {
    const lf = '---\ntitle: x\n---\n\nLine one\nline two\n';
    const parsed = parseArticle(lf.replaceAll('\n', '\r\n'), 'content/x.md');
    expect(parsed).toEqual(parseArticle(lf, 'content/x.md'));
    expect(parsed.blocks[0]?.text).toBe('Line one\nline two');
  });
});

describe('parseArticle: an escaped brace is text', () => {
  it('keeps a trailing \\{…} as text, not attributes', () => {
    const { blocks } = parseArticle('---\ntitle: x\n---\n\nEnds with \\{#not-an-id}\n', 'content/x.md');
    expect(blocks[0]).toMatchObject({ text: 'Ends with {#not-an-id}', attributes: {} });
  });
});

describe('parseArticle: GFM', () => {
  const table = '| Line | Service |\n| --- | --- |\n| Red line | Suspended |\n| Blue line | Every 20 min |';

  it('makes a table one block, on the line it starts, with every row and cell', () => {
    const { blocks } = parseArticle(article(`Before the table.\n\n${table}\n\nAfter it.\n`), file);
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 5],
      ['table', 7],
      ['paragraph', 12],
    ]);
    expect(blocks[1]?.flow.type === 'table' && blocks[1].flow.rows).toHaveLength(3);
    expect(blocks[1]?.text).toBe('Line\tService\nRed line\tSuspended\nBlue line\tEvery 20 min');
  });

  it('takes a table’s attributes from the line under it, leaving no row for them', () => {
    const { blocks } = parseArticle(article(`${table}\n{#strike-lines lang=en}\n`), file);
    expect(blocks[0]).toMatchObject({ kind: 'table', attributes: { id: 'strike-lines', lang: 'en' } });
    expect(blocks[0]?.flow.type === 'table' && blocks[0].flow.rows).toHaveLength(3);
    expect(blocks[0]?.text).not.toContain('{');
  });

  it('takes a table’s attributes from the end of its last cell too', () => {
    const { blocks } = parseArticle(article(`${table.replace('Every 20 min |', 'Every 20 min {#lines} |')}\n`), file);
    expect(blocks[0]).toMatchObject({ attributes: { id: 'lines' }, text: expect.stringMatching(/Every 20 min$/) });
    expect(blocks[0]?.flow.type === 'table' && blocks[0].flow.rows).toHaveLength(3);
  });

  it('links a bare URL in a paragraph and keeps the text as written', () => {
    const url = 'https://www.example.gov/transit/strike-updates';
    const { blocks } = parseArticle(article(`Updates: ${url} {#updates}\n`), file);
    expect(blocks[0]).toMatchObject({ text: `Updates: ${url}`, attributes: { id: 'updates' } });
    const children = blocks[0]?.flow.type === 'paragraph' ? blocks[0].flow.children : [];
    expect(children[1]).toEqual({ type: 'link', url, children: [{ type: 'text', value: url }] });
  });

  it('reports a footnote at its reference, naming the file and line', () => {
    const error = contentError(() => parseArticle(article('A first paragraph.\n\nA claim.[^1]\n\n[^1]: Its source.\n'), file));
    expect(error).toMatchObject({ file, line: 7 });
    expect(error.message).toMatch(/^footnotes are not supported/);
  });

  it('reports a footnote definition on its own too', () => {
    expect(contentError(() => parseArticle(article('Text.\n\n[^note]: A note.\n'), file))).toMatchObject({ line: 7 });
  });

  it('reports a task list at its first item with a checkbox', () => {
    const error = contentError(() => parseArticle(article('- plain item\n- [x] done\n- [ ] to do\n'), file));
    expect(error).toMatchObject({ file, line: 6 });
    expect(error.message).toMatch(/^task lists are not supported/);
  });

  it('keeps an escaped checkbox as text', () => {
    const { blocks } = parseArticle(article('- \\[ ] not a checkbox\n'), file);
    expect(blocks[0]?.text).toBe('[ ] not a checkbox');
  });
});
