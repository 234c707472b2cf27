import { languages, type Language } from '@/lib/i18n/config';

// The two feeds of each language, where they are and what they are served as. Plain data, no
// Next.js import, so the export script can write their content types for static hosts too.

/** RSS 2.0, which every feed reader reads, and its Atom twin, which has an updated date of its own. */
export const feedFormats = {
  rss: { file: 'feed.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
} as const;

export type FeedFormat = keyof typeof feedFormats;

export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[];

/** Where the feed of `format` in `lng` is: `/en/feed.xml`, `/es/atom.xml`. */
export const feedPath = (lng: Language, format: FeedFormat) => `/${lng}/${feedFormats[format].file}`;

/** The Content-Type a feed is served with, under `next start` and by static hosts that read `_headers`. */
export const feedContentType = (format: FeedFormat) => `${feedFormats[format].type}; charset=utf-8`;

/**
 * The `_headers` rules (Netlify's and Cloudflare Pages' format) that give each feed of the static
 * export its content type: by its extension alone a host would send `application/xml`.
 */
export function feedHeaderRules(): string {
  const rules = languages.flatMap((lng) =>
    feedFormatNames.map((format) => `${feedPath(lng, format)}\n  Content-Type: ${feedContentType(format)}`),
  );
  return `${rules.join('\n')}\n`;
}
