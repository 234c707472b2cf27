import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText } from '@/lib/content/article';
import { parseArticle } from '@/lib/content/build/parse/parse-article';
import { invalidSlugReason } from '@/lib/content/build/ids/slug';
import { plainTextToArticle } from '@/lib/content/authoring/plain-text-import';
import type { Inline } from '@/lib/content/types';

const seedFile = path.join('tests', 'fixtures', 'belarus-cuba-military-ties.txt');

/** A link GFM made of a bare URL: its text is its address. */
const isBareUrl = (node: Inline) => node.type === 'link' && node.url === inlineText(node.children);

/** The article `plainTextToArticle` makes of `text`, parsed back as the build reads it. */
function roundTrip(text: string, options: { title?: string; slug?: string; keepAll?: boolean } = {}) {
  const { slug, markdown, leftOut } = plainTextToArticle(text, options);
  const { frontMatter, blocks } = parseArticle(markdown, `content/${slug}.md`);
  return { slug, markdown, frontMatter, blocks, texts: blocks.map((b) => b.text), leftOut };
}

describe('plainTextToArticle: paragraphs', () => {
  it('takes every line as a paragraph when the text has no blank line', () => {
    expect(roundTrip('Title\nFirst paragraph.\nSecond paragraph.').texts).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('does not count the final line end, or blank lines around the text, as separators', () => {
    expect(roundTrip('\n\nTitle\nFirst.\nSecond.\n').texts).toEqual(['First.', 'Second.']);
    expect(roundTrip('Title\nFirst.\nSecond.\n\n\n').texts).toEqual(['First.', 'Second.']);
  });

  it('separates paragraphs by blank lines when there is one, joining the lines inside with a space', () => {
    const text = 'Title\n\nFirst line\nwraps here\n  and here.\n\nSecond.\n';
    expect(roundTrip(text).texts).toEqual(['First line wraps here and here.', 'Second.']);
  });

  it('treats a line of spaces or tabs as blank, and runs of blank lines as one separator', () => {
    const text = 'Title\n \t \nFirst\nstill first.\n\n\n\nSecond.';
    expect(roundTrip(text).texts).toEqual(['First still first.', 'Second.']);
  });

  it('accepts CRLF and lone CR line ends, leaving no carriage return in the text', () => {
    expect(roundTrip('Title\r\nFirst.\r\nSecond.\r\n').texts).toEqual(['First.', 'Second.']);
    expect(roundTrip('Title\r\n\r\nFirst\r\nwrapped.\r\n\r\nSecond.\r\n').texts).toEqual(['First wrapped.', 'Second.']);
    expect(roundTrip('Title\rFirst.\rSecond.').texts).toEqual(['First.', 'Second.']);
  });

  it('drops a leading BOM', () => {
    const { frontMatter, texts } = roundTrip('\uFEFFTitle\nFirst.');
    expect(frontMatter.title).toBe('Title');
    expect(texts).toEqual(['First.']);
  });

  it('trims each paragraph, so indentation never makes a code block', () => {
    const { blocks } = roundTrip('Title\n    four spaces\n\tone tab\n  \t mixed   \n');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'four spaces'],
      ['paragraph', 'one tab'],
      ['paragraph', 'mixed'],
    ]);
  });

  it('keeps spaces inside a paragraph as they are', () => {
    expect(roundTrip('Title\nTwo  spaces and\ta tab.').texts).toEqual(['Two  spaces and\ta tab.']);
  });

  it('writes the paragraphs after the front matter, one blank line apart, ending with a newline', () => {
    const { markdown } = plainTextToArticle('Title\nFirst.\nSecond.', {});
    expect(markdown.endsWith('---\n\nFirst.\n\nSecond.\n')).toBe(true);
  });

  it('refuses a text with no paragraphs', () => {
    expect(() => plainTextToArticle('', {})).toThrow(/the text is empty/);
    expect(() => plainTextToArticle(' \n\t\n\uFEFF', {})).toThrow(/the text is empty/);
    expect(() => plainTextToArticle('Only a title\n', {})).toThrow('the text has a title ("Only a title") but no paragraphs');
    expect(() => plainTextToArticle('\n\n', { title: 'A title' })).toThrow(/no paragraphs/);
  });
});

describe('plainTextToArticle: title', () => {
  it('takes the first paragraph as the title and leaves it out of the body', () => {
    const { frontMatter, texts } = roundTrip('The title line\nFirst.\nSecond.');
    expect(frontMatter).toEqual({ title: 'The title line' });
    expect(texts).toEqual(['First.', 'Second.']);
  });

  it('takes the first blank-line separated paragraph, joined, as the title', () => {
    expect(roundTrip('A title\non two lines\n\nFirst.').frontMatter.title).toBe('A title on two lines');
  });

  it('uses the given title, trimmed, and keeps the first paragraph in the body', () => {
    const { frontMatter, markdown, texts } = roundTrip('First.\nSecond.', { title: '  Given title ' });
    expect(frontMatter.title).toBe('Given title');
    expect(markdown.split('\n')[1]).toBe('title: "Given title"');
    expect(texts).toEqual(['First.', 'Second.']);
  });

  it('refuses an empty given title', () => {
    expect(() => plainTextToArticle('First.', { title: '  ' })).toThrow('the title must not be empty');
  });

  it.each([
    'Cuba: the visit, explained',
    'He said "no" and left',
    "Muraveiko's visit",
    'Issue #3 # of many',
    'C:\\path\\to',
    '- starts like a list',
    '[brackets] and {braces}',
    '* star',
    '&anchor *alias',
    '!tag | pipe > more',
    '% percent @ at ` backtick',
    'yes',
    'null',
    '2026-01-31',
    '1234',
    'Año nuevo, ¿vida nueva?',
    `A very long title that goes on and on ${'word '.repeat(30)}end`,
  ])('keeps the title %j as written in valid front matter', (title) => {
    const { frontMatter, markdown } = roundTrip('First.', { title, slug: 'a-slug' });
    expect(frontMatter.title).toBe(title);
    expect(markdown.split('\n')[1]).toBe(`title: ${JSON.stringify(title)}`);
  });

  it('writes commented-out placeholders that make valid front matter once filled in and uncommented', () => {
    const { markdown } = plainTextToArticle('Title\nFirst.', {});
    expect(markdown).toBe(
      [
        '---',
        'title: "Title"',
        '# Fill in what you know, then remove the # of each line:',
        '# lang: en            # the language most of the article was published in (detected if absent)',
        '# published: YYYY-MM-DD',
        '# source:',
        '#   name: The publisher',
        '#   url: https://…',
        '---',
        '',
        'First.',
        '',
      ].join('\n'),
    );

    const filled = markdown
      .replace('# lang: en', 'lang: es')
      .replace('# published: YYYY-MM-DD', 'published: 2026-01-31')
      .replace('# source:', 'source:')
      .replace('#   name: The publisher', '  name: CiberCuba')
      .replace('#   url: https://…', '  url: https://www.cibercuba.com/');
    expect(parseArticle(filled, 'content/title.md').frontMatter).toEqual({
      title: 'Title',
      lang: 'es',
      published: '2026-01-31',
      source: { name: 'CiberCuba', url: 'https://www.cibercuba.com/' },
    });
  });
});

describe('plainTextToArticle: slug', () => {
  it('is derived from the title: lowercase ASCII words joined by hyphens', () => {
    expect(plainTextToArticle('Belarus visits Cuba: what comes next?\nFirst.', {}).slug).toBe(
      'belarus-visits-cuba-what-comes-next',
    );
  });

  it('drops accents and apostrophes, as block IDs do', () => {
    expect(plainTextToArticle('La visita del jefe a Moscú, año 2025\nFirst.', {}).slug).toBe('la-visita-del-jefe-a-moscu-ano-2025');
    expect(plainTextToArticle("Muraveiko's visit, Belarus’s chief\nFirst.", {}).slug).toBe('muraveikos-visit-belaruss-chief');
  });

  it('derives from the given title, not the first paragraph', () => {
    expect(plainTextToArticle('First paragraph.', { title: 'Given title' }).slug).toBe('given-title');
  });

  it('stays within 60 characters, cut at a word boundary', () => {
    const { slug } = plainTextToArticle(readFileSync(seedFile, 'utf8'), {});
    expect(slug).toBe('the-chief-of-the-general-staff-of-the-armed-forces-of');
    // The next word would take it past 60 characters.
    expect(`${slug}-belarus`.length).toBeGreaterThan(60);
  });

  it('keeps a word that reaches exactly 60 characters', () => {
    const title = `${'a'.repeat(29)} ${'b'.repeat(30)} c`;
    expect(plainTextToArticle('First.', { title }).slug).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}`);
  });

  it('cuts a single overlong first word to 60 characters', () => {
    expect(plainTextToArticle('First.', { title: `${'x'.repeat(70)} tail` }).slug).toBe('x'.repeat(60));
  });

  it('asks for a slug when the title has no ASCII letters or digits', () => {
    expect(() => plainTextToArticle('Привет, мир\nFirst.', {})).toThrow(
      'no slug can be made from the title "Привет, мир": give one with --slug',
    );
    expect(plainTextToArticle('Привет, мир\nFirst.', { slug: 'privet-mir' }).slug).toBe('privet-mir');
  });

  it('uses a given slug as written', () => {
    expect(plainTextToArticle('Title\nFirst.', { slug: 'my-slug-2' }).slug).toBe('my-slug-2');
  });

  it.each(['Bad Slug', 'UPPER', 'a--b', '-a', 'a-', 'año', 'a_b', 'a/b', ''])('refuses the slug %j', (slug) => {
    expect(() => plainTextToArticle('Title\nFirst.', { slug })).toThrow(
      `slug "${slug}" may only hold lowercase ASCII letters, digits and single hyphens (like belarus-cuba-visit)`,
    );
  });
});

describe('invalidSlugReason', () => {
  it('accepts lowercase ASCII letters and digits in words joined by single hyphens', () => {
    for (const slug of ['a', '2026', 'belarus-cuba-military-ties', 'x1-y2-z3']) expect(invalidSlugReason(slug)).toBeUndefined();
  });

  it('explains what a slug may hold', () => {
    expect(invalidSlugReason('Bad Slug')).toBe(
      'slug "Bad Slug" may only hold lowercase ASCII letters, digits and single hyphens (like belarus-cuba-visit)',
    );
  });
});

describe('plainTextToArticle: paragraphs read exactly as written', () => {
  const nasty = [
    '# not a heading',
    '###### nor this',
    '#hashtag',
    '1. not a list',
    '1) not a list either',
    '2024. A year to remember',
    '- dash',
    '+ plus',
    '* star',
    '> quote',
    '>> nested quote',
    '= equals',
    '===',
    '---',
    '- - -',
    '***',
    '___',
    '~~~ tilde fence',
    '``` backtick fence',
    '    indented code',
    '*stars* and _underscores_',
    '**bold** and __bold__',
    'snake_case_name and 2 * 3 * 4',
    'a <script>alert(1)</script>',
    '<div>a block of HTML</div>',
    '<!-- a comment -->',
    '<https://example.com> autolink',
    '[link](javascript:alert(1))',
    '[link](https://example.com)',
    '[ref]: https://example.com',
    '![image](https://example.com/x.png)',
    'ends with {#id}',
    'ends with {lang=es}',
    'ends with {#id lang=es alias=old}',
    'ends with {lang=fr}',
    'ends with {bad=a=b}',
    'ends with {#two words}',
    'ends with {see page=3}',
    '{#only-attributes}',
    'braces {#in} the middle stay',
    'ends with {plain words}',
    'back\\slash',
    'trailing backslash \\',
    '\\# escaped in the input',
    '`code`',
    '``double`` ticks',
    '~~not struck~~ and ~nor this~',
    '[ ] not a checkbox and [^1] no footnote',
    '50 % off | pipes | here',
    'AT&T, &amp; &#169; &#x41; &copy; stay as typed',
    '&AMP; &Eacute; &#X41; in capitals',
    'Ends with two spaces  ',
    'Quote “curly” and ‘single’ — dash…',
    'Año: ¿qué pasó? ¡Nada!',
  ];

  it.each(nasty)('%j', (paragraph) => {
    const { blocks } = roundTrip(`Title\n${paragraph}`);
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block?.text).toBe(paragraph.trim());
    expect(block?.kind).toBe('paragraph');
    expect(block?.attributes).toEqual({});
    // Plain text only: nothing became emphasis, code or HTML, and a link only where GFM finds a bare URL.
    const children = block?.flow.type === 'paragraph' ? block.flow.children : [];
    expect(children.every((node) => node.type === 'text' || isBareUrl(node))).toBe(true);
  });

  it('leaves a bare URL or e-mail address to become a link to itself, as GFM makes it', () => {
    const { blocks } = roundTrip('Title\nUpdates at https://www.example.gov/transit/strike-updates or press@example.gov.');
    expect(blocks[0]?.flow).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Updates at ' },
        {
          type: 'link',
          url: 'https://www.example.gov/transit/strike-updates',
          children: [{ type: 'text', value: 'https://www.example.gov/transit/strike-updates' }],
        },
        { type: 'text', value: ' or ' },
        { type: 'link', url: 'mailto:press@example.gov', children: [{ type: 'text', value: 'press@example.gov' }] },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('keeps them all apart, in order, in one article', () => {
    expect(roundTrip(['Title', ...nasty].join('\n')).texts).toEqual(nasty.map((p) => p.trim()));
    expect(roundTrip(['Title', ...nasty].join('\n\n')).texts).toEqual(nasty.map((p) => p.trim()));
  });

  it('keeps a title that looks like Markdown out of the body, as plain front matter', () => {
    const { frontMatter, texts } = roundTrip('# Heading-looking title: {#id}\nFirst.');
    expect(frontMatter.title).toBe('# Heading-looking title: {#id}');
    expect(texts).toEqual(['First.']);
  });

  it('also escapes what only other Markdown dialects or multi-line paragraphs would read', () => {
    // Pipes make GFM tables and `=` under a line a heading; either bracket alone would stop a link.
    const { markdown } = plainTextToArticle('Title\n= a | b [c] d', {});
    expect(markdown).toContain('\n\n\\= a \\| b \\[c\\] d\n');
  });

  it('escapes only what Markdown would read, leaving ordinary prose untouched', () => {
    const { markdown } = plainTextToArticle("Title\nMuraveiko's visit, as reported by reform.news (2024): 300 km!", {});
    expect(markdown).toContain("\n\nMuraveiko's visit, as reported by reform.news (2024): 300 km!\n");
  });
});

describe('plainTextToArticle: page residue', () => {
  const pasted = [
    'Havana goes dark for a third day',
    '',
    'By Jane Doe',
    'Updated 3:45 p.m. ET',
    '',
    'Advertisement',
    '',
    'The grid failed again on Tuesday night, leaving most of the island without power.',
    '',
    'Read more about the strike in our coverage.',
    '',
    'Lee también:',
    '',
    'Por la tarde, la luz volvió a algunos barrios de La Habana.',
    '',
    'Photo: Jane Doe/Reuters',
    '',
    'Filed under: Cuba, Energy',
  ].join('\n');

  it('leaves out every paragraph of residue, naming each line, its number and its kind', () => {
    const { texts, leftOut, frontMatter } = roundTrip(pasted);
    expect(frontMatter.title).toBe('Havana goes dark for a third day');
    expect(texts).toEqual([
      'The grid failed again on Tuesday night, leaving most of the island without power.',
      'Read more about the strike in our coverage.',
      'Por la tarde, la luz volvió a algunos barrios de La Habana.',
    ]);
    expect(leftOut).toEqual([
      { line: 3, text: 'By Jane Doe', kind: 'byline' },
      { line: 4, text: 'Updated 3:45 p.m. ET', kind: 'timestamp' },
      { line: 6, text: 'Advertisement', kind: 'advertisement label' },
      { line: 12, text: 'Lee también:', kind: 'link label' },
      { line: 16, text: 'Photo: Jane Doe/Reuters', kind: 'photo caption or credit' },
      { line: 18, text: 'Filed under: Cuba, Energy', kind: 'topic label' },
    ]);
  });

  it('keeps every paragraph with keepAll, leaving nothing out', () => {
    const { texts, leftOut } = roundTrip(pasted, { keepAll: true });
    expect(texts).toHaveLength(8);
    expect(texts[0]).toBe('By Jane Doe Updated 3:45 p.m. ET');
    expect(texts.at(-1)).toBe('Filed under: Cuba, Energy');
    expect(leftOut).toEqual([]);
  });

  it('counts line numbers in the text as given: blank lines before it, CRLF, a BOM', () => {
    const { leftOut } = roundTrip('\uFEFF\r\n\r\nTitle\r\nFirst.\r\nPublicidad\r\nSecond.\r\n');
    expect(leftOut).toEqual([{ line: 5, text: 'Publicidad', kind: 'advertisement label' }]);
  });

  it('keeps a paragraph where only some lines are residue', () => {
    const { texts, leftOut } = roundTrip('Title\n\nBy Jane Doe\nThe grid failed again.\n');
    expect(texts).toEqual(['By Jane Doe The grid failed again.']);
    expect(leftOut).toEqual([]);
  });

  it('takes the title after the residue before it', () => {
    const { frontMatter, texts, leftOut } = roundTrip('Skip advertisement\nHavana goes dark\nThe grid failed.');
    expect(frontMatter.title).toBe('Havana goes dark');
    expect(texts).toEqual(['The grid failed.']);
    expect(leftOut).toEqual([{ line: 1, text: 'Skip advertisement', kind: 'advertisement label' }]);
  });

  it('never judges a given title, and leaves residue out of the body under it', () => {
    const { frontMatter, texts } = roundTrip('Advertisement\nThe grid failed.', { title: 'Related' });
    expect(frontMatter.title).toBe('Related');
    expect(texts).toEqual(['The grid failed.']);
  });

  it('says so when nothing but residue is left', () => {
    expect(() => plainTextToArticle('Title\nAdvertisement\nRead more', {})).toThrow(
      'the text has a title ("Title") but no paragraphs besides page residue (--keep-all keeps it)',
    );
    expect(() => plainTextToArticle('Advertisement\n\nFiled under:', {})).toThrow(
      'the text is empty besides page residue (--keep-all keeps it): an article needs a title and at least one paragraph',
    );
    expect(plainTextToArticle('Title\nAdvertisement', { keepAll: true }).leftOut).toEqual([]);
  });
});

describe('plainTextToArticle on the seed article', () => {
  const text = readFileSync(seedFile, 'utf8');
  const lines = text.trimEnd().split('\n');

  it('makes the first line the title and the next 20 lines its paragraphs, leaving out the "Filed under:" residue', () => {
    const { frontMatter, blocks, texts, leftOut } = roundTrip(text);
    expect(lines).toHaveLength(22);
    expect(frontMatter).toEqual({ title: lines[0] });
    expect(blocks).toHaveLength(20);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(texts).toEqual(lines.slice(1, -1));
    expect(leftOut).toEqual([{ line: 22, text: 'Filed under:', kind: 'topic label' }]);
  });

  it('keeps all 21 lines after the title with keepAll', () => {
    expect(roundTrip(text, { keepAll: true }).texts).toEqual(lines.slice(1));
  });

  it('keeps all 21 lines of text as paragraphs when given a title', () => {
    const { frontMatter, texts } = roundTrip(text, { title: 'Belarus and Cuba', slug: 'belarus-cuba' });
    expect(frontMatter.title).toBe('Belarus and Cuba');
    expect(texts).toEqual(lines.slice(0, -1));
  });

  it('reads the same with CRLF line ends and a BOM', () => {
    expect(roundTrip(`\uFEFF${text.replace(/\n/g, '\r\n')}`).texts).toEqual(lines.slice(1, -1));
  });
});
