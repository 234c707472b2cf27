import path from 'node:path';
import { translationKeyIn } from '@/lib/content/build/join/article-translations';
import { sourceHash } from '@/lib/content/build/join/source-hash';
import type { ResourcesByLanguage } from '@/lib/content/build/read-sources';
import { readUpdatedRecord } from '@/lib/content/build/updated-record';
import { contentFile, updatedFile } from '@/lib/content/files';
import type { Article } from '@/lib/content/types';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { formatJson, writeFileAtomic } from './atomic-write';
import type { Problem } from './check';

// An article's updated date, for the feeds: content:sync records a fingerprint of its text and
// translations with the time it last saw that fingerprint change, in content/<slug>.updated.json,
// which is committed with the article; content:check warns while the record is behind the text.

/**
 * A fingerprint of what readers read of `article` in both languages: the title and every block
 * as written, in order, each with its translation (an empty one counts as none). Block IDs,
 * pinned languages and front matter other than the title do not count.
 */
export function textFingerprint(article: Article, resources: ResourcesByLanguage): string {
  const resourceOf = (lng: Language) => resources[otherLanguage(lng)][article.slug];
  return sourceHash(
    JSON.stringify({
      title: [article.title[article.lang], resourceOf(article.lang)?.title || null],
      blocks: article.blocks.map((block) => {
        const resource = resourceOf(block.lang);
        return [block.sourceHash, resource?.blocks?.[translationKeyIn(block, resource)] || null];
      }),
    }),
  );
}

/**
 * Records `now` as the article's updated date when its fingerprint changed since the last record;
 * the first record takes the publication date, where the front matter has one. Returns the date
 * recorded, or undefined when the record was up to date.
 *
 * @throws ContentError naming the record when it is not valid
 */
export function recordUpdated(root: string, article: Article, resources: ResourcesByLanguage, now: Date): string | undefined {
  const fingerprint = textFingerprint(article, resources);
  const before = readUpdatedRecord(root, article.slug);
  if (before?.fingerprint === fingerprint) return undefined;
  const updated = !before && article.published ? `${article.published}T00:00:00Z` : now.toISOString().replace(/\.\d+Z$/, 'Z');
  writeFileAtomic(path.join(root, updatedFile(article.slug)), formatJson({ fingerprint, updated }));
  return updated;
}

/**
 * A warning when the article's text or a translation changed since its updated date was
 * recorded (or it has none): the feeds would give an old date.
 */
export function updatedDateWarning(root: string, article: Article, resources: ResourcesByLanguage): Problem | undefined {
  const record = readUpdatedRecord(root, article.slug);
  if (record?.fingerprint === textFingerprint(article, resources)) return undefined;
  const what = record
    ? `the text or a translation changed since its updated date (${record.updated}) was recorded in ${updatedFile(article.slug)}`
    : `its updated date is not recorded yet (${updatedFile(article.slug)})`;
  return { file: contentFile(article.slug), message: `${what}; run npm run content:sync to record it for the feeds` };
}
