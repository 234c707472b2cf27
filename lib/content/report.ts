import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { readContent, resourceFile, sourcesFile, type ContentSnapshot } from './load-content';
import { sourceHash } from './source-hash';
import { keyPosition, type TranslationResource } from './translations';
import { flowText } from './mdast-to-flow';
import type { Article, Block, DecidedBy } from './types';

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
  segments?: { lang: Language; decidedBy: 'detected' | 'context'; text: string }[];
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
  /** Missing, stale and orphan translations: allowed, but `--strict` fails on them. */
  warnings: Problem[];
}

const languageName: Record<Language, string> = { en: 'English', es: 'Spanish' };

/**
 * Checks every article and translation under `root` and reports, per block, its ID, kind,
 * language and how it was decided, and the state of its translation, with every problem
 * located by file and line.
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

/** Where the translation of each block is kept: under its ID, or under a former ID (alias). */
export function translationKey(block: Block, resource: TranslationResource | undefined): string {
  return [block.id, ...(block.aliases ?? [])].find((key) => resource?.blocks?.[key]) ?? block.id;
}

function reportArticle(root: string, snapshot: ContentSnapshot, article: Article, warnings: Problem[]): ArticleReport {
  const { slug } = article;
  const file = path.join('content', `${slug}.md`);
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
    const key = translationKey(block, resource);
    const translation = statusOf(target, key, resource?.blocks?.[key], block.sourceHash);
    if (translation !== 'ok') warn(block.line, target, key, translation);
    const { id, kind, lang, confidence, decidedBy, line } = block;
    const text = flowText(block.versions[block.lang]!);
    const segments = block.segments?.map((s) => ({ lang: s.lang, decidedBy: s.decidedBy, text: text.slice(s.start, s.end).trim() }));
    return { id, kind, lang, confidence, decidedBy, line, translation, ...(segments ? { segments } : {}) };
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

/** Translations of blocks that are not in the article, or not written in the other language. */
function orphans(root: string, snapshot: ContentSnapshot, article: Article, lng: Language): Problem[] {
  const file = resourceFile(lng, article.slug);
  const resource = snapshot.resources[lng][article.slug];
  const wanted = new Set(
    article.blocks.filter((b) => otherLanguage(b.lang) === lng).map((b) => translationKey(b, resource)),
  );
  const problems: Problem[] = Object.keys(resource?.blocks ?? {})
    .filter((key) => !wanted.has(key))
    .map((key) => {
      const block = article.blocks.find((b) => b.id === key || b.aliases?.includes(key));
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

/** The report as an editor reads it: one table per article, then every problem by file and line. */
export function formatReport(report: ContentReport): string {
  const lines: string[] = [];
  for (const article of report.articles) {
    const counts = languages.map((l) => `${article.blocks.filter((b) => b.lang === l).length} ${l}`).join(', ');
    lines.push(`${article.file}  "${article.title.text}"  (${article.lang}; ${article.blocks.length} blocks: ${counts})`);
    lines.push(`  ${'line'.padEnd(5)} ${'id'.padEnd(48)} ${'kind'.padEnd(9)} lang  conf   decided   translation`);
    for (const b of article.blocks) {
      lines.push(
        `  ${String(b.line).padEnd(5)} ${b.id.padEnd(48)} ${(b.segments ? 'mixed' : b.kind).padEnd(9)} ${b.lang.padEnd(5)} ${b.confidence.toFixed(2).padEnd(6)} ${b.decidedBy.padEnd(9)} ${otherLanguage(b.lang)}: ${b.translation}`,
      );
      for (const segment of b.segments ?? []) {
        const excerpt = segment.text.length > 70 ? `${segment.text.slice(0, 69)}…` : segment.text;
        lines.push(`  ${''.padEnd(5)}   └ ${segment.lang} (${segment.decidedBy}) ${excerpt}`);
      }
    }
    lines.push(`  ${''.padEnd(5)} ${'(title)'.padEnd(48)} ${''.padEnd(9)} ${article.lang.padEnd(5)} ${''.padEnd(6)} ${''.padEnd(9)} ${otherLanguage(article.lang)}: ${article.title.translation}`);
    lines.push('');
  }
  const where = (p: Problem) => [p.file, p.line, p.line === undefined ? undefined : p.column].filter((x) => x !== undefined).join(':');
  for (const error of report.errors) lines.push(`error   ${where(error)}: ${error.message}`);
  for (const warning of report.warnings) lines.push(`warning ${where(warning)}: ${warning.message}`);
  const missing = report.articles.flatMap((a) => [a.title, ...a.blocks]).filter((b) => b.translation === 'missing').length;
  const stale = report.articles.flatMap((a) => [a.title, ...a.blocks]).filter((b) => b.translation === 'stale').length;
  lines.push(
    `${report.articles.length} article(s): ${report.errors.length} error(s), ${missing} missing, ${stale} stale, ${report.warnings.length - missing - stale} orphan(s)`,
  );
  return lines.join('\n');
}
