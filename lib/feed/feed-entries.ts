import { blockText, excerpt, titleIn } from '@/lib/content/article';
import type { Article } from '@/lib/content/types';
import { getT } from '@/lib/i18n/server';
import type { Language } from '@/lib/i18n/config';
import { articlePath, siteUrl } from '@/lib/site';
import { articleHtml } from './article-html';
import { xmlText } from './xml-text';

/** One article as a feed in one language gives it. */
export interface FeedEntry {
  /** The article's address in the feed's language. */
  url: string;
  /** In the feed's language where translated, else as published; `lang` is the one it is in. */
  title: { text: string; lang: Language };
  /** The opening of its first paragraph, as the page's description. */
  summary?: string;
  /** Its full text, as HTML. */
  html: string;
  published?: Date;
  /** When its text or a translation last changed; the publication date until the first record. */
  updated: Date;
}

/** How many articles a feed carries, the newest: each with its full text, polled by every reader. */
const feedEntryCount = 20;

/**
 * The newest articles (by publication date, else updated date) as the feeds in `lng` give
 * them. An article with neither date (never synced, no `published`) has no date a feed could
 * give, and waits for `content:sync`.
 */
export function feedEntries(articles: readonly Article[], lng: Language): FeedEntry[] {
  const t = getT(lng);
  const missingNotice = (lang: Language) => t('reader.translationMissing', { language: t(`languageName.${lang}`) });
  return articles
    .flatMap((article): FeedEntry[] => {
      const published = article.published === undefined ? undefined : new Date(`${article.published}T00:00:00Z`);
      const updated = article.updated === undefined ? published : new Date(article.updated);
      if (!updated) return [];
      const url = new URL(articlePath(lng, article.slug), siteUrl).href;
      const title = titleIn(article, lng);
      const lead = article.blocks.find((block) => block.kind === 'paragraph');
      return [
        {
          url,
          title: { text: xmlText(title.text), lang: title.lang },
          ...(lead ? { summary: xmlText(excerpt(blockText(lead, lng), 200)) } : {}),
          html: articleHtml(article, lng, url, missingNotice),
          ...(published ? { published } : {}),
          updated,
        },
      ];
    })
    .sort((a, b) => date(b) - date(a) || (a.url < b.url ? -1 : 1))
    .slice(0, feedEntryCount);
}

const date = (entry: FeedEntry) => (entry.published ?? entry.updated).getTime();
