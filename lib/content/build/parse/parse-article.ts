import type { Nodes, Root, RootContent, Table, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { flowText } from '@/lib/content/article';
import { ContentError } from '@/lib/content/content-error';
import type { FrontMatter } from '@/lib/content/schemas';
import type { BlockKind, Flow } from '@/lib/content/types';
import { splitBlockAttributes, type BlockAttributes } from './block-attributes';
import { parseFrontMatter } from './front-matter';
import { toFlow } from './mdast-to-flow';
import { findUnsupportedMarkdown } from './unsupported-markdown';

export interface ParsedBlock {
  kind: BlockKind;
  flow: Flow;
  text: string;
  line: number;
  attributes: BlockAttributes;
}

export interface ParsedArticle {
  frontMatter: FrontMatter;
  blocks: ParsedBlock[];
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses Markdown, GitHub Flavored (autolinks, strikethrough, tables), to its syntax tree. */
export function parseMarkdown(source: string): Root {
  return markdown.parse(source);
}

/**
 * Parses an article file: validated front matter, then one block per top-level paragraph,
 * heading, quote, list or table, each with its trailing `{#id lang=xx}` attributes split off.
 *
 * @param source the file's text (a leading BOM and CRLF line ends are fine)
 * @param file the file's path, for error messages
 * @throws ContentError naming the file and line of the problem
 */
export function parseArticle(source: string, file: string): ParsedArticle {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ContentError(file, 1, 'file is empty: an article starts with front matter (---, title: …, ---)');

  const tree = parseMarkdown(text);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') {
    const opensFence = /^---[ \t]*\r?$/m.test(text.split('\n', 1)[0] ?? '');
    throw new ContentError(
      file,
      1,
      opensFence
        ? 'front matter is not closed: add a line "---" after its last field'
        : 'front matter is missing: start the file with ---, title: …, ---',
    );
  }
  const frontMatter = parseFrontMatter(first.value, file, line(first) + 1);
  const unsupported = findUnsupportedMarkdown(tree);
  if (unsupported) throw new ContentError(file, unsupported.line, unsupported.message);

  const blocks = rest.flatMap((node) => parseBlock(node, text, file));
  if (blocks.length === 0) throw new ContentError(file, line(first), 'article has no paragraphs after its front matter');
  return { frontMatter, blocks };
}

function parseBlock(node: RootContent, source: string, file: string): ParsedBlock[] {
  const attributes = takeAttributes(node, source, file);
  const flow = toFlow(node);
  if (!flow) return [];
  const kind: BlockKind = flow.type;
  return [{ kind, flow, text: flowText(flow), line: line(node), attributes }];
}

function takeAttributes(node: RootContent, source: string, file: string): BlockAttributes {
  const last = lastText(node);
  if (!last) return {};
  // `\{…}` at the end is text, as Markdown escapes go, not an attribute list.
  const raw = source.slice(last.position?.start.offset, last.position?.end.offset);
  if (/\\\{[^{}\n]*\}\s*$/.test(raw)) return {};
  const { text, attributes, problem } = splitBlockAttributes(last.value);
  if (problem) throw new ContentError(file, last.position?.end.line ?? line(node), problem);
  last.value = text;
  if (node.type === 'table' && !text.trim()) dropEmptyLastRow(node);
  return attributes;
}

/** `{#id}` on the line under a table is a row of its own (GFM reads on to a blank line), now empty. */
function dropEmptyLastRow(table: Table): void {
  const last = table.children.at(-1);
  const isEmpty = last?.children.every((cell) => cell.children.every((c) => c.type === 'text' && !c.value.trim()));
  if (table.children.length > 1 && isEmpty) table.children.pop();
}

function lastText(node: Nodes): Text | undefined {
  if (node.type === 'text') return node;
  if (!('children' in node)) return undefined;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const child = node.children[i];
    if (!child) continue;
    const found = lastText(child);
    if (found) return found;
    if (child.type !== 'break') return undefined;
  }
  return undefined;
}

function line(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
