import type { Metadata } from 'next';
import { excerpt } from '@/lib/content/article';
import type { ParagraphInLanguage } from '@/lib/content/store';
import { languages, otherLanguage, type Language } from '@/lib/i18n/config';
import { feedAlternates } from '@/lib/feed/feed-links';
import { getT } from '@/lib/i18n/server';
import { cardSize, ogLocale } from '@/lib/site';

/**
 * The metadata of a paragraph or sentence link's page: the article's title, the quoted text as
 * its description, and its preview card at `{url}/card.png`, for chats and social sites.
 *
 * @param url the page's own path
 * @param urlIn the path of the same paragraph (or sentence) in each language
 */
export function linkMetadata(
  { lng, title }: Pick<ParagraphInLanguage, 'lng' | 'title'>,
  text: string,
  url: string,
  urlIn: (lng: Language) => string,
): Metadata {
  const t = getT(lng);
  const description = excerpt(text, 300);
  const image = {
    url: `${url}/card.png`,
    ...cardSize,
    type: 'image/png',
    alt: t('share.imageAlt', { title: title.text }),
  };
  return {
    title: title.text,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(languages.map((l) => [l, urlIn(l)])),
      types: feedAlternates(lng),
    },
    openGraph: {
      type: 'article',
      siteName: t('siteName'),
      title: title.text,
      description,
      url,
      locale: ogLocale[lng],
      alternateLocale: ogLocale[otherLanguage(lng)],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: title.text, description, images: [image] },
  };
}
