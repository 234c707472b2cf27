import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowToInline, translationToInline } from '@/lib/content/authoring/xliff/flow-to-inline';
import { piecesText, type InlineContent, type Piece } from '@/lib/content/authoring/xliff/inline-codes';
import { inlineToMarkdown } from '@/lib/content/authoring/xliff/inline-to-markdown';
import { translationFlow } from '@/lib/content/build/join/translation-flow';
import { parseArticle } from '@/lib/content/build/parse/parse-article';
import type { Flow } from '@/lib/content/types';
import { repo } from '@/tests/unit/support';

// A block's Markdown through XLIFF inline codes and back: what a translator's tool would hand
// back if it changed nothing must read as the same block.

/** An article with every inline and block construct the site shows. */
const everything = `---
title: Everything
---

A *b* and **strong _nested_** ~~struck~~ [link *x*](https://a.example/c?d=1 "T \\"q\\"") \`co\`\`de\` and 5 * 3 <b>html</b> &amp; # sign.

- one [a](<https://x.example/a b>)
- two
  - nested *em*
- three\\
  broken

3. third
4. fourth

> quoted *x*
>
> - in a list

> > nested quote

## Heading with [a link](http://h.example)

| A | B *c* |
| :-- | --: |
| 1 | \\| pipe |
| x | \`y\` |

Bare https://www.example.gov/x and press@example.gov end.
`;

const articles = {
  everything,
  seed: readFileSync(path.join(repo, 'content', 'belarus-cuba-military-ties.md'), 'utf8'),
  fixture: readFileSync(path.join(repo, 'tests', 'fixtures', 'english-reporting-quoting-spanish.md'), 'utf8'),
};

/** A flow without what the build adds (sentence marks, language runs), adjacent text merged. */
function plain(flow: Flow): unknown {
  return JSON.parse(JSON.stringify(flow), (key, value: unknown) => {
    if (key === 'lang' || key === 'sentence') return undefined;
    if (!Array.isArray(value)) return value;
    const merged: unknown[] = [];
    for (const node of value as { type?: string; value?: string }[]) {
      const last = merged.at(-1) as typeof node | undefined;
      if (node?.type === 'text' && last?.type === 'text') last.value += node.value!;
      else merged.push(node);
    }
    return merged;
  });
}

const codeMap = (content: InlineContent) => new Map(content.codes.map((code) => [code.id, code]));
const toMarkdown = (content: InlineContent) => inlineToMarkdown(content.pieces, codeMap(content));

describe('inline codes: a block to XLIFF and back', () => {
  for (const [name, source] of Object.entries(articles)) {
    it(`gives back every block of the ${name} article as the same block`, () => {
      for (const { flow } of parseArticle(source, `${name}.md`).blocks) {
        const markdown = toMarkdown(flowToInline(flow));
        expect(plain(translationFlow(markdown, flow))).toEqual(plain(flow));
      }
    });
  }

  it('writes links, emphasis and code as codes around the text, and their Markdown comes back as written', () => {
    const [block] = parseArticle('---\ntitle: t\n---\n\nRead *the* [report](https://example.com/r) and run `npm test`.\n', 'a.md').blocks;
    const content = flowToInline(block!.flow);
    expect(content.pieces).toEqual(['Read ', { pc: '1', children: ['the'] }, ' ', { pc: '2', children: ['report'] }, ' and run ', { ph: '3' }, '.']);
    expect(content.codes).toEqual([
      { id: '1', kind: 'emphasis', start: '*', end: '*' },
      { id: '2', kind: 'link', start: '[', end: '](https://example.com/r)', equiv: 'https://example.com/r' },
      { id: '3', kind: 'code', start: '`npm test`', equiv: 'npm test' },
    ]);
    // A translator moves the codes with the words.
    const target: Piece[] = ['Lee el ', { pc: '2', children: ['informe'] }, ' *ahora* y ejecuta ', { ph: '3' }, '.'];
    expect(inlineToMarkdown(target, codeMap(content))).toBe('Lee el [informe](https://example.com/r) \\*ahora\\* y ejecuta `npm test`.');
  });

  it('keeps what a translator types as text: HTML, Markdown characters, entities, block syntax', () => {
    const codes = new Map();
    const typed = '# <script>alert(1)</script> *no* [x](y) &copy; | `z`';
    const markdown = inlineToMarkdown([typed], codes);
    const flow = translationFlow(markdown, { type: 'paragraph', children: [] });
    expect(flow).toEqual({ type: 'paragraph', children: [{ type: 'text', value: typed }] });
  });

  it('moves the spaces at the edges of a span outside it, and drops an empty span and a break at the end', () => {
    const [block] = parseArticle('---\ntitle: t\n---\n\nSome **bold** words.\n', 'a.md').blocks;
    const content = flowToInline(block!.flow);
    const codes = new Map([...codeMap(content), ['9', { id: '9', kind: 'break' as const, start: '\\\n' }]]);
    expect(inlineToMarkdown(['Unas', { pc: '1', children: [' negritas '] }, 'palabras.', { pc: '1', children: [' '] }, { ph: '9' }], codes)).toBe('Unas **negritas** palabras.');
  });

  it("matches a translation's codes to the original's by their Markdown, and numbers the others after them", () => {
    const [block] = parseArticle('---\ntitle: t\n---\n\nSee [the map](https://example.com/map) and *more*.\n', 'a.md').blocks;
    const original = flowToInline(block!.flow);
    const translation = translationFlow('Más *detalles* en [el mapa](https://example.com/map) y [en español](https://example.com/es).', block!.flow);
    const { pieces, extra } = translationToInline(translation, original);
    expect(pieces).toEqual(['Más ', { pc: '2', children: ['detalles'] }, ' en ', { pc: '1', children: ['el mapa'] }, ' y ', { pc: '3', children: ['en español'] }, '.']);
    expect(extra).toEqual([{ id: '3', kind: 'link', start: '[', end: '](https://example.com/es)', equiv: 'https://example.com/es' }]);
    expect(piecesText(pieces)).toBe('Más detalles en el mapa y en español.');
  });

  it('writes a list, quote and table with their structure as placeholders between the texts', () => {
    const blocks = parseArticle(everything, 'a.md').blocks;
    const table = blocks.find((b) => b.kind === 'table')!;
    const content = flowToInline(table.flow);
    expect(content.codes.filter((c) => c.kind === 'structure').map((c) => c.start)).toEqual(['| ', ' | ', ' |\n| :-- | --: |\n| ', ' | ', ' |\n| ', ' | ', ' |']);
    expect(piecesText(content.pieces)).toContain('A');
  });
});
