import type { Flow, Inline } from '@/lib/content/types';
import type { Span } from './split-sentences';

/**
 * Stamps each piece of a block body's text with the sentence it belongs to, splitting text
 * nodes where a sentence starts inside one; the pages wrap each stamped piece so a sentence can
 * be pointed at and highlighted. Offsets are those of `flowText(flow)`, which this walks in the
 * same order; whitespace between sentences stays unstamped. Code is stamped whole, with the
 * sentence it starts in.
 *
 * @param flow a block body in one language
 * @param sentences the sentences of `flowText(flow)`, in order
 */
export function markSentences(flow: Flow, sentences: readonly Span[]): Flow {
  let offset = 0;
  const sentenceAt = (at: number) => {
    const index = sentences.findIndex((s) => at < s.end);
    return index >= 0 && at >= sentences[index]!.start ? index : undefined;
  };

  const markText = (node: Extract<Inline, { type: 'text' }>): Inline[] => {
    const start = offset;
    const end = (offset += node.value.length);
    const cuts = new Set([start, end]);
    for (const s of sentences) {
      for (const at of [s.start, s.end]) if (at > start && at < end) cuts.add(at);
    }
    const points = [...cuts].sort((x, y) => x - y);
    return points.slice(0, -1).map((from, k) => {
      const sentence = sentenceAt(from);
      const value = node.value.slice(from - start, points[k + 1]! - start);
      return { ...node, value, ...(sentence === undefined ? {} : { sentence }) };
    });
  };

  const markInline = (nodes: readonly Inline[]): Inline[] =>
    nodes.flatMap((node): Inline[] => {
      switch (node.type) {
        case 'text':
          return markText(node);
        case 'inlineCode': {
          const sentence = sentenceAt(offset);
          offset += node.value.length;
          return [sentence === undefined ? node : { ...node, sentence }];
        }
        case 'break':
          offset += 1;
          return [node];
        default:
          return [{ ...node, children: markInline(node.children) }];
      }
    });

  // Joined by one character each ('\n', or '\t' between cells), as flowText joins them.
  const joined = <T>(items: readonly T[], mark: (item: T) => T): T[] =>
    items.map((item, i) => {
      if (i > 0) offset += 1;
      return mark(item);
    });

  const markFlow = (body: Flow): Flow => {
    switch (body.type) {
      case 'paragraph':
      case 'heading':
        return { ...body, children: markInline(body.children) };
      case 'quote':
        return { ...body, children: joined(body.children, markFlow) };
      case 'list':
        return { ...body, items: joined(body.items, (item) => joined(item, markFlow)) };
      case 'table':
        return { ...body, rows: joined(body.rows, (row) => joined(row, markInline)) };
    }
  };
  return markFlow(flow);
}
