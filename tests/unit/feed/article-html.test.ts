import { describe, expect, it } from 'vitest';
import type { Article, Block, Flow } from '@/lib/content/types';
import { articleHtml } from '@/lib/feed/article-html';

const block = (id: string, lang: Block['lang'], versions: Block['versions']): Block => ({
  id,
  kind: versions[lang]!.type,
  lang,
  confidence: 1,
  decidedBy: 'pinned',
  sourceHash: id,
  line: 1,
  versions,
});
const text = (value: string, more: object = {}) => ({ type: 'text' as const, value, ...more });
const paragraph = (...children: Extract<Flow, { type: 'paragraph' }>['children']): Flow => ({
  type: 'paragraph',
  children,
});

const article: Article = {
  slug: 'a',
  lang: 'en',
  title: { en: 'A' },
  blocks: [
    block('heading', 'en', {
      en: { type: 'heading', depth: 1, children: [text('A heading')] },
      es: { type: 'heading', depth: 1, children: [text('Un título')] },
    }),
    block('mixed', 'en', {
      en: paragraph(
        text('He said '),
        text('“no vamos”', { lang: 'es', sentence: 0 }),
        text(' and left.', { sentence: 0 }),
      ),
    }),
    block('inline', 'en', {
      en: paragraph(
        { type: 'emphasis', children: [text('soft')] },
        { type: 'strong', children: [text('loud')] },
        { type: 'delete', children: [text('gone')] },
        { type: 'inlineCode', value: 'a < b' },
        { type: 'break' },
        { type: 'link', url: 'mailto:desk@example.com', children: [text('write')] },
        { type: 'link', url: 'p/x', title: 'Below', children: [text('below')] },
      ),
    }),
    block('list', 'en', {
      en: {
        type: 'list',
        ordered: true,
        start: 3,
        items: [[paragraph(text('three'))], [{ type: 'quote', children: [paragraph(text('quoted'))] }]],
      },
    }),
    block('table', 'en', {
      en: {
        type: 'table',
        align: ['left', 'right'],
        rows: [
          [[text('Line')], [text('Since')]],
          [[text('Red')], [text('6 May')]],
        ],
      },
    }),
  ],
};

describe('articleHtml', () => {
  it('renders each block as the reading view in that language shows it, as plain HTML with absolute links', () => {
    const notice = (lang: string) => `Shown in ${lang}.`;
    expect(articleHtml(article, 'es', 'https://paralelo.example/es/articles/a', notice)).toBe(
      [
        '<h2>Un título</h2>',
        '<p><em>Shown in en.</em></p><p lang="en">He said <span lang="es">“no vamos”</span> and left.</p>',
        '<p><em>Shown in en.</em></p><p lang="en"><em>soft</em><strong>loud</strong><del>gone</del><code>a &lt; b</code><br>',
        '<a href="mailto:desk@example.com">write</a><a href="https://paralelo.example/es/articles/p/x" title="Below">below</a></p>',
        '<p><em>Shown in en.</em></p><ol start="3" lang="en"><li><p>three</p></li><li><blockquote><p>quoted</p></blockquote></li></ol>',
        '<p><em>Shown in en.</em></p><table lang="en"><thead><tr><th scope="col">Line</th><th scope="col">Since</th></tr></thead>',
        '<tbody><tr><td>Red</td><td>6 May</td></tr></tbody></table>',
      ].join(''),
    );
  });

  it('gives the original with no notice and no language mark in its own language', () => {
    const html = articleHtml(article, 'en', 'https://paralelo.example/en/articles/a', () => 'never');
    expect(html).not.toContain('never');
    expect(html).toMatch(/^<h2>A heading<\/h2><p>He said <span lang="es">/);
  });
});
