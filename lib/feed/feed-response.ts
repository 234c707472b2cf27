import 'server-only';
import { getArticles } from '@/lib/content/store';
import { isLanguage } from '@/lib/i18n/config';
import { atomFeed, rssFeed } from './feeds';
import { feedContentType, type FeedFormat } from './formats';

const build = { rss: rssFeed, atom: atomFeed } satisfies Record<FeedFormat, unknown>;

/** The response of a feed route: the feed of `format` in the route's `[lng]`, or 404. */
export function feedResponse(lng: string, format: FeedFormat): Response {
  if (!isLanguage(lng)) return new Response(null, { status: 404 });
  return new Response(build[format](getArticles(), lng), { headers: { 'Content-Type': feedContentType(format) } });
}
