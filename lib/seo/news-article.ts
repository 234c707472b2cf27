import type { NewsArticle, WithContext } from 'schema-dts';
import { articleDescription } from '@/lib/content/article';
import type { ArticleInLanguage } from '@/lib/content/store';
import { otherLanguage, type Language } from '@/lib/i18n/config';
import { articlePath, siteUrl } from '@/lib/site';

/**
 * The schema.org `NewsArticle` that tells search engines what an article's page in `lng` is
 * (written into the page as JSON-LD): its headline and description in `lng`, its language, its
 * publication date where the front matter gives one, when its text or a translation last
 * changed (as content:sync recorded it), and its address. The source in the front
 * matter is what the article is based on: a news article of that outlet, at its address where
 * known. The page in the language the article was published in names the other language's page
 * as its `workTranslation`; that page names it as its `translationOfWork`.
 */
export function newsArticle({ article, lng, title }: ArticleInLanguage): WithContext<NewsArticle> {
  const url = (l: Language) => new URL(articlePath(l, article.slug), siteUrl).href;
  const description = articleDescription(article, lng);
  const { source, published, updated } = article;
  const other = otherLanguage(lng);
  const otherVersion: NewsArticle = { '@type': 'NewsArticle', url: url(other), inLanguage: other };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title.text,
    ...(description && { description }),
    inLanguage: lng,
    url: url(lng),
    ...(published && { datePublished: published }),
    ...(updated && { dateModified: updated }),
    ...(source && {
      isBasedOn: {
        '@type': 'NewsArticle',
        inLanguage: article.lang,
        ...(source.url && { url: source.url }),
        publisher: { '@type': 'NewsMediaOrganization', name: source.name },
      },
    }),
    ...(lng === article.lang ? { workTranslation: otherVersion } : { translationOfWork: otherVersion }),
  };
}
