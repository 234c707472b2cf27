import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findBlock, flowText } from '@/lib/content/article';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import { keyPosition } from '@/lib/content/build/join/translation-resource';
import { readContent, type ContentSnapshot } from '@/lib/content/build/read-sources';
import type { ContentError } from '@/lib/content/content-error';
import { contentFile, resourceFile, sourcesFile } from '@/lib/content/files';
import type { Article, Block, DecidedBy } from '@/lib/content/types';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { awaitsConfirmation, reportAlignment, suspectReason, type AlignmentReport } from './check-alignment';
import { languageRuns, type LanguageRun } from './language-runs';
import { pageResidue, type ResidueLine } from './page-residue';
import { lostIdsIn } from './published-ids';
import { formatWordDiff, wordDiff, type DiffPart } from './word-diff';

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
   * Missing, unrecorded, stale, suspect (unconfirmed) and orphan translations, and page residue:
   * allowed, but `--strict` fails on them.
   */
  warnings: Problem[];
}

const languageName: Record<Language, string> = { en: 'English', es: 'Spanish' };

/**
 * Checks every article and translation under `root` and reports, per block, its ID, kind,
 * language and how it was decided, the state of its translation and how their sentences align,
 * with every problem located by file and line.
 */
export function buildContentReport(root: string, { slugs }: { slugs?: readonly string[] } = {}): ContentReport {
  const snapshot = readContent(root);
  const warnings: Problem[] = [];
  const errors: Problem[] = snapshot.errors.map(({ file, line, column, message }) => ({ file, line, column, message }));
  const chosen = snapshot.articles.filter((article) => !slugs || slugs.includes(article.slug));
  const articles = chosen.map((article) => reportArticle(root, snapshot, article, warnings));
  for (const article of chosen) errors.push(...lostIds(root, snapshot, article));
  if (!slugs) {
    for (const file of snapshot.strayResourceFiles) {
      warnings.push({ file, message: 'orphan resource file: no article content/<slug>.md has this slug' });
    }
  }
  return { articles, errors, warnings };
}

/**
 * Published IDs no block answers to any more: shared links to them would answer 404. Each is
 * reported at the block it most likely became, with the command that keeps it as an alias.
 */
function lostIds(root: string, snapshot: ContentSnapshot, article: Article): Problem[] {
  const file = contentFile(article.slug);
  let lost;
  try {
    lost = lostIdsIn(root, snapshot, article);
  } catch (error) {
    const { file: at, message } = error as ContentError;
    return [{ file: at, message }];
  }
  return lost.map(({ id, likely }) => {
    const fix = likely
      ? `it most likely became "${likely.block.id}" (line ${likely.block.line}): if so, run npm run content:sync -- --keep-id ${article.slug}:${id}=${likely.block.id}`
      : `add alias=${id} to the block it became, or bring the block back`;
    return {
      file,
      line: likely?.block.line,
      message: `published block ID "${id}" is gone: no block has it or names it as an alias, so its links answer 404; ${fix}`,
    };
  });
}

function reportArticle(root: string, snapshot: ContentSnapshot, article: Article, warnings: Problem[]): ArticleReport {
  const { slug } = article;
  const file = contentFile(slug);
  const recordedHash = (lng: Language, key: string) =>
    key === 'title' ? snapshot.sources[lng][slug]?.title : snapshot.sources[lng][slug]?.blocks?.[key];
  const statusOf = (lng: Language, key: string, translated: string | undefined, currentHash: string): TranslationStatus => {
    if (!translated) return 'missing';
    const recorded = recordedHash(lng, key);
    if (recorded === undefined) return 'unrecorded';
    return recorded === currentHash ? 'ok' : 'stale';
  };
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
  return { slug, file, lang: article.lang, title: { text: titleText, translation: title, ...(titleChange ? { change: titleChange } : {}) }, blocks };
}

function translationWarning(
  root: string,
  file: string,
  line: number,
  { lng, slug, key, status, change }: { lng: Language; slug: string; key: string; status: Exclude<TranslationStatus, 'ok'>; change?: DiffPart[] },
): Problem {
  const what = key === 'title' ? 'the title' : `block "${key}"`;
  if (status === 'missing') {
    return { file, line, message: `${what} has no ${languageName[lng]} translation in ${resourceFile(lng, slug)}` };
  }
  const where = locate(root, resourceFile(lng, slug), key === 'title' ? ['title'] : ['blocks', key]);
  if (status === 'unrecorded') {
    return {
      file,
      line,
      message: `${what}: its ${languageName[lng]} translation (${where}) is not recorded yet; run npm run content:sync to record the original it was made from`,
    };
  }
  const whatChanged = change ? `: ${formatWordDiff(change)}` : ' (its text then was not recorded, only its fingerprint)';
  return {
    file,
    line,
    message: `${what} changed since its ${languageName[lng]} translation was made (${where})${whatChanged}; update the translation, then run npm run content:sync -- --confirm ${slug}:${key}`,
  };
}

/**
 * A block whose translation the aligner finds suspect, at the block's line: which sentences seem
 * to have no counterpart (or that lengths don't fit), where the translation is, and how to
 * confirm it once an editor has compared the two.
 */
function suspectWarning(root: string, file: string, block: Block, slug: string, key: string): Problem {
  const lng = otherLanguage(block.lang);
  const where = locate(root, resourceFile(lng, slug), ['blocks', key]);
  return {
    file,
    line: block.line,
    message: `block "${block.id}": its ${languageName[lng]} translation (${where}) may have lost or added text: ${suspectReason(block.alignment!, block.lang)}; compare the two and fix the translation, or if it is right run npm run content:sync -- --confirm-alignment ${slug}:${block.id}`,
  };
}

/**
 * A paragraph that reads as page residue (`page-residue.ts`), at its line: what it holds, and the
 * two ways out, deleting it or pinning its language to say it is text.
 */
function residueWarning(file: string, block: Block, residue: ResidueLine[]): Problem {
  const found = residue.map(({ text, kind }) => `${JSON.stringify(text)} (${kind})`).join(', ');
  return {
    file,
    line: block.line,
    message: `block "${block.id}" looks like page residue, not article text: ${found}; delete it, or if it is article text pin its language by ending it with {lang=en} or {lang=es}`,
  };
}

/** Translations of blocks that are not in the article, or not written in the other language. */
function orphans(root: string, snapshot: ContentSnapshot, article: Article, lng: Language): Problem[] {
  const file = resourceFile(lng, article.slug);
  const resource = snapshot.resources[lng][article.slug];
  const wanted = new Set(
    article.blocks.filter((b) => otherLanguage(b.lang) === lng).map((b) => translationKeyIn(b, resource)),
  );
  const problems: Problem[] = Object.keys(resource?.blocks ?? {})
    .filter((key) => !wanted.has(key))
    .map((key) => {
      const block = findBlock(article, key);
      const why = block
        ? `block "${block.id}" is written in ${languageName[lng]} already`
        : 'no block has this ID';
      return { file, ...position(root, file, ['blocks', key]), message: `orphan translation "${key}": ${why}` };
    });
  if (resource?.title !== undefined && lng === article.lang) {
    problems.push({ file, ...position(root, file, ['title']), message: `orphan title: the article is written in ${languageName[lng]}` });
  }
  const sources = snapshot.sources[lng][article.slug];
  for (const key of Object.keys(sources?.blocks ?? {})) {
    if (resource?.blocks?.[key] === undefined) {
      const sourceFile = sourcesFile(lng, article.slug);
      problems.push({ file: sourceFile, ...position(root, sourceFile, ['blocks', key]), message: `orphan source hash "${key}": no translation has this key` });
    }
  }
  return problems;
}

function titleLine(root: string, file: string): number {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  return lines.findIndex((line) => /^title\s*:/.test(line)) + 1 || 1;
}

function position(root: string, file: string, keyPath: string[]) {
  const full = path.join(root, file);
  return existsSync(full) ? keyPosition(readFileSync(full, 'utf8'), keyPath) : undefined;
}

function locate(root: string, file: string, keyPath: string[]): string {
  const at = position(root, file, keyPath);
  return at ? `${file}:${at.line}:${at.column}` : file;
}
