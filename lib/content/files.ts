import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '@/lib/i18n/config';

// Where content lives: what editors write (content/, locales/, paths relative to the project
// root) and what `npm run content:build` makes of it for the pages (.content/).

export const contentFile = (slug: string) => path.join('content', `${slug}.md`);
/** The IDs of an article's blocks ever published, so that no shared link to one dies with an edit. */
export const publishedIdsFile = (slug: string) => path.join('content', `${slug}.ids.json`);
/** When the article's text or a translation last changed, as `content:sync` recorded it, with its fingerprint then. */
export const updatedFile = (slug: string) => path.join('content', `${slug}.updated.json`);
export const resourceFile = (lng: Language, slug: string) => path.join('locales', lng, `${slug}.json`);
export const sourcesFile = (lng: Language, slug: string) => path.join('locales', lng, `${slug}.sources.json`);
export const orphansFile = (lng: Language, slug: string) => path.join('locales', lng, `${slug}.orphans.json`);
/** Translations an XLIFF import replaced, kept in case the new ones are wrong. */
export const replacedFile = (lng: Language, slug: string) => path.join('locales', lng, `${slug}.replaced.json`);

/** The built content, under the working directory of `next build` and `next start`. */
export const builtContentDir = path.join(process.cwd(), '.content');

/** The files in `.content/`: each article, the index's summaries, and every ID a paragraph link may name. */
export const builtFiles = {
  article: (slug: string) => path.join('articles', `${slug}.json`),
  summaries: 'index.json',
  paragraphIds: 'paragraphs.json',
  sentenceCounts: 'sentences.json',
} as const;

/** Per article slug, every ID a paragraph link may name: block IDs and their aliases. */
export type ParagraphIds = Record<string, string[]>;

/** Per article slug and paragraph ID (or alias), how many sentences a sentence link may name in each language. */
export type SentenceCounts = Record<string, Record<string, Record<Language, number>>>;

/** A file of the built content, parsed; a clear error when `npm run content:build` has not run. */
export function readBuiltFile<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(path.join(builtContentDir, file), 'utf8')) as T;
  } catch (error) {
    throw new Error(`Built content is missing (${file}): run \`npm run content:build\` first.`, { cause: error });
  }
}
