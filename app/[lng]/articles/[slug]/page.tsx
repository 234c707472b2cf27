import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/ArticleView';
import { flowText } from '@/lib/content/mdast-to-flow';
import { getArticle, getArticleSummaries } from '@/lib/content/store';
import { isLanguage, languages, type Language } from '@/lib/i18n/config';

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSummaries().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]'>): Promise<Metadata> {
  const { lng, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLanguage(lng)) return {};
  const lead = article.blocks.find((b) => b.kind === 'paragraph');
  const leadFlow = lead && (lead.versions[lng] ?? lead.versions[lead.lang]);
  const description = leadFlow ? truncate(flowText(leadFlow), 200) : undefined;
  const path = (l: Language) => `/${l}/articles/${slug}`;
  return {
    title: article.title[lng] ?? article.title[article.lang],
    description,
    alternates: {
      canonical: path(lng),
      languages: { ...Object.fromEntries(languages.map((l) => [l, path(l)])), 'x-default': path(article.lang) },
    },
  };
}

export default async function ArticlePage({ params }: PageProps<'/[lng]/articles/[slug]'>) {
  const { lng, slug } = await params;
  const article = getArticle(slug);
  if (!article || !isLanguage(lng)) notFound();
  return <ArticleView article={article} lng={lng} />;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}
