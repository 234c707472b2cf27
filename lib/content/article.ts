import { otherLanguage, type Language } from '@/lib/i18n/config';
import type { Article, Block, Flow, Inline, SentenceAlignment } from './types';

// Rules every side applies to a built Article, written once: the build, the editors' tools
// and the pages. Plain functions of the data, no file or framework in sight.

/** Every ID that names `block`: its own, then its former IDs (aliases), which old links still use. */
export function blockIds(block: Pick<Block, 'id' | 'aliases'>): string[] {
  return [block.id, ...(block.aliases ?? [])];
}

/** The block an ID or one of its former IDs names. */
export function findBlock(article: Pick<Article, 'blocks'>, id: string): Block | undefined {
  return article.blocks.find((block) => blockIds(block).includes(id));
}

/** The blocks of an article by every ID that names one (its own and its aliases): to find many at once. */
export function blocksByIds(article: Pick<Article, 'blocks'>): Map<string, Block> {
  return new Map(article.blocks.flatMap((block) => blockIds(block).map((id): [string, Block] => [id, block])));
}

/** The title to show in `lng`: its translation, else the original; `lang` is the one it is written in. */
export function titleIn(article: Pick<Article, 'title' | 'lang'>, lng: Language): { text: string; lang: Language } {
  const lang = article.title[lng] === undefined ? article.lang : lng;
  return { text: article.title[lang] ?? '', lang };
}

/** The plain text of a block body, as a reader would read it aloud. */
export function flowText(flow: Flow): string {
  switch (flow.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(flow.children);
    case 'quote':
      return flow.children.map(flowText).join('\n');
    case 'list':
      return flow.items.map((item) => item.map(flowText).join('\n')).join('\n');
    case 'table':
      // As a browser copies a table: cells apart by tabs, rows by line ends.
      return flow.rows.map((row) => row.map(inlineText).join('\t')).join('\n');
  }
}

export function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'break':
          return '\n';
        default:
          return inlineText(node.children);
      }
    })
    .join('');
}

/** A block's plain text in `lng`, or as published where it has no translation. */
export function blockText(block: Block, lng: Language): string {
  return flowText(shownFlow(block, lng));
}

/** The version of a block a page in `lng` shows: its translation into `lng`, else the original. */
export function shownFlow(block: Block, lng: Language): Flow {
  return block.versions[lng] ?? block.versions[block.lang]!;
}

/**
 * Sentence `index` (from 0) of a block's version in `lang` and the sentences that share its bead,
 * in each version: those the page highlights together. Only `index` where there is no alignment.
 */
export function beadSentences(block: Block, lang: Language, index: number): Partial<Record<Language, number[]>> {
  const beads = block.alignment?.beads;
  if (!beads) return { [lang]: [index] };
  const bead = beads[lang][index];
  const inBead = (l: Language) => beads[l].flatMap((b, i) => (b === bead ? [i] : []));
  return { [lang]: inBead(lang), [otherLanguage(lang)]: inBead(otherLanguage(lang)) };
}

/**
 * The first sentence of `block` as a page in `to` shows it that translates sentence `index` (from
 * 0) of the block as a page in `from` shows it; undefined where it has none.
 */
export function counterpartSentence(block: Block, from: Language, index: number, to: Language): number | undefined {
  const shown = (lng: Language) => (block.versions[lng] ? lng : block.lang);
  if (shown(from) === shown(to)) return index;
  return beadSentences(block, shown(from), index)[shown(to)]?.[0];
}

/** Every run of inline content of a block body, in reading order: its paragraphs', headings' and table cells'. */
export function inlineRuns(flow: Flow): (readonly Inline[])[] {
  switch (flow.type) {
    case 'paragraph':
    case 'heading':
      return [flow.children];
    case 'quote':
      return flow.children.flatMap(inlineRuns);
    case 'list':
      return flow.items.flat().flatMap(inlineRuns);
    case 'table':
      return flow.rows.flat();
  }
}

/**
 * The sentences of a block body as the build marked them (`build/align/`), each its text
 * pieces joined; `[]` for a body that was not aligned.
 */
export function flowSentences(flow: Flow): string[] {
  const sentences: string[] = [];
  const visitInline = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        if (node.sentence !== undefined) sentences[node.sentence] = (sentences[node.sentence] ?? '') + node.value;
      } else if (node.type !== 'break') visitInline(node.children);
    }
  };
  inlineRuns(flow).forEach(visitInline);
  return sentences.map((s) => s.replace(/\s+/g, ' ').trim());
}

/**
 * What search engines and link previews quote of an article in `lng`: its first paragraph, cut
 * to 200 characters; undefined for an article without one.
 */
export function articleDescription(article: Pick<Article, 'blocks'>, lng: Language): string | undefined {
  const lead = article.blocks.find((b) => b.kind === 'paragraph');
  return lead && excerpt(blockText(lead, lng), 200);
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:.—-]+$/, '')}…`;
}

/**
 * The shape of each bead of a block's alignment, in order, as sentences of the original to
 * sentences of the translation: `1:1 2:1` is a sentence translated by one, then two translated
 * by one; `1:0` is a sentence of the original with no counterpart in the translation.
 *
 * @param originalLang the language the block was published in
 */
export function beadShapes(alignment: SentenceAlignment, originalLang: Language): string {
  const original = alignment.beads[originalLang];
  const translation = alignment.beads[otherLanguage(originalLang)];
  const beadCount = Math.max(-1, ...original, ...translation) + 1;
  const sentencesIn = (beads: number[], bead: number) => beads.filter((b) => b === bead).length;
  return Array.from({ length: beadCount }, (_, bead) => `${sentencesIn(original, bead)}:${sentencesIn(translation, bead)}`).join(' ');
}
