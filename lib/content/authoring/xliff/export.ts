import path from 'node:path';
import { writeFileAtomic } from '@/lib/content/authoring/atomic-write';
import type { TranslationStatus } from '@/lib/content/authoring/check';
import { readContent } from '@/lib/content/build/read-sources';
import type { ContentError } from '@/lib/content/content-error';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { unitsToTranslate } from './export-units';
import { writeXliff } from './write-xliff';
import type { XliffVersion } from './xliff-document';

export interface ExportOptions {
  /** The language to translate into. */
  to: Language;
  /** Only these articles (default: all). */
  slugs?: readonly string[];
  /** Only blocks (and titles) whose translation is in one of these states (default: all). */
  only?: ReadonlySet<TranslationStatus>;
  /** The folder the files go in, relative to the project root or absolute. */
  out: string;
  version: XliffVersion;
}

export interface ExportedFile {
  /** The file written, as given relative to the project root. */
  file: string;
  slug: string;
  /** How many units, by the state of their translation. */
  counts: Partial<Record<TranslationStatus, number>>;
}

export interface ExportResult {
  written: ExportedFile[];
  /** Articles with nothing to translate into the language (in the states asked for): no file. */
  nothingToTranslate: string[];
  /** Problems in the content: when there is one, nothing is written. */
  errors: ContentError[];
}

/** The name of an article's XLIFF file for one language pair: `<slug>.<src>-<trg>.xlf`. */
export const xliffFileName = (slug: string, to: Language) => `${slug}.${otherLanguage(to)}-${to}.xlf`;

/**
 * Writes one XLIFF file per article (of those asked for) with the blocks and title to translate
 * into `to`, each file atomically. Content with errors (as `content:check` reports them) is not
 * exported at all: a translator would work from text that does not build.
 */
export function exportXliff(root: string, options: ExportOptions): ExportResult {
  const snapshot = readContent(root, options.slugs ? { slugs: options.slugs } : {});
  const result: ExportResult = { written: [], nothingToTranslate: [], errors: snapshot.errors };
  if (snapshot.errors.length > 0) return result;
  for (const article of snapshot.articles) {
    const units = unitsToTranslate(snapshot, article, options.to).filter((u) => !options.only || options.only.has(u.status));
    if (units.length === 0) {
      result.nothingToTranslate.push(article.slug);
      continue;
    }
    const document = { slug: article.slug, srcLang: otherLanguage(options.to), trgLang: options.to, units: units.map((u) => u.unit) };
    const file = path.join(options.out, xliffFileName(article.slug, options.to));
    writeFileAtomic(path.resolve(root, file), writeXliff(document, options.version));
    const counts: ExportedFile['counts'] = {};
    for (const { status } of units) counts[status] = (counts[status] ?? 0) + 1;
    result.written.push({ file, slug: article.slug, counts });
  }
  return result;
}
