import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languages, type Language } from '@/lib/i18n/config';
import { buildArticle } from './build-article';
import { ContentError, ContentErrors, positionAt } from './content-error';
import { ArticleTranslations, parseTranslationResource, type TranslationResource } from './translations';
import type { Article } from './types';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads every article in `<root>/content` with its resources in `<root>/locales` and builds
 * them, reporting every broken file at once.
 *
 * @throws ContentErrors listing each problem with its file and line
 */
export function loadContent(root: string): Article[] {
  const contentDir = path.join(root, 'content');
  const errors: ContentError[] = [];
  const files = readdirSync(contentDir)
    .filter((name) => name.endsWith('.md'))
    .sort();

  const slugs = files.map((name) => name.slice(0, -'.md'.length));
  const resources = {} as Record<Language, Record<string, TranslationResource>>;
  for (const lng of languages) {
    resources[lng] = {};
    for (const slug of slugs) {
      const file = path.join('locales', lng, `${slug}.json`);
      if (!existsSync(path.join(root, file))) continue;
      try {
        resources[lng][slug] = parseTranslationResource(readUtf8(root, file), file);
      } catch (error) {
        errors.push(asContentError(error, file));
      }
    }
  }

  const translations = new ArticleTranslations(resources);
  const articles: Article[] = [];
  files.forEach((name, i) => {
    const slug = slugs[i]!;
    const file = path.join('content', name);
    try {
      if (!slugPattern.test(slug)) {
        throw new ContentError(file, undefined, 'file name must be a slug: lowercase ASCII letters, digits and hyphens');
      }
      articles.push(buildArticle(slug, readUtf8(root, file), file, translations));
    } catch (error) {
      errors.push(asContentError(error, file));
    }
  });

  if (errors.length > 0) throw new ContentErrors(errors);
  return articles;
}

function readUtf8(root: string, file: string): string {
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
