import { diffWords } from 'diff';

/** One run of a word diff: kept, removed from the old text, or added in the new. */
export interface DiffPart {
  op: '=' | '-' | '+';
  text: string;
}

// Unicode word boundaries keep a figure whole ("200,000", "1.028") and accented words intact.
const words = new Intl.Segmenter('und', { granularity: 'word' });

/** The words that changed from `before` to `after`, in order, with the words kept between them. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: words }).map((change) => ({
    op: change.added ? '+' : change.removed ? '-' : '=',
    text: change.value,
  }));
}

/** How many kept words to show on each side of a change. */
const context = 4;

/**
 * A diff as a terminal line, git's word-diff style: `[-200,000-]{+210,000+}`, kept runs
 * shortened to a few words around each change.
 */
export function formatWordDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part, i) => {
      if (part.op === '-') return `[-${part.text}-]`;
      if (part.op === '+') return `{+${part.text}+}`;
      const words = part.text.split(/(\s+)/);
      const wordCount = words.filter((w) => w.trim()).length;
      if (wordCount <= 2 * context) return part.text;
      const head = i === 0 ? [] : words.slice(0, 2 * context);
      const tail = i === parts.length - 1 ? [] : words.slice(-2 * context);
      return `${head.join('')}${head.length && tail.length ? ' … ' : '…'}${tail.join('')}`;
    })
    .join('');
}
