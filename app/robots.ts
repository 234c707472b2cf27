import type { MetadataRoute } from 'next';
import { feedPath } from '@/lib/feed/formats';
import { languages } from '@/lib/i18n/config';
import { siteUrl } from '@/lib/site';

// Built once from the content (a static export requires it to be said).
export const dynamic = 'force-static';

/**
 * Everything may be crawled. The sitemap lists every page; the Atom feeds, which search engines
 * read as sitemaps too, the newest articles with the date each last changed.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: ['/sitemap.xml', ...languages.map((lng) => feedPath(lng, 'atom'))].map(
      (path) => new URL(path, siteUrl).href,
    ),
  };
}
