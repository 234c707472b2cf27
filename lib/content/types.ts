import type { Language } from '@/lib/i18n/config';
import type { FrontMatter } from './schemas';

// The built Article: what the pipeline (build/) writes to .content/ and the pages (store.ts) read.

/** Inline Markdown that survives into the page: text, emphasis, links, code, line breaks. */
export type Inline =
  /** `lang` marks text in the other language than its block's (a quoted phrase, a sentence). */
  | { type: 'text'; value: string; lang?: Language; sentence?: number }
  | { type: 'emphasis' | 'strong' | 'delete'; children: Inline[] }
  | { type: 'link'; url: string; title?: string; children: Inline[] }
  | { type: 'inlineCode'; value: string; sentence?: number }
  | { type: 'break' };

// `sentence` is the index of the sentence a piece of text belongs to, in its version of the block,
// where the block is aligned with its translation (see SentenceAlignment).

/** The body of one block, in one language. */
export type Flow =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; depth: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Flow[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Flow[][] }
  /** A GFM table: its rows of cells, the header row first, every row as wide as the header. */
  | { type: 'table'; align?: ColumnAlign[]; rows: Inline[][][] };

/** How a table column's cells are aligned (`:--`, `:-:`, `--:`); null where the author set none. */
export type ColumnAlign = 'left' | 'center' | 'right' | null;

export type BlockKind = Flow['type'];

/** How a block's language was settled. */
export type DecidedBy = 'detected' | 'context' | 'pinned';

/** A run of a block's plain text in one language: `[start, end)` in UTF-16 code units. */
export interface LanguageSegment {
  start: number;
  end: number;
  lang: Language;
  /** How this run's language was settled: detected on its own, or from the sentences around it. */
  decidedBy: Exclude<DecidedBy, 'pinned'>;
  /** The detector's confidence for the run (its own, low where context decided). */
  confidence: number;
}

/** How a block's sentences pair with its translation's (`build/align/`). */
export interface SentenceAlignment {
  /** For each version, the bead of each of its sentences: the sentences of one bead translate each other. */
  beads: Record<Language, number[]>;
  /** A sentence with no counterpart, or a bead whose lengths don't fit: the translation may have lost text. */
  suspect: boolean;
}

export interface Block {
  /** Stable anchor and translation key; see `build/ids/block-ids.ts`. */
  id: string;
  /** Former IDs that still lead to this block (`alias=` in Markdown). */
  aliases?: string[];
  kind: BlockKind;
  /** The language the block was published in. */
  lang: Language;
  /** 0..1: how sure the detector was (1 for pinned blocks). */
  confidence: number;
  decidedBy: DecidedBy;
  /** Runs of the original's text in each language, where it mixes both (offsets of its plain text). */
  segments?: LanguageSegment[];
  /** Fingerprint of the original as written, for telling stale translations (`build/join/source-hash.ts`). */
  sourceHash: string;
  /** 1-based line of the block in its content file. */
  line: number;
  /** The block in each language; the original is always there, a translation may be missing. */
  versions: Partial<Record<Language, Flow>>;
  /** Where the block is translated: its sentences aligned across the two versions. */
  alignment?: SentenceAlignment;
}

/** Where the article was first published, as the front matter names it. */
export type ArticleSource = NonNullable<FrontMatter['source']>;

export interface Article {
  slug: string;
  /** The language most of the article was published in. */
  lang: Language;
  /** The title in each language; a missing translation is absent. */
  title: Partial<Record<Language, string>>;
  source?: ArticleSource;
  /** ISO date (YYYY-MM-DD) of publication, where known. */
  published?: FrontMatter['published'];
  /** ISO date-time (UTC) when its text or a translation last changed, as `content:sync` recorded it. */
  updated?: string;
  blocks: Block[];
}

/** What the index page needs to list an article. */
export interface ArticleSummary {
  slug: string;
  lang: Language;
  title: Partial<Record<Language, string>>;
  published?: FrontMatter['published'];
  /** When its text or a translation last changed (`Article['updated']`). */
  updated?: string;
  /** Paragraphs, quotes, lists and tables (not headings) published in each language. */
  paragraphCount: Record<Language, number>;
}
