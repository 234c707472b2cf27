import type { Metadata } from 'next';
import { getArticleSummaries, titleIn } from '@/lib/content/store';
import { languages, type Language } from '@/lib/i18n/config';
import { feedAlternates } from '@/lib/feed/feed-links';
import { getT } from '@/lib/i18n/server';
import { articlePath, articlesPerIndexPage, indexPageCount, indexPath } from '@/lib/site';

/** The index's page `n` (from 1) in `lng`, or undefined where there is no such page. */
export function indexPage(lng: Language, n: number) {
  const all = getArticleSummaries();
  const pages = indexPageCount(all.length);
  if (!Number.isInteger(n) || n < 1 || n > pages) return undefined;
  return { lng, n, pages, articles: all.slice((n - 1) * articlesPerIndexPage, n * articlesPerIndexPage) };
}

export type IndexPage = NonNullable<ReturnType<typeof indexPage>>;

/** The index page's title ("Articles", then "Articles, page 2 of 20"), canonical address and its other-language twins. */
export function indexMetadata({ lng, n, pages }: IndexPage): Metadata {
  const t = getT(lng);
  return {
    title: n === 1 ? t('index.title') : t('index.pageTitle', { n, pages }),
    alternates: {
      canonical: indexPath(lng, n),
      languages: {
        ...Object.fromEntries(languages.map((l) => [l, indexPath(l, n)])),
        ...(n === 1 ? { 'x-default': '/' } : {}),
      },
      types: feedAlternates(lng),
    },
  };
}

/**
 * One page of the list of articles, in slug order, titled in `lng` where translated, with links
 * to every page of the list: plain links that a crawler and a keyboard follow.
 */
export function ArticleIndex({ lng, n, pages, articles }: IndexPage) {
  const t = getT(lng);
  return (
    <div className="index">
      <h1>{n === 1 ? t('index.title') : t('index.pageTitle', { n, pages })}</h1>
      <p className="intro">{t('index.intro')}</p>
      {articles.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => {
            const title = titleIn(article, lng);
            return (
              <li key={article.slug}>
                <a href={articlePath(lng, article.slug)} lang={title.lang} className="article-link">
                  {title.text}
                </a>
                <p className="article-meta">
                  {t('index.publishedIn', { language: t(`languageName.${article.lang}`) })} ·{' '}
                  {t('index.paragraphs', { en: article.paragraphCount.en, es: article.paragraphCount.es })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 && <IndexPages lng={lng} n={n} pages={pages} />}
    </div>
  );
}

function IndexPages({ lng, n, pages }: Pick<IndexPage, 'lng' | 'n' | 'pages'>) {
  const t = getT(lng);
  return (
    <nav className="index-pages" aria-label={t('index.pages')}>
      {n > 1 && (
        <a href={indexPath(lng, n - 1)} rel="prev" className="index-step">
          {t('index.previous')}
        </a>
      )}
      <ol>
        {Array.from({ length: pages }, (_, i) => i + 1).map((page) => (
          <li key={page}>
            <a
              href={indexPath(lng, page)}
              aria-current={page === n ? 'page' : undefined}
              aria-label={t('index.pageN', { n: page })}
            >
              {page}
            </a>
          </li>
        ))}
      </ol>
      {n < pages && (
        <a href={indexPath(lng, n + 1)} rel="next" className="index-step">
          {t('index.next')}
        </a>
      )}
    </nav>
  );
}
