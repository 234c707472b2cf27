import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findBlock, flowText } from '@/lib/content/article';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import { keyPosition } from '@/lib/content/build/join/translation-resource';
import { readContent, type ContentSnapshot } from '@/lib/content/build/read-sources';
import { contentFile, resourceFile, sourcesFile } from '@/lib/content/files';
import type { Article, Block, DecidedBy, LanguageSegment } from '@/lib/content/types';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { awaitsConfirmation, reportAlignment, suspectReason, type AlignmentReport } from './check-alignment';
import { pageResidue, type ResidueLine } from './page-residue';

export type TranslationStatus = 'ok' | 'missing' | 'stale';

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
  /** The state of its translation into the other language. */
  translation: TranslationStatus;
  /** Where the block mixes both languages: its runs, each with its text. */
  segments?: (Pick<LanguageSegment, 'lang' | 'decidedBy'> & { text: string })[];
  /** Where the block is translated: how its sentences pair with the translation's. */
  alignment?: AlignmentReport;
  /** Where the block reads as page residue, not article text: its lines and what each is. */
  residue?: ResidueLine[];
}

export interface ArticleReport {
  slug: string;
  file: string;
  lang: Language;
  title: { text: string; translation: TranslationStatus };
  blocks: BlockReport[];
}

export interface ContentReport {
  articles: ArticleReport[];
  /** What stops the build. */
  errors: Problem[];
  /**
   * Missing, stale, suspect (unconfirmed) and orphan translations, and page residue: allowed, but
   * `--strict` fails on them.
   */
  warnings: Problem[];
}

const languageName: Record<Language, string> = { en: 'English', es: 'Spanish' };

/**
 * Checks every article and translation under `root` and reports, per block, its ID, kind,
 * language and how it was decided, the state of its translation and how their sentences align,
 * with every problem located by file and line.
 */
export function buildContentReport(root: string): ContentReport {
  const snapshot = readContent(root);
  const warnings: Problem[] = [];
  const articles = snapshot.articles.map((article) => reportArticle(root, snapshot, article, warnings));
  for (const file of snapshot.strayResourceFiles) {
    warnings.push({ file, message: 'orphan resource file: no article content/<slug>.md has this slug' });
  }
  return {
    articles,
    errors: snapshot.errors.map(({ file, line, column, message }) => ({ file, line, column, message })),
    warnings,
  };
}

function reportArticle(root: string, snapshot: ContentSnapshot, article: Article, warnings: Problem[]): ArticleReport {
  const { slug } = article;
  const file = contentFile(slug);
  const recordedHash = (lng: Language, key: string) =>
    key === 'title' ? snapshot.sources[lng][slug]?.title : snapshot.sources[lng][slug]?.blocks?.[key];
  const statusOf = (lng: Language, key: string, translated: string | undefined, currentHash: string) => {
    if (!translated) return 'missing';
    return recordedHash(lng, key) === currentHash ? 'ok' : 'stale';
  };
  const warn = (line: number, lng: Language, key: string, status: 'missing' | 'stale') =>
    warnings.push(translationWarning(root, file, line, lng, slug, key, status, recordedHash(lng, key) !== undefined));

  const blocks = article.blocks.map((block): BlockReport => {
    const target = otherLanguage(block.lang);
    const resource = snapshot.resources[target][slug];
    const key = translationKeyIn(block, resource);
    const translation = statusOf(target, key, resource?.blocks?.[key], block.sourceHash);
    if (translation !== 'ok') warn(block.line, target, key, translation);
    const confirmation = snapshot.sources[target][slug]?.confirmedAlignments?.[key];
    const alignment = reportAlignment(block, resource?.blocks?.[key] ?? '', confirmation);
    if (awaitsConfirmation(alignment)) warnings.push(suspectWarning(root, file, block, slug, key));
    const { id, kind, lang, confidence, decidedBy, line } = block;
    const text = flowText(block.versions[block.lang]!);
    // A pinned language is the editor's word that the paragraph is text.
    const residue = kind === 'paragraph' && decidedBy !== 'pinned' ? pageResidue(text) : undefined;
    if (residue) warnings.push(residueWarning(file, block, residue));
    const segments = block.segments?.map((s) => ({ lang: s.lang, decidedBy: s.decidedBy, text: text.slice(s.start, s.end).trim() }));
    return {
      id,
      kind,
      lang,
      confidence,
      decidedBy,
      line,
      translation,
      ...(segments ? { segments } : {}),
      ...(alignment ? { alignment } : {}),
      ...(residue ? { residue } : {}),
    };
  });

  const titleTarget = otherLanguage(article.lang);
  const titleText = article.title[article.lang] ?? '';
  const title = statusOf(titleTarget, 'title', snapshot.resources[titleTarget][slug]?.title, sourceHash(titleText));
  if (title !== 'ok') warn(titleLine(root, file), titleTarget, 'title', title);

  for (const lng of languages) warnings.push(...orphans(root, snapshot, article, lng));
  return { slug, file, lang: article.lang, title: { text: titleText, translation: title }, blocks };
}

function translationWarning(
  root: string,
  file: string,
  line: number,
  lng: Language,
  slug: string,
  key: string,
  status: 'missing' | 'stale',
  hashRecorded: boolean,
): Problem {
  const what = key === 'title' ? 'the title' : `block "${key}"`;
  if (status === 'missing') {
    return { file, line, message: `${what} has no ${languageName[lng]} translation in ${resourceFile(lng, slug)}` };
  }
  const where = locate(root, resourceFile(lng, slug), key === 'title' ? ['title'] : ['blocks', key]);
  if (!hashRecorded) {
    return {
      file,
      line,
      message: `${what}: no record of the original its ${languageName[lng]} translation (${where}) was made from; run npm run content:sync to record the current one`,
    };
  }
  return {
    file,
    line,
    message: `${what} changed since its ${languageName[lng]} translation was made (${where}); update the translation, then run npm run content:sync -- --confirm ${slug}:${key}`,
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
