import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError, ContentErrors, positionAt } from '@/lib/content/content-error';
import { contentFile, resourceFile, sourcesFile } from '@/lib/content/files';
import type { SourcesRecord, TranslationResource } from '@/lib/content/schemas';
import type { Article } from '@/lib/content/types';
import { languages, type Language } from '@/lib/i18n/config';
import { buildArticle } from './build-article';
import { isKebabCase } from './ids/kebab-case';
import { ArticleTranslations } from './join/article-translations';
import { parseSourcesRecord, parseTranslationResource } from './join/translation-resource';
import { readUpdatedRecord } from './updated-record';

/** Per language, per article slug: a file's content. */
export type ByLanguageAndSlug<T> = Record<Language, Record<string, T>>;

/** Per language, per article slug: a resource file's content. */
export type ResourcesByLanguage = ByLanguageAndSlug<TranslationResource>;

/** Everything read from `content/` and `locales/`, with every problem found on the way. */
export interface ContentSnapshot {
  articles: Article[];
  errors: ContentError[];
  /** `locales/<lng>/<slug>.json`: the translations. */
  resources: ResourcesByLanguage;
  /** `locales/<lng>/<slug>.sources.json`: the hash of the original each translation was made from, confirmed alignments. */
  sources: ByLanguageAndSlug<SourcesRecord>;
  /** Resource files of articles that are not in `content/`. */
  strayResourceFiles: string[];
}

/**
 * Reads every article in `<root>/content` (or only those named by `slugs`) with its resources
 * in `<root>/locales` and builds the ones that are sound, collecting every problem with its
 * file and line.
 */
export function readContent(root: string, { slugs: chosen }: { slugs?: readonly string[] } = {}): ContentSnapshot {
  const errors: ContentError[] = [];
  if (!existsSync(path.join(root, 'content'))) {
    const empty = { en: {}, es: {} };
    return { articles: [], errors: [new ContentError('content/', undefined, 'folder is missing: articles go in content/<slug>.md')], resources: empty, sources: { en: {}, es: {} }, strayResourceFiles: [] };
  }
  const allSlugs = readdirSync(path.join(root, 'content'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => name.slice(0, -'.md'.length));
  const slugs = chosen ? allSlugs.filter((slug) => chosen.includes(slug)) : allSlugs;

  const readResources = <T>(fileOf: (lng: Language, slug: string) => string, parse: (json: string, file: string) => T) => {
    const byLanguage = {} as ByLanguageAndSlug<T>;
    for (const lng of languages) {
      byLanguage[lng] = {};
      for (const slug of slugs) {
        const file = fileOf(lng, slug);
        if (!existsSync(path.join(root, file))) continue;
        try {
          byLanguage[lng][slug] = parse(readUtf8(root, file), file);
        } catch (error) {
          errors.push(asContentError(error, file));
        }
      }
    }
    return byLanguage;
  };
  const resources = readResources(resourceFile, parseTranslationResource);
  const sources = readResources(sourcesFile, parseSourcesRecord);

  const translations = new ArticleTranslations(resources);
  const articles: Article[] = [];
  for (const slug of slugs) {
    const file = contentFile(slug);
    try {
      if (!isKebabCase(slug)) {
        throw new ContentError(file, undefined, 'file name must be a slug: lowercase ASCII letters, digits and hyphens');
      }
      const article = buildArticle(slug, readUtf8(root, file), file, translations);
      const updated = readUpdatedRecord(root, slug)?.updated;
      articles.push(updated ? { ...article, updated } : article);
    } catch (error) {
      errors.push(asContentError(error, file));
    }
  }

  const known = new Set(allSlugs);
  const strayResourceFiles = languages.flatMap((lng) =>
    (existsSync(path.join(root, 'locales', lng)) ? readdirSync(path.join(root, 'locales', lng)) : [])
      .filter((name) => /^[^.]+\.json$/.test(name) && name !== 'common.json' && !known.has(name.slice(0, -'.json'.length)))
      .map((name) => path.join('locales', lng, name)),
  );

  return { articles, errors, resources, sources, strayResourceFiles };
}

/**
 * Reads and builds every article (or those named by `slugs`), as the site renders them.
 *
 * @throws ContentErrors listing each problem with its file and line
 */
export function loadContent(root: string, options: { slugs?: readonly string[] } = {}): Article[] {
  const { articles, errors } = readContent(root, options);
  if (errors.length > 0) throw new ContentErrors(errors);
  return articles;
}

/** A file's text, or a ContentError naming the line of its first byte that is not UTF-8. */
export function readUtf8(root: string, file: string): string {
  const bytes = readFileSync(path.join(root, file));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const { line } = positionAt(lenient, lenient.indexOf('\uFFFD'));
    throw new ContentError(file, line, 'file is not valid UTF-8: save it with UTF-8 encoding');
  }
}

function asContentError(error: unknown, file: string): ContentError {
  if (error instanceof ContentError) return error;
  return new ContentError(file, undefined, error instanceof Error ? error.message : String(error));
}
