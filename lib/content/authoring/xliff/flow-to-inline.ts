import type { ColumnAlign, Flow, Inline } from '@/lib/content/types';
import type { Code, CodeKind, InlineContent, Piece } from './inline-codes';

/**
 * A block body as XLIFF inline content: its text, with the Markdown of its formatting, links,
 * inline code, line breaks and structure (list markers, table pipes, quote marks) as codes whose
 * Markdown, put back around the translated text, makes a translation of the same shape.
 *
 * @param flow the block in one language, as the build made it
 * @param codeId the ID the next code gets: numbers from 1 by default
 */
export function flowToInline(flow: Flow, codeId: () => string = counter()): InlineContent {
  const codes: Code[] = [];
  const code = (kind: CodeKind, start: string, end?: string, equiv?: string): string => {
    const id = codeId();
    codes.push({ id, kind, start, ...(end !== undefined ? { end } : {}), ...(equiv !== undefined ? { equiv } : {}) });
    return id;
  };
  const writer = new PieceWriter(code);
  writeFlow(writer, flow, { prefix: '', topLevel: true });
  return { pieces: writer.done(), codes };
}

/**
 * A translation's body as XLIFF inline content beside its original's: each of its codes that
 * has the same Markdown as one of the original's takes that code's ID, in order, as a
 * translator's tool matches them; the others get IDs of their own, after the original's.
 *
 * @returns the translation's pieces, and the codes only it has
 */
export function translationToInline(translation: Flow, original: InlineContent): { pieces: Piece[]; extra: Code[] } {
  const own = flowToInline(translation, counter(original.codes.length + 1));
  const unused = [...original.codes];
  const renamed = new Map<string, string>();
  const extra: Code[] = [];
  for (const code of own.codes) {
    const twin = unused.findIndex((c) => c.kind === code.kind && c.start === code.start && c.end === code.end);
    if (twin >= 0) {
      renamed.set(code.id, unused.splice(twin, 1)[0]!.id);
      continue;
    }
    const id = String(original.codes.length + extra.length + 1);
    extra.push({ ...code, id });
    renamed.set(code.id, id);
  }
  const rename = (pieces: Piece[]): Piece[] =>
    pieces.map((piece) => (typeof piece === 'string' ? piece : 'ph' in piece ? { ph: renamed.get(piece.ph)! } : { pc: renamed.get(piece.pc)!, children: rename(piece.children) }));
  return { pieces: rename(own.pieces), extra };
}

/** IDs 1, 2, 3…, as strings. */
export function counter(from = 1): () => string {
  let next = from;
  return () => String(next++);
}

interface Context {
  /** What every line inside the current container starts with (list indent, `> `). */
  prefix: string;
  /** The block itself, whose own kind the translation takes from the original: no heading marks. */
  topLevel: boolean;
}

type AddCode = (kind: CodeKind, start: string, end?: string, equiv?: string) => string;

/** Collects pieces; structure written one after another becomes one placeholder. */
class PieceWriter {
  private pieces: Piece[] = [];
  private pendingStructure = '';

  constructor(readonly code: AddCode) {}

  structure(markdown: string) {
    this.pendingStructure += markdown;
  }

  text(value: string) {
    if (!value) return;
    this.flush();
    const last = this.pieces.at(-1);
    if (typeof last === 'string') this.pieces[this.pieces.length - 1] = last + value;
    else this.pieces.push(value);
  }

  placeholder(kind: CodeKind, markdown: string, equiv?: string) {
    this.flush();
    this.pieces.push({ ph: this.code(kind, markdown, undefined, equiv) });
  }

  paired(kind: CodeKind, start: string, end: string, write: (inner: PieceWriter) => void, equiv?: string) {
    this.flush();
    const id = this.code(kind, start, end, equiv);
    const inner = new PieceWriter(this.code);
    write(inner);
    this.pieces.push({ pc: id, children: inner.done() });
  }

  done(): Piece[] {
    this.flush();
    return this.pieces;
  }

  private flush() {
    if (!this.pendingStructure) return;
    this.pieces.push({ ph: this.code('structure', this.pendingStructure) });
    this.pendingStructure = '';
  }
}

function writeFlow(writer: PieceWriter, flow: Flow, context: Context): void {
  const { prefix } = context;
  const nested = { prefix, topLevel: false };
  switch (flow.type) {
    case 'paragraph':
      return writeInline(writer, flow.children, prefix);
    case 'heading':
      if (!context.topLevel) writer.structure(`${'#'.repeat(flow.depth)} `);
      return writeInline(writer, flow.children, prefix);
    case 'quote': {
      const inner = `${prefix}> `;
      writer.structure('> ');
      flow.children.forEach((child, i) => {
        if (i > 0) writer.structure(`\n${inner.trimEnd()}\n${inner}`);
        writeFlow(writer, child, { ...nested, prefix: inner });
      });
      return;
    }
    case 'list':
      flow.items.forEach((item, i) => {
        const marker = flow.ordered ? `${(flow.start ?? 1) + i}. ` : '- ';
        const inner = prefix + ' '.repeat(marker.length);
        writer.structure(i === 0 ? marker : `\n${prefix}${marker}`);
        item.forEach((child, j) => {
          if (j > 0) writer.structure(`\n\n${inner}`);
          writeFlow(writer, child, { ...nested, prefix: inner });
        });
      });
      return;
    case 'table':
      return writeTable(writer, flow.rows, flow.align, prefix);
  }
}

const delimiters: Record<NonNullable<ColumnAlign> | 'none', string> = { left: ':--', center: ':-:', right: '--:', none: '---' };

function writeTable(writer: PieceWriter, rows: Inline[][][], align: ColumnAlign[] | undefined, prefix: string): void {
  const width = rows[0]?.length ?? 0;
  const delimiter = Array.from({ length: width }, (_, i) => delimiters[align?.[i] ?? 'none']);
  rows.forEach((row, r) => {
    if (r === 1) writer.structure(`\n${prefix}| ${delimiter.join(' | ')} |`);
    if (r > 0) writer.structure(`\n${prefix}`);
    row.forEach((cell, c) => {
      writer.structure(c === 0 ? '| ' : ' | ');
      writeInline(writer, cell, prefix);
    });
    writer.structure(' |');
  });
  // A header alone still needs its delimiter row to be a table.
  if (rows.length === 1) writer.structure(`\n${prefix}| ${delimiter.join(' | ')} |`);
}

function writeInline(writer: PieceWriter, nodes: readonly Inline[], prefix: string): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        writer.text(node.value);
        break;
      case 'emphasis':
        writer.paired('emphasis', '*', '*', (inner) => writeInline(inner, node.children, prefix));
        break;
      case 'strong':
        writer.paired('strong', '**', '**', (inner) => writeInline(inner, node.children, prefix));
        break;
      case 'delete':
        writer.paired('delete', '~~', '~~', (inner) => writeInline(inner, node.children, prefix));
        break;
      case 'link':
        writer.paired('link', '[', `](${linkDestination(node.url)}${linkTitle(node.title)})`, (inner) => writeInline(inner, node.children, prefix), node.url);
        break;
      case 'inlineCode':
        writer.placeholder('code', inlineCode(node.value), node.value);
        break;
      case 'break':
        writer.placeholder('break', `\\\n${prefix}`);
        break;
    }
  }
}

/** A link's address as Markdown writes it: in angle brackets where it holds spaces or brackets. */
function linkDestination(url: string): string {
  if (url && !/[\s<>()\\]/.test(url)) return url;
  return `<${url.replace(/[<>\n]/g, (c) => encodeURIComponent(c))}>`;
}

function linkTitle(title: string | undefined): string {
  return title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
}

/** Inline code in a fence of more backticks than it holds in a row, padded where it must be. */
function inlineCode(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(value) || (/^ .*[^ ].* $/.test(value)) ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}
