import { flowText } from '@/lib/content/article';
import type { Flow, Inline } from '@/lib/content/types';
import { toFlow } from '../parse/mdast-to-flow';
import { parseMarkdown } from '../parse/parse-article';

/**
 * A translation's Markdown shaped like its original: a heading stays a heading of its depth; a
 * table's translation is its table, or its text as a paragraph where the translator wrote none.
 */
export function translationFlow(markdown: string, original: Flow): Flow {
  const nodes = parseMarkdown(markdown).children;
  const flows = nodes.flatMap((node) => toFlow(node) ?? []);

  switch (original.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inlineOf(flows) };
    case 'heading':
      return { type: 'heading', depth: original.depth, children: inlineOf(flows) };
    case 'quote':
      return { type: 'quote', children: flows.flatMap((f) => (f.type === 'quote' ? f.children : [f])) };
    case 'list': {
      const list = flows.find((f) => f.type === 'list');
      return list ?? { ...original, items: [flows] };
    }
    case 'table':
      return flows.find((f) => f.type === 'table') ?? { type: 'paragraph', children: inlineOf(flows) };
  }
}

/** Flows as inline content, one after another with a line break between. */
function inlineOf(flows: readonly Flow[]): Inline[] {
  return flows.flatMap((flow, i): Inline[] => {
    const inline: Inline[] =
      flow.type === 'paragraph' || flow.type === 'heading' ? flow.children : [{ type: 'text', value: flowText(flow) }];
    return i === 0 ? inline : [{ type: 'break' }, ...inline];
  });
}
