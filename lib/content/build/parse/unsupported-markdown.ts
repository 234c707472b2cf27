import type { Nodes } from 'mdast';

/** Markdown the site cannot show, where it starts and why it is refused. */
export interface UnsupportedMarkdown {
  /** 1-based line in the Markdown parsed. */
  line: number;
  message: string;
}

const footnotes =
  'footnotes are not supported: put the note in the text (in parentheses) or in a paragraph of its own';
const taskLists =
  'task lists are not supported: drop the checkbox, or escape its bracket ("- \\[ ] …") to show it as text';

/**
 * The first footnote (a `[^1]` reference or its definition) or task-list item (`- [ ]`,
 * `- [x]`) in a Markdown tree, in document order. GFM parses both, but a block of this site
 * has no place for a note away from its text, nor a checkbox a reader could not tick.
 */
export function findUnsupportedMarkdown(node: Nodes): UnsupportedMarkdown | undefined {
  const at = (message: string) => ({ line: node.position?.start.line ?? 1, message });
  if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') return at(footnotes);
  if (node.type === 'listItem' && typeof node.checked === 'boolean') return at(taskLists);
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findUnsupportedMarkdown(child);
    if (found) return found;
  }
  return undefined;
}
