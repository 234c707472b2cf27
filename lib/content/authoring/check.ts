import { flowText } from '@/lib/content/article';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import { readContent, type ContentSnapshot } from '@/lib/content/build/read-sources';
import { contentFile } from '@/lib/content/files';
import type { Article, Block, DecidedBy } from '@/lib/content/types';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { awaitsConfirmation, reportAlignment, type AlignmentReport } from './check-alignment';
import { languageRuns, type LanguageRun } from './language-runs';
import { pageResidue, type ResidueLine } from './page-residue';
import { lostIds, orphans, residueWarning, suspectWarning, titleLine, translationWarning } from './check-problems';
import { updatedDateWarning } from './updated-date';
import { wordDiff, type DiffPart } from './word-diff';

/**
 * A translation's state: `missing` (none), `unrecorded` (typed in, not yet recorded by
 * `content:sync`), `stale` (the original changed since it was recorded) or `ok`.
 */
export type TranslationStatus = 'ok' | 'missing' | 'unrecorded' | 'stale';

/** A problem at a place in a file; `column` only in JSON files. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface BlockReport {
  id: string;
  kind: Block['kind'];
  lang: Language;
  confidence: number;
  decidedBy: DecidedBy;
  line: number;
  /** Former IDs that still lead to it. */
  aliases?: string[];
  /** The state of its translation into the other language. */
  translation: TranslationStatus;
  /** Where stale and the original it was translated from is on record: how the original changed since. */
  change?: DiffPart[];
  /** Where the block mixes both languages: its runs, each with its text. */
  segments?: LanguageRun[];
  /** Where the block is translated: how its sentences pair with the translation's. */
  alignment?: AlignmentReport;
  /** Where the block reads as page residue, not article text: its lines and what each is. */
  residue?: ResidueLine[];
}

export interface ArticleReport {
  slug: string;
  file: string;
  lang: Language;
  title: { text: string; translation: TranslationStatus; change?: DiffPart[] };
  blocks: BlockReport[];
}

export interface ContentReport {
  articles: ArticleReport[];
  /** What stops the build. */
  errors: Problem[];
  /**
   * Missing, unrecorded, stale, suspect (unconfirmed) and orphan translations, page residue, and
   * updated dates not recorded: allowed, but `--strict` fails on them.
   */
  warnings: Problem[];
}


/**
 * Checks every article and translation under `root` and reports, per block, its ID, kind,
 * language and how it was decided, the state of its translation and how their sentences align,
 * with every problem located by file and line.
 */
export function buildContentReport(root: string, { slugs }: { slugs?: readonly string[] } = {}): ContentReport {
  const snapshot = readContent(root, { slugs });
  const warnings: Problem[] = [];
  const errors: Problem[] = snapshot.errors.map(({ file, line, column, message }) => ({ file, line, column, message }));
  const articles = snapshot.articles.map((article) => reportArticle(root, snapshot, article, warnings));
  for (const article of snapshot.articles) errors.push(...lostIds(root, snapshot, article));
  if (!slugs) {
    for (const file of snapshot.strayResourceFiles) {
      warnings.push({ file, message: 'orphan resource file: no article content/<slug>.md has this slug' });
    }
  }
  return { articles, errors, warnings };
}

/**
 * The state of a translation: `missing` where there is none, else whether `content:sync` recorded
 * the original it was made from, and whether that is the original as it is now.
 *
 * @param key the translation's key in its resource file: a block's ID or alias, or `title`
 * @param translated the translation, empty or absent where there is none
 * @param currentHash the fingerprint of the original as it is now (`sourceHash`)
 */
export function translationStatus(
  snapshot: Pick<ContentSnapshot, 'sources'>,
  { lng, slug, key }: { lng: Language; slug: string; key: string },
  translated: string | undefined,
  currentHash: string,
): TranslationStatus {
  if (!translated) return 'missing';
  const sources = snapshot.sources[lng][slug];
  const recorded = key === 'title' ? sources?.title : sources?.blocks?.[key];
  if (recorded === undefined) return 'unrecorded';
  return recorded === currentHash ? 'ok' : 'stale';
}

function reportArticle(root: string, snapshot: ContentSnapshot, article: Article, warnings: Problem[]): ArticleReport {
  const { slug } = article;
  const file = contentFile(slug);
  const statusOf = (lng: Language, key: string, translated: string | undefined, currentHash: string) =>
    translationStatus(snapshot, { lng, slug, key }, translated, currentHash);
  // How the original changed since its translation was recorded, where its text was recorded too.
  const changeOf = (lng: Language, key: string, status: TranslationStatus, current: string) => {
    const originals = snapshot.sources[lng][slug]?.originals;
    const before = key === 'title' ? originals?.title : originals?.blocks?.[key];
    return status === 'stale' && before !== undefined ? wordDiff(before, current) : undefined;
  };
  const warn = (line: number, lng: Language, key: string, status: Exclude<TranslationStatus, 'ok'>, change?: DiffPart[]) =>
    warnings.push(translationWarning(root, file, line, { lng, slug, key, status, change }));

  const blocks = article.blocks.map((block): BlockReport => {
    const target = otherLanguage(block.lang);
    const resource = snapshot.resources[target][slug];
    const key = translationKeyIn(block, resource);
    const translation = statusOf(target, key, resource?.blocks?.[key], block.sourceHash);
    const text = flowText(block.versions[block.lang]!);
    const change = changeOf(target, key, translation, text);
    if (translation !== 'ok') warn(block.line, target, key, translation, change);
    const confirmation = snapshot.sources[target][slug]?.confirmedAlignments?.[key];
    const alignment = reportAlignment(block, resource?.blocks?.[key] ?? '', confirmation);
    if (awaitsConfirmation(alignment)) warnings.push(suspectWarning(root, file, block, slug, key));
    const { id, aliases, kind, lang, confidence, decidedBy, line } = block;
    // A pinned language is the editor's word that the paragraph is text.
    const residue = kind === 'paragraph' && decidedBy !== 'pinned' ? pageResidue(text) : undefined;
    if (residue) warnings.push(residueWarning(file, block, residue));
    const segments = block.segments && languageRuns(text, block.segments);
    return {
      id,
      ...(aliases?.length ? { aliases } : {}),
      kind,
      lang,
      confidence,
      decidedBy,
      line,
      translation,
      ...(change ? { change } : {}),
      ...(segments ? { segments } : {}),
      ...(alignment ? { alignment } : {}),
      ...(residue ? { residue } : {}),
    };
  });

  const titleTarget = otherLanguage(article.lang);
  const titleText = article.title[article.lang] ?? '';
  const title = statusOf(titleTarget, 'title', snapshot.resources[titleTarget][slug]?.title, sourceHash(titleText));
  const titleChange = changeOf(titleTarget, 'title', title, titleText);
  if (title !== 'ok') warn(titleLine(root, file), titleTarget, 'title', title, titleChange);

  for (const lng of languages) warnings.push(...orphans(root, snapshot, article, lng));
  const updated = updatedDateWarning(root, article, snapshot.resources);
  if (updated) warnings.push(updated);
  return { slug, file, lang: article.lang, title: { text: titleText, translation: title, ...(titleChange ? { change: titleChange } : {}) }, blocks };
}
