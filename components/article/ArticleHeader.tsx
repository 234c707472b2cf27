import type { ReactNode } from 'react';
import type { ArticleInLanguage } from '@/lib/content/store';
import { getT } from '@/lib/i18n/server';
import { articlePath, siteUrl } from '@/lib/site';

/**
 * The article's title and byline, and the address to read it online (the stylesheet shows that
 * on paper only).
 *
 * @param children what follows the byline (the control that reads the article aloud)
 */
export function ArticleHeader({ article, lng, title, children }: ArticleInLanguage & { children?: ReactNode }) {
  const t = getT(lng);
  const url = new URL(articlePath(lng, article.slug), siteUrl).href;
  const [beforeUrl, afterUrl] = t('reader.readOnline', { url: '{{url}}' }).split('{{url}}');
  return (
    <header className="article-header">
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="byline" lang={lng}>
        {t('reader.publishedIn', { language: t(`languageName.${article.lang}`) })}
        {article.source && <> · {t('reader.source', { name: article.source.name })}</>}
        {article.published && (
          <>
            {' · '}
            <time dateTime={article.published}>
              {t('reader.published', {
                date: new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(
                  new Date(article.published),
                ),
              })}
            </time>
          </>
        )}
      </p>
      <p className="print-url" lang={lng}>
        {beforeUrl}
        <a href={url}>{url}</a>
        {afterUrl}
      </p>
      {children}
    </header>
  );
}
