import type { MetadataRoute } from 'next';
import { getArticleSummaries } from '@/lib/content/store';
import { languages, type Language } from '@/lib/i18n/config';
import { articlePath, indexPageCount, indexPath, siteUrl } from '@/lib/site';

/** Every article and index page in both languages, each with its other-language alternate. */
// Built once from the content (a static export requires it to be said).
export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const entry = (path: (lng: Language) => string, lastModified?: string) =>
    languages.map((lng) => ({
      url: absolute(path(lng)),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(languages.map((l) => [l, absolute(path(l))])) },
    }));

  const articles = getArticleSummaries();
  const indexPages = Array.from({ length: indexPageCount(articles.length) }, (_, i) => i + 1);
  return [
    ...indexPages.flatMap((n) => entry((lng) => indexPath(lng, n))),
    ...articles.flatMap((article) =>
      entry((lng) => articlePath(lng, article.slug), article.updated ?? article.published),
    ),
  ];
}
