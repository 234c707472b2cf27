import type { BlockContent, DefinitionContent, PhrasingContent, RootContent, Table } from 'mdast';
import type { Flow, Inline } from '@/lib/content/types';

const scheme = /^([a-z][a-z0-9+.-]*):/i;
const safeSchemes = new Set(['http', 'https', 'mailto']);

/**
 * Whether a link target is one a reader may follow: http(s), mailto, or relative to this site
 * (`/x`, `./x`, `x`, `?q`, `#id`). Anything else (`javascript:`, `data:`, `//host`, `/\\host`)
 * stays as text. Browsers ignore tabs, newlines and leading control characters in URLs, so
 * they are ignored here too.
 */
export function isSafeUrl(url: string): boolean {
  const normalized = url.replace(/[\u0000-\u0020]/g, '');
  const found = scheme.exec(normalized);
  if (found) return safeSchemes.has(found[1]!.toLowerCase());
  return !/^(?:\\|\/[\\/])/.test(normalized);
}

/** Converts Markdown phrasing content to inline nodes; raw HTML becomes literal text. */
export function toInline(nodes: readonly PhrasingContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'html':
        return [{ type: 'text', value: node.value }];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return [{ type: node.type, children: toInline(node.children) }];
      case 'inlineCode':
        return [{ type: 'inlineCode', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'link': {
        const children = toInline(node.children);
        if (!isSafeUrl(node.url)) return children;
        return [{ type: 'link', url: node.url.trim(), ...(node.title ? { title: node.title } : {}), children }];
      }
      case 'image':
      case 'imageReference':
        return node.alt ? [{ type: 'text', value: node.alt }] : [];
      case 'linkReference':
        return toInline(node.children);
      default:
        return 'value' in node && typeof node.value === 'string' ? [{ type: 'text', value: node.value }] : [];
    }
  });
}

/**
 * Converts one top-level Markdown node to a block body, or undefined for nodes that hold no
 * reader text (thematic breaks, link definitions, front matter).
 */
export function toFlow(node: RootContent | BlockContent | DefinitionContent): Flow | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: toInline(node.children) };
    case 'heading':
      return { type: 'heading', depth: node.depth, children: toInline(node.children) };
    case 'blockquote':
      return { type: 'quote', children: flows(node.children) };
    case 'list':
      return {
        type: 'list',
        ordered: Boolean(node.ordered),
        ...(node.ordered && node.start != null && node.start !== 1 ? { start: node.start } : {}),
        items: node.children.map((item) => flows(item.children)),
      };
    case 'table':
      return toTable(node);
    case 'html':
    case 'code':
      return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
    default:
      return undefined;
  }
}

/** A table with every row as wide as its header: short rows padded, extra cells dropped, as GFM shows them. */
function toTable(node: Table): Flow {
  const width = node.children[0]?.children.length ?? 0;
  const rows = node.children.map((row) => Array.from({ length: width }, (_, i) => toInline(row.children[i]?.children ?? [])));
  return { type: 'table', ...(node.align?.some(Boolean) ? { align: node.align } : {}), rows };
}

function flows(nodes: readonly (RootContent | BlockContent | DefinitionContent)[]): Flow[] {
  return nodes.flatMap((node) => toFlow(node) ?? []);
}
