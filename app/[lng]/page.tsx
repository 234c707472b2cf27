import type { Metadata } from 'next';
import { getArticleSummaries, titleIn } from '@/lib/content/store';
import { isLanguage, languages } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { articlePath } from '@/lib/site';

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[lng]'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLanguage(lng)) return {};
  const t = getT(lng);
  return {
    title: t('index.title'),
    alternates: {
      canonical: `/${lng}`,
      languages: { ...Object.fromEntries(languages.map((l) => [l, `/${l}`])), 'x-default': '/' },
    },
  };
}

export default async function ArticleIndex({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLanguage(lng)) return null;
  const t = getT(lng);
  const articles = getArticleSummaries();

  return (
    <div className="index">
      <h1>{t('index.title')}</h1>
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
    </div>
  );
}
