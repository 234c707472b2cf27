import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findBlock } from '@/lib/content/article';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { keyPosition } from '@/lib/content/build/join/translation-resource';
import type { ContentSnapshot } from '@/lib/content/build/read-sources';
import type { ContentError } from '@/lib/content/content-error';
import { contentFile, resourceFile, sourcesFile } from '@/lib/content/files';
import type { Article, Block } from '@/lib/content/types';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import type { Problem, TranslationStatus } from './check';
import { suspectReason } from './check-alignment';
import type { ResidueLine } from './page-residue';
import { lostIdsIn } from './published-ids';
import { formatWordDiff, type DiffPart } from './word-diff';

// What content:check says, each problem located by file and line, with what to do about it.

const languageName: Record<Language, string> = { en: 'English', es: 'Spanish' };

/**
 * Published IDs no block answers to any more: shared links to them would answer 404. Each is
 * reported at the block it most likely became, with the command that keeps it as an alias.
 */
export function lostIds(root: string, snapshot: ContentSnapshot, article: Article): Problem[] {
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

/** A translation that is not `ok`, at its original's line: what state it is in and what to run. */
export function translationWarning(
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
export function suspectWarning(root: string, file: string, block: Block, slug: string, key: string): Problem {
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
export function residueWarning(file: string, block: Block, residue: ResidueLine[]): Problem {
  const found = residue.map(({ text, kind }) => `${JSON.stringify(text)} (${kind})`).join(', ');
  return {
    file,
    line: block.line,
    message: `block "${block.id}" looks like page residue, not article text: ${found}; delete it, or if it is article text pin its language by ending it with {lang=en} or {lang=es}`,
  };
}

/** Translations of blocks that are not in the article, or not written in the other language. */
export function orphans(root: string, snapshot: ContentSnapshot, article: Article, lng: Language): Problem[] {
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

/** The line of the front matter's `title:`, where the title's problems are reported. */
export function titleLine(root: string, file: string): number {
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
