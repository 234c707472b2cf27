import { escapeParagraph } from '@/lib/content/authoring/plain-text-import';
import type { Code, Piece } from './inline-codes';

/**
 * A target's pieces as the Markdown of a translation: text escaped so that it reads exactly as
 * the translator wrote it (`<script>`, `*`, `[…]` stay text), whitespace runs as one space, and
 * each code's Markdown, as the article gave it, put back in its place. A span moves the spaces
 * at its edges outside it (`* word*` would not be emphasis) and an empty one is dropped (an
 * empty link is refused before: see `import-checks.ts`); a line break at an edge of its span or
 * beside structure, where it would show as a backslash, is dropped too.
 *
 * @param codes every code the pieces name, by ID (checked before: see `import-checks.ts`)
 */
export function inlineToMarkdown(pieces: readonly Piece[], codes: ReadonlyMap<string, Code>): string {
  return write(pieces, codes, true).trim();
}

function write(pieces: readonly Piece[], codes: ReadonlyMap<string, Code>, lineStart: boolean): string {
  let markdown = '';
  let atLineStart = lineStart;
  pieces.forEach((piece, i) => {
    if (typeof piece === 'string') {
      const text = piece.replace(/\s+/g, ' ');
      const placed = atLineStart ? text.trimStart() : text;
      if (placed) {
        markdown += escapeParagraph(placed);
        atLineStart = false;
      }
      return;
    }
    if ('ph' in piece) {
      const code = codes.get(piece.ph)!;
      if (code.kind === 'break' && (atLineStart || i === pieces.length - 1 || isStructure(pieces[i + 1], codes))) return;
      markdown += code.start;
      atLineStart = code.kind === 'structure' || code.kind === 'break';
      return;
    }
    const code = codes.get(piece.pc)!;
    const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(write(piece.children, codes, false)) ?? [];
    const lead = atLineStart ? '' : before;
    if (!core) {
      markdown += lead + after;
      return;
    }
    markdown += `${lead}${code.start}${core}${code.end ?? ''}${after}`;
    atLineStart = false;
  });
  return markdown;
}

function isStructure(piece: Piece | undefined, codes: ReadonlyMap<string, Code>): boolean {
  return piece !== undefined && typeof piece !== 'string' && 'ph' in piece && codes.get(piece.ph)?.kind === 'structure';
}

/** A title's target as its text: titles are plain text, not Markdown. */
export function titleText(pieces: readonly Piece[]): string {
  return pieces
    .map((piece) => (typeof piece === 'string' ? piece : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
