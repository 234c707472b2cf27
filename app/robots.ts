import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site';

// Built once from the content (a static export requires it to be said).
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: new URL('/sitemap.xml', siteUrl).href,
  };
}
