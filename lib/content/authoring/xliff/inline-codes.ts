// What a block's text becomes in XLIFF: text a translator translates, and inline codes (the
// Markdown around and between it) that their tool protects: `<pc>` for a span of formatting or
// a link, `<ph>` for inline code, a line break or the structure of a list, quote or table.

/** What an inline code stands for. */
export type CodeKind = 'emphasis' | 'strong' | 'delete' | 'link' | 'code' | 'break' | 'structure';

/** The kinds written as a paired code (`<pc>`), around text; the others are placeholders (`<ph>`). */
export const pairedKinds: ReadonlySet<CodeKind> = new Set(['emphasis', 'strong', 'delete', 'link']);

/** An inline code: its Markdown, which comes back as written. */
export interface Code {
  id: string;
  kind: CodeKind;
  /** The Markdown before the span (paired codes), or in place of the placeholder. */
  start: string;
  /** The Markdown after the span: paired codes only. */
  end?: string;
  /** Plain text that stands for the code where a tool shows text: inline code's, a link's address. */
  equiv?: string;
}

/** A piece of a source or target: text, a placeholder, or a paired code around more pieces. */
export type Piece = string | { ph: string } | { pc: string; children: Piece[] };

/** A block's text in XLIFF: its pieces and the codes they name. */
export interface InlineContent {
  pieces: Piece[];
  codes: Code[];
}

/** The plain text of pieces, codes left out: what a word diff or a note shows. */
export function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : 'pc' in piece ? piecesText(piece.children) : ' ')).join('');
}

/** Every code ID named in pieces, in document order (a paired code before what it holds). */
export function codeIdsIn(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((piece) => (typeof piece === 'string' ? [] : 'ph' in piece ? [piece.ph] : [piece.pc, ...codeIdsIn(piece.children)]));
}

/**
 * Pieces as one comparable string: text with whitespace runs as one space, codes as their IDs
 * and kind of element. Two contents that read the same to a translator give the same key.
 */
export function piecesKey(pieces: readonly Piece[]): string {
  const key = (list: readonly Piece[]): string =>
    list.map((piece) => (typeof piece === 'string' ? piece : 'ph' in piece ? `\u0000ph:${piece.ph}\u0000` : `\u0000pc:${piece.pc}\u0000${key(piece.children)}\u0000/pc\u0000`)).join('');
  return key(pieces).replace(/\s+/g, ' ').trim();
}
