import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/ArticleView';
import { blockText, truncate } from '@/lib/content/find-block';
import { getArticle, getArticleSummaries } from '@/lib/content/store';
import { isLanguage, languages, otherLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { articlePath, ogLocale } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]'>): Promise<Metadata> {
  const { lng, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLanguage(lng)) return {};
  const lead = article.blocks.find((b) => b.kind === 'paragraph');
  const title = article.title[lng] ?? article.title[article.lang];
  const description = lead && truncate(blockText(lead, lng), 200);
  return {
    title,
    description,
    alternates: {
      canonical: articlePath(lng, slug),
      languages: {
        ...Object.fromEntries(languages.map((l) => [l, articlePath(l, slug)])),
        'x-default': articlePath(article.lang, slug),
      },
    },
    openGraph: {
      type: 'article',
      siteName: getT(lng)('siteName'),
      title,
      description,
      url: articlePath(lng, slug),
      locale: ogLocale[lng],
      alternateLocale: ogLocale[otherLanguage(lng)],
    },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[lng]/articles/[slug]'>) {
  const { lng, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLanguage(lng)) notFound();
  return <ArticleView article={article} lng={lng} />;
}
