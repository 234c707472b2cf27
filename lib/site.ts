import type { Language } from './i18n/config';

/** The public origin of the site, for canonical and alternate URLs (`SITE_URL`). */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** Open Graph locales, language_TERRITORY as the protocol asks. */
export const ogLocale: Record<Language, string> = { en: 'en_US', es: 'es_ES' };

export const articlePath = (lng: Language, slug: string) => `/${lng}/articles/${slug}`;

/** Articles listed on each page of the index: at 1,000 articles, no page passes 60 KB of HTML (docs/performance.md). */
export const articlesPerIndexPage = 50;

/** Page `n` (from 1) of the index in `lng`: the first is `/{lng}`, the next `/{lng}/page/{n}`. */
export const indexPath = (lng: Language, n = 1) => (n === 1 ? `/${lng}` : `/${lng}/page/${n}`);

/** How many index pages `count` articles take: at least one, which says there are none. */
export const indexPageCount = (count: number) => Math.max(1, Math.ceil(count / articlesPerIndexPage));

export const paragraphPath = (lng: Language, slug: string, id: string) => `${articlePath(lng, slug)}/p/${id}`;

/** A sentence link: the paragraph page with sentence `n` (from 1, in the text shown in `lng`) named. */
export const sentencePath = (lng: Language, slug: string, id: string, n: number) =>
  `${paragraphPath(lng, slug, id)}/s/${n}`;

/** The share card of a paragraph link, the size chat apps and social sites preview. */
export const cardSize = { width: 1200, height: 630 };

/** Build every paragraph page and share card (`PREBUILD_PARAGRAPH_PAGES=1`) instead of on first request. */
export const prebuildParagraphPages = process.env.PREBUILD_PARAGRAPH_PAGES === '1';
