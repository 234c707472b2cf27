import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { flowText, inlineText } from '@/lib/content/article';
import { isSafeUrl, toFlow } from '@/lib/content/build/parse/mdast-to-flow';
import { parseMarkdown } from '@/lib/content/build/parse/parse-article';
import type { Flow, Inline } from '@/lib/content/types';

/** The flow of the first top-level node of `markdown`. */
function flowOf(markdown: string): Flow | undefined {
  const [node] = parseMarkdown(markdown).children;
  return node ? toFlow(node) : undefined;
}

/** The inline children of a one-paragraph document. */
function inlineOf(markdown: string): Inline[] {
  const flow = flowOf(markdown);
  if (flow?.type !== 'paragraph') throw new Error(`expected a paragraph, got ${flow?.type}`);
  return flow.children;
}

function links(nodes: readonly Inline[]): Extract<Inline, { type: 'link' }>[] {
  return nodes.flatMap((node) => {
    if (node.type === 'link') return [node, ...links(node.children)];
    return 'children' in node ? links(node.children) : [];
  });
}

describe('inline Markdown that survives', () => {
  it('keeps emphasis, strong and strikethrough-free text', () => {
    expect(inlineOf('Plain *soft* and **strong** text')).toEqual([
      { type: 'text', value: 'Plain ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'soft' }] },
      { type: 'text', value: ' and ' },
      { type: 'strong', children: [{ type: 'text', value: 'strong' }] },
      { type: 'text', value: ' text' },
    ]);
  });

  it('keeps nested emphasis inside strong', () => {
    expect(inlineOf('**very *much* so**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', value: 'very ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'much' }] },
          { type: 'text', value: ' so' },
        ],
      },
    ]);
  });

  it('keeps inline code as code, not as Markdown', () => {
    expect(inlineOf('Run `npm run *content*` now')).toEqual([
      { type: 'text', value: 'Run ' },
      { type: 'inlineCode', value: 'npm run *content*' },
      { type: 'text', value: ' now' },
    ]);
  });

  it('keeps hard line breaks', () => {
    expect(inlineOf('one  \ntwo')).toEqual([
      { type: 'text', value: 'one' },
      { type: 'break' },
      { type: 'text', value: 'two' },
    ]);
  });

  it('keeps a link with its title and formatted children', () => {
    expect(inlineOf('See [the *report*](https://reform.news/a "Reform") here')).toEqual([
      { type: 'text', value: 'See ' },
      {
        type: 'link',
        url: 'https://reform.news/a',
        title: 'Reform',
        children: [
          { type: 'text', value: 'the ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'report' }] },
        ],
      },
      { type: 'text', value: ' here' },
    ]);
  });

  it('leaves out the title of a link without one', () => {
    const [link] = links(inlineOf('[x](https://example.com)'));
    expect(link).toEqual({ type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'x' }] });
    expect(link).not.toHaveProperty('title');
  });

  it('keeps the alt text of an image, not the image', () => {
    expect(inlineOf('A ![map of Cuba](https://example.com/map.png) here')).toEqual([
      { type: 'text', value: 'A ' },
      { type: 'text', value: 'map of Cuba' },
      { type: 'text', value: ' here' },
    ]);
    expect(inlineText(inlineOf('![](https://example.com/x.png)'))).toBe('');
  });

  it('keeps the text of a reference link whose definition is missing', () => {
    expect(inlineText(inlineOf('See [the report][nowhere].'))).toBe('See [the report][nowhere].');
  });
});

describe('raw HTML becomes literal text', () => {
  it('turns an inline <script> into text', () => {
    const nodes = inlineOf('Before <script>alert(1)</script> after');
    expect(nodes.every((n) => n.type === 'text')).toBe(true);
    expect(inlineText(nodes)).toBe('Before <script>alert(1)</script> after');
  });

  it('turns a block of HTML into a paragraph of text', () => {
    expect(flowOf('<script>alert(1)</script>')).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: '<script>alert(1)</script>' }],
    });
  });

  it('turns inline tags and their attributes into text', () => {
    const text = inlineText(inlineOf('An <img src=x onerror="alert(1)"> and <b>bold</b>'));
    expect(text).toBe('An <img src=x onerror="alert(1)"> and <b>bold</b>');
  });

  it('turns a fenced code block into a paragraph of its text', () => {
    expect(flowOf('```js\nalert(1)\n```')).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: 'alert(1)' }],
    });
  });
});

describe('unsafe links are not links', () => {
  it.each([
    ['javascript:', '[click me](javascript:alert(1))'],
    ['JavaScript: in mixed case', '[click me](JavaScript:alert(1))'],
    ['javascript: in angle brackets', '[click me](<javascript:alert(1)>)'],
    ['data:', '[click me](data:text/html;base64,PHNjcmlwdD4=)'],
    ['vbscript:', '[click me](vbscript:msgbox)'],
    ['file:', '[click me](file:///etc/passwd)'],
    ['protocol-relative', '[click me](//evil.example)'],
  ])('drops a %s link but keeps its text', (_, markdown) => {
    const nodes = inlineOf(`Go ${markdown} now`);
    expect(links(nodes)).toEqual([]);
    expect(inlineText(nodes)).toBe('Go click me now');
  });

  it('keeps the formatting of an unsafe link’s children', () => {
    expect(inlineOf('[**bold**](javascript:void(0))')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
    ]);
  });
});

describe('safe links stay links', () => {
  it.each([
    ['http', 'http://example.com/a'],
    ['https', 'https://www.cibercuba.com/noticias'],
    ['HTTPS in uppercase', 'HTTPS://EXAMPLE.COM'],
    ['mailto', 'mailto:editor@example.com'],
    ['site-relative', '/es/articles/belarus-cuba-military-ties'],
    ['fragment', '#la-visita-del-jefe-del-estado'],
  ])('keeps a %s link', (_, url) => {
    const found = links(inlineOf(`[here](${url})`));
    expect(found).toHaveLength(1);
    expect(found[0]?.url).toBe(url);
  });

  it('trims spaces around a URL', () => {
    expect(links(inlineOf('[x](<  https://example.com  >)'))[0]?.url).toBe('https://example.com');
  });
});

describe('isSafeUrl', () => {
  it('accepts http(s), mailto, site-relative and fragment URLs', () => {
    for (const url of ['http://a.b', 'https://a.b', 'mailto:a@b.c', '/path', '#frag', '  https://a.b  ']) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('rejects script, data, protocol-relative and other schemes', () => {
    for (const url of ['javascript:alert(1)', ' javascript:x', 'data:text/html,x', '//evil.example', 'ftp://a.b', 'tel:123']) {
      expect(isSafeUrl(url), url).toBe(false);
    }
  });
});

describe('block structure', () => {
  it('turns a heading into a heading of the same depth', () => {
    expect(flowOf('### Small *title*')).toEqual({
      type: 'heading',
      depth: 3,
      children: [
        { type: 'text', value: 'Small ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'title' }] },
      ],
    });
  });

  it('turns a blockquote into a quote of flows', () => {
    expect(flowOf('> First\n>\n> Second')).toEqual({
      type: 'quote',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'First' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'Second' }] },
      ],
    });
  });

  it('turns a bullet list into an unordered list with one flow array per item', () => {
    expect(flowOf('- one\n- two')).toEqual({
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }],
        [{ type: 'paragraph', children: [{ type: 'text', value: 'two' }] }],
      ],
    });
  });

  it('keeps an ordered list’s start number, leaving out the default 1', () => {
    expect(flowOf('3. three\n4. four')).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(flowOf('1. one\n2. two')).toEqual({
      type: 'list',
      ordered: true,
      items: [
        [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }],
        [{ type: 'paragraph', children: [{ type: 'text', value: 'two' }] }],
      ],
    });
    expect(flowOf('0. zero')).toMatchObject({ ordered: true, start: 0 });
  });

  it('keeps nested lists inside items', () => {
    const flow = flowOf('- outer\n  - inner');
    expect(flow).toMatchObject({
      type: 'list',
      items: [[{ type: 'paragraph' }, { type: 'list', ordered: false }]],
    });
  });

  it('gives no flow for nodes without reader text', () => {
    expect(flowOf('***')).toBeUndefined();
    expect(flowOf('[ref]: https://example.com')).toBeUndefined();
    const yaml: RootContent = { type: 'yaml', value: 'title: x' };
    expect(toFlow(yaml)).toBeUndefined();
  });
});

describe('flowText: the text a reader would read aloud', () => {
  it('joins inline text, dropping the markup', () => {
    expect(flowText(flowOf('A *b* **c** `d` [e](https://x.y) ![f](g.png)')!)).toBe('A b c d e f');
  });

  it('turns a hard break into a newline', () => {
    expect(flowText(flowOf('one  \ntwo')!)).toBe('one\ntwo');
  });

  it('joins a quote’s paragraphs and a list’s items with newlines', () => {
    expect(flowText(flowOf('> First\n>\n> Second')!)).toBe('First\nSecond');
    expect(flowText(flowOf('- one\n- two\n  - two b')!)).toBe('one\ntwo\ntwo b');
  });

  it('reads a heading’s text', () => {
    expect(flowText(flowOf('## Triangular cooperation')!)).toBe('Triangular cooperation');
  });
});

describe('isSafeUrl: tricks browsers fall for', () => {
  it.each(['/\\evil.example', '\\\\evil.example', 'java\tscript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:x'])(
    'rejects %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );

  it.each(['./other', '../other', 'other-article', '?view=original', 'HTTPS://example.com'])('accepts relative or safe %j', (url) =>
    expect(isSafeUrl(url)).toBe(true),
  );
});

describe('GFM autolinks: bare URLs and e-mail addresses become links', () => {
  it('links a bare https URL, its text the URL as written', () => {
    const url = 'https://www.example.gov/transit/strike-updates';
    expect(inlineOf(`Check ${url} before you travel.`)).toEqual([
      { type: 'text', value: 'Check ' },
      { type: 'link', url, children: [{ type: 'text', value: url }] },
      { type: 'text', value: ' before you travel.' },
    ]);
  });

  it('links a www. address over http, keeping its text as written', () => {
    expect(links(inlineOf('See www.example.gov/transit for more.'))).toEqual([
      { type: 'link', url: 'http://www.example.gov/transit', children: [{ type: 'text', value: 'www.example.gov/transit' }] },
    ]);
  });

  it('links an e-mail address with mailto:', () => {
    expect(links(inlineOf('Write to prensa@example.gov.'))).toEqual([
      { type: 'link', url: 'mailto:prensa@example.gov', children: [{ type: 'text', value: 'prensa@example.gov' }] },
    ]);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
  ])('leaves a bare %s URL as text', (_, url) => {
    const nodes = inlineOf(`Never ${url} here`);
    expect(links(nodes)).toEqual([]);
    expect(inlineText(nodes)).toBe(`Never ${url} here`);
  });

  it('keeps only the safe part of an xmpp: address as a link, to mailto:', () => {
    const nodes = inlineOf('Chat at xmpp:desk@example.gov');
    expect(links(nodes).map((l) => l.url)).toEqual(['mailto:desk@example.gov']);
    expect(inlineText(nodes)).toBe('Chat at xmpp:desk@example.gov');
  });
});

describe('GFM strikethrough', () => {
  it('turns ~~text~~ into a delete node, keeping what is inside', () => {
    expect(inlineOf('Fares rise ~~10%~~ **12%** in May')).toEqual([
      { type: 'text', value: 'Fares rise ' },
      { type: 'delete', children: [{ type: 'text', value: '10%' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: '12%' }] },
      { type: 'text', value: ' in May' },
    ]);
  });

  it('reads a struck-out text aloud as its words', () => {
    expect(flowText(flowOf('It was ~~Monday~~ Tuesday.')!)).toBe('It was Monday Tuesday.');
  });
});

describe('GFM tables', () => {
  const table = [
    '| Line | Service | Since |',
    '| :--- | :-----: | ----: |',
    '| Red line | *Suspended* | 6 May |',
    '| Blue line | Every [20 min](https://www.example.gov/blue) |',
    '| Airport bus | Normal | — | extra |',
  ].join('\n');

  it('turns a table into one flow of rows of cells, the header first, with its alignment', () => {
    expect(flowOf(table)).toEqual({
      type: 'table',
      align: ['left', 'center', 'right'],
      rows: [
        [[{ type: 'text', value: 'Line' }], [{ type: 'text', value: 'Service' }], [{ type: 'text', value: 'Since' }]],
        [
          [{ type: 'text', value: 'Red line' }],
          [{ type: 'emphasis', children: [{ type: 'text', value: 'Suspended' }] }],
          [{ type: 'text', value: '6 May' }],
        ],
        [
          [{ type: 'text', value: 'Blue line' }],
          [
            { type: 'text', value: 'Every ' },
            { type: 'link', url: 'https://www.example.gov/blue', children: [{ type: 'text', value: '20 min' }] },
          ],
          [],
        ],
        [[{ type: 'text', value: 'Airport bus' }], [{ type: 'text', value: 'Normal' }], [{ type: 'text', value: '—' }]],
      ],
    });
  });

  it('pads a short row and drops the cells past the header’s, as GFM shows them', () => {
    const flow = flowOf(table);
    expect(flow?.type === 'table' && flow.rows.map((row) => row.length)).toEqual([3, 3, 3, 3]);
  });

  it('leaves out the alignment of a table that sets none', () => {
    expect(flowOf('| a | b |\n| - | - |\n| 1 | 2 |')).not.toHaveProperty('align');
  });

  it('reads a table as a browser copies it: cells apart by tabs, rows by line ends', () => {
    expect(flowText(flowOf(table)!)).toBe('Line\tService\tSince\nRed line\tSuspended\t6 May\nBlue line\tEvery 20 min\t\nAirport bus\tNormal\t—');
  });

  it('keeps an unsafe link in a cell as text', () => {
    const flow = flowOf('| a |\n| - |\n| [x](javascript:alert(1)) javascript:alert(2) |');
    expect(flow).toEqual({
      type: 'table',
      rows: [[[{ type: 'text', value: 'a' }]], [[{ type: 'text', value: 'x' }, { type: 'text', value: ' javascript:alert(2)' }]]],
    });
  });

  it('is no table without its delimiter row', () => {
    expect(flowOf('| a | b |\n| 1 | 2 |')).toMatchObject({ type: 'paragraph' });
  });
});
