import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { articleDescription } from '@/lib/content/article';
import { getArticleSummaries, readArticle } from '@/lib/content/store';
import { languages, otherLanguage } from '@/lib/i18n/config';
import { feedAlternates } from '@/lib/feed/feed-links';
import { getT } from '@/lib/i18n/server';
import { articlePath, ogLocale } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]'>): Promise<Metadata> {
  const { lng: lngParam, slug } = await params;
  const found = readArticle(lngParam, slug);
  if (!found) return {};
  const { lng, article, title } = found;
  const description = articleDescription(article, lng);
  return {
    title: title.text,
    description,
    alternates: {
      canonical: articlePath(lng, slug),
      languages: {
        ...Object.fromEntries(languages.map((l) => [l, articlePath(l, slug)])),
        'x-default': articlePath(article.lang, slug),
      },
      types: feedAlternates(lng),
    },
    openGraph: {
      type: 'article',
      siteName: getT(lng)('siteName'),
      title: title.text,
      description,
      url: articlePath(lng, slug),
      locale: ogLocale[lng],
      alternateLocale: ogLocale[otherLanguage(lng)],
    },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[lng]/articles/[slug]'>) {
  const { lng, slug } = await params;
  const found = readArticle(lng, slug);
  if (!found) notFound();
  return <ArticleView article={found.article} lng={found.lng} title={found.title} />;
}
