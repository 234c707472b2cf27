import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowView, InlineView } from '@/components/article/FlowView';
import { parseMarkdown } from '@/lib/content/build/parse/parse-article';
import { toFlow } from '@/lib/content/build/parse/mdast-to-flow';
import type { Flow, Inline } from '@/lib/content/types';

const render = (flow: Flow) => renderToStaticMarkup(<FlowView flow={flow} />);
const renderInline = (nodes: Inline[]) => renderToStaticMarkup(<InlineView nodes={nodes} />);
const text = (value: string): Inline => ({ type: 'text', value });
const paragraph = (...children: Inline[]): Flow => ({ type: 'paragraph', children });

/** Markdown through the content pipeline to HTML, as a reader would get it. */
function renderMarkdown(markdown: string): string {
  return parseMarkdown(markdown)
    .children.map((node) => toFlow(node))
    .map((flow) => (flow ? render(flow) : ''))
    .join('');
}

describe('FlowView: content never reaches the page as HTML', () => {
  it('escapes a <script> in text', () => {
    const html = render(paragraph(text('<script>alert(1)</script>')));
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes a <script> written in the Markdown source', () => {
    const html = renderMarkdown('Before <script>alert(1)</script> after\n\n<script>alert(2)</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('escapes HTML attributes in text', () => {
    const html = renderMarkdown('An <img src=x onerror="alert(1)"> here');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img');
  });

  it('escapes inline code', () => {
    expect(render(paragraph({ type: 'inlineCode', value: '<b>&</b>' }))).toBe(
      '<p><code>&lt;b&gt;&amp;&lt;/b&gt;</code></p>',
    );
  });

  it('renders a javascript: link from Markdown as plain text', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).toBe('<p>click</p>');
    expect(html).not.toContain('href');
  });
});

describe('FlowView: links', () => {
  it('renders links with rel="noopener noreferrer"', () => {
    const html = render(paragraph({ type: 'link', url: 'https://example.com/a?b=1&c=2', children: [text('source')] }));
    expect(html).toBe('<p><a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">source</a></p>');
  });

  it('renders a link’s title and formatted children', () => {
    const html = render(
      paragraph({
        type: 'link',
        url: '/es/articles/x',
        title: 'Leer "más"',
        children: [{ type: 'strong', children: [text('más')] }],
      }),
    );
    expect(html).toBe(
      '<p><a href="/es/articles/x" title="Leer &quot;más&quot;" rel="noopener noreferrer"><strong>más</strong></a></p>',
    );
  });

  it('renders every Markdown link with rel="noopener noreferrer"', () => {
    const html = renderMarkdown('[a](https://a.example) and [b](mailto:b@example.com)');
    expect(html.match(/<a /g)).toHaveLength(2);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(2);
  });
});

describe('FlowView: structure', () => {
  it('renders a depth-1 heading as h2, the article title being the page’s only h1', () => {
    expect(render({ type: 'heading', depth: 1, children: [text('Title')] })).toBe('<h2>Title</h2>');
  });

  it('renders deeper headings at their own depth', () => {
    expect(render({ type: 'heading', depth: 2, children: [text('Two')] })).toBe('<h2>Two</h2>');
    expect(render({ type: 'heading', depth: 3, children: [text('Three')] })).toBe('<h3>Three</h3>');
    expect(render({ type: 'heading', depth: 6, children: [text('Six')] })).toBe('<h6>Six</h6>');
  });

  it('renders no h1 from Markdown "#"', () => {
    expect(renderMarkdown('# Big')).toBe('<h2>Big</h2>');
  });

  it('keeps an ordered list’s start', () => {
    const html = render({
      type: 'list',
      ordered: true,
      start: 3,
      items: [[paragraph(text('three'))], [paragraph(text('four'))]],
    });
    expect(html).toBe('<ol start="3"><li><p>three</p></li><li><p>four</p></li></ol>');
  });

  it('keeps the start of an ordered list written in Markdown', () => {
    expect(renderMarkdown('7. seven\n8. eight')).toMatch(/^<ol start="7">/);
  });

  it('renders an ordered list starting at 1 without a start attribute', () => {
    expect(render({ type: 'list', ordered: true, items: [[paragraph(text('one'))]] })).toBe(
      '<ol><li><p>one</p></li></ol>',
    );
  });

  it('renders an unordered list as ul', () => {
    expect(render({ type: 'list', ordered: false, items: [[paragraph(text('a'))], [paragraph(text('b'))]] })).toBe(
      '<ul><li><p>a</p></li><li><p>b</p></li></ul>',
    );
  });

  it('renders a quote as a blockquote of its flows', () => {
    expect(render({ type: 'quote', children: [paragraph(text('one')), paragraph(text('two'))] })).toBe(
      '<blockquote><p>one</p><p>two</p></blockquote>',
    );
  });

  it('renders emphasis, strong, delete, code and breaks', () => {
    expect(
      renderInline([
        { type: 'emphasis', children: [text('em')] },
        { type: 'strong', children: [text('strong')] },
        { type: 'delete', children: [text('del')] },
        { type: 'inlineCode', value: 'code' },
        { type: 'break' },
        text('end'),
      ]),
    ).toBe('<em>em</em><strong>strong</strong><del>del</del><code>code</code><br/>end');
  });

  it('renders nested lists inside items', () => {
    expect(renderMarkdown('- outer\n  - inner')).toBe('<ul><li><p>outer</p><ul><li><p>inner</p></li></ul></li></ul>');
  });
});

describe('FlowView: GFM', () => {
  it('renders a bare URL as a link to itself, marked as showing its address', () => {
    const url = 'https://www.example.gov/transit/strike-updates';
    expect(renderMarkdown(`Updates at ${url}.`)).toBe(
      `<p>Updates at <a href="${url}" rel="noopener noreferrer" class="bare-url">${url}</a>.</p>`,
    );
  });

  it('marks a www. address and an e-mail address as showing their address too', () => {
    expect(renderMarkdown('See www.example.gov or write to prensa@example.gov')).toBe(
      '<p>See <a href="http://www.example.gov" rel="noopener noreferrer" class="bare-url">www.example.gov</a> or write to ' +
        '<a href="mailto:prensa@example.gov" rel="noopener noreferrer" class="bare-url">prensa@example.gov</a></p>',
    );
  });

  it('does not mark a link whose text is not its address', () => {
    expect(renderMarkdown('[the updates](https://www.example.gov/transit)')).not.toContain('class=');
  });

  it('renders a bare javascript: or data: URL as text, with no href', () => {
    const html = renderMarkdown('Try javascript:alert(1) or data:text/html,<b>x</b>');
    expect(html).not.toContain('href');
    expect(html).toBe('<p>Try javascript:alert(1) or data:text/html,&lt;b&gt;x&lt;/b&gt;</p>');
  });

  it('renders ~~strikethrough~~ as del', () => {
    expect(renderMarkdown('Fares rise ~~10%~~ 12%')).toBe('<p>Fares rise <del>10%</del> 12%</p>');
  });

  it('renders a table in a focusable scroll box, its header cells th scope="col", its alignment as data-align', () => {
    const html = renderMarkdown('| Line | Since |\n| :-- | --: |\n| Red *line* | 6 May |\n| Blue line | 7 May |');
    expect(html).toBe(
      '<div class="table-scroll" tabindex="0"><table>' +
        '<thead><tr><th scope="col" data-align="left">Line</th><th scope="col" data-align="right">Since</th></tr></thead>' +
        '<tbody><tr><td data-align="left">Red <em>line</em></td><td data-align="right">6 May</td></tr>' +
        '<tr><td data-align="left">Blue line</td><td data-align="right">7 May</td></tr></tbody>' +
        '</table></div>',
    );
  });

  it('renders a table without alignment with bare cells, and one of a header only with no tbody', () => {
    expect(renderMarkdown('| a | b |\n| - | - |')).toBe(
      '<div class="table-scroll" tabindex="0"><table><thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead></table></div>',
    );
  });

  it('escapes HTML in a cell', () => {
    const html = renderMarkdown('| a |\n| - |\n| <script>alert(1)</script> |');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
  });

  it('marks the sentences of a table inside an aligned quote, and lights the linked one', () => {
    const flow: Flow = {
      type: 'quote',
      children: [
        {
          type: 'table',
          rows: [[[{ type: 'text', value: 'Line', sentence: 0 }]], [[{ type: 'text', value: 'Red', sentence: 1 }]]],
        },
      ],
    };
    const html = renderToStaticMarkup(<FlowView flow={flow} lit={[1]} />);
    expect(html).toContain('<th scope="col"><span data-s="0">Line</span></th>');
    expect(html).toContain('<td><span data-s="1" data-hl="">Red</span></td>');
  });
});
