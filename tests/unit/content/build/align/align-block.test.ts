import { describe, expect, it } from 'vitest';
import { flowText } from '@/lib/content/article';
import { alignBlock } from '@/lib/content/build/align/align-block';
import { markSentences } from '@/lib/content/build/align/mark-sentences';
import { sentenceSpans } from '@/lib/content/build/align/split-sentences';
import type { Flow, Inline } from '@/lib/content/types';

const paragraph = (...children: Inline[]): Flow => ({ type: 'paragraph', children });
const text = (value: string): Inline => ({ type: 'text', value });

/** Each sentence's text, gathered from the stamped pieces of a body. */
function sentencesOf(flow: Flow): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if ((node.type === 'text' || node.type === 'inlineCode') && node.sentence !== undefined) {
        out[node.sentence] = (out[node.sentence] ?? '') + node.value;
      } else if ('children' in node) walk(node.children);
    }
  };
  const visit = (body: Flow) => {
    if (body.type === 'paragraph' || body.type === 'heading') walk(body.children);
    else if (body.type === 'quote') body.children.forEach(visit);
    else if (body.type === 'list') body.items.flat().forEach(visit);
    else body.rows.flat().forEach(walk);
  };
  visit(flow);
  return out;
}

describe('markSentences', () => {
  it('splits a text node where a sentence starts and leaves the space between unstamped', () => {
    const flow = paragraph(text('It rained. Then it stopped.'));
    const marked = markSentences(flow, sentenceSpans(flowText(flow), 'en'));
    expect(marked).toEqual(
      paragraph(
        { type: 'text', value: 'It rained.', sentence: 0 },
        { type: 'text', value: ' ' },
        { type: 'text', value: 'Then it stopped.', sentence: 1 },
      ),
    );
  });

  it('stamps a sentence that runs through emphasis, a link and code in every piece', () => {
    const flow = paragraph(
      text('The '),
      { type: 'emphasis', children: [text('Sr. Pérez said so. He')] },
      text(' ran '),
      { type: 'link', url: 'https://example.org', children: [text('the code')] },
      { type: 'inlineCode', value: 'x = 1' },
      text('. Done.'),
    );
    const marked = markSentences(flow, sentenceSpans(flowText(flow), 'en'));
    expect(sentencesOf(marked)).toEqual(['The Sr. Pérez said so.', 'He ran the codex = 1.', 'Done.']);
    expect(flowText(marked)).toBe(flowText(flow));
  });

  it('follows the offsets of quotes and lists, item by item', () => {
    const flow: Flow = {
      type: 'list',
      ordered: false,
      items: [[paragraph(text('First item.'))], [paragraph(text('Second one. Third.'))]],
    };
    const marked = markSentences(flow, sentenceSpans(flowText(flow), 'en'));
    expect(sentencesOf(marked)).toEqual(['First item.', 'Second one.', 'Third.']);
  });

  it('follows the offsets of a table inside a quote, cell by cell and row by row', () => {
    const flow: Flow = {
      type: 'quote',
      children: [
        paragraph(text('Before the table.')),
        { type: 'table', rows: [[[text('Port.')], [text('Said.')]], [[text('Cienfuegos.')], [text('No fuel. None.')]]] },
      ],
    };
    const marked = markSentences(flow, sentenceSpans(flowText(flow), 'en'));
    expect(flowText(marked)).toBe(flowText(flow));
    expect(sentencesOf(marked)).toEqual(['Before the table.', 'Port.', 'Said.', 'Cienfuegos.', 'No fuel.', 'None.']);
  });
});

describe('alignBlock', () => {
  it('gives each sentence of both versions its bead, a 2:1 merge sharing one', () => {
    const { alignment, original, translation } = alignBlock(
      paragraph(text('The minister arrived on 12 May. She met 40 officials. They talked for two hours.')),
      'en',
      paragraph(text('La ministra llegó el 12 de mayo y se reunió con 40 funcionarios. Hablaron durante dos horas.')),
    );
    expect(alignment).toEqual({ beads: { en: [0, 0, 1], es: [0, 1] }, suspect: false });
    expect(sentencesOf(original)).toHaveLength(3);
    expect(sentencesOf(translation)).toEqual([
      'La ministra llegó el 12 de mayo y se reunió con 40 funcionarios.',
      'Hablaron durante dos horas.',
    ]);
  });

  it('aligns a Spanish original with its English translation', () => {
    const { alignment } = alignBlock(
      paragraph(text('¿Qué pasó en 2024? Nadie lo sabe. El Sr. Gómez calla.')),
      'es',
      paragraph(text('What happened in 2024? Nobody knows. Mr. Gómez is silent.')),
    );
    expect(alignment.beads).toEqual({ es: [0, 1, 2], en: [0, 1, 2] });
  });
});
