import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/reader/ArticleView';
import { blockText, findBlock, truncate } from '@/lib/content/find-block';
import { getArticle, getArticleSummaries } from '@/lib/content/store';
import { isLanguage, languages, otherLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { cardSize, ogLocale, paragraphPath, prebuildParagraphPages } from '@/lib/site';

// A page and a card for every block in both languages grow the build with every paragraph
// (about 80 ms a route on 2 cores: 27 minutes for one article of 5,000 paragraphs). So by
// default `next start` renders each on its first request and keeps it; with
// PREBUILD_PARAGRAPH_PAGES=1 the build makes them all, as the static export does (scripts/export.ts,
// which also turns the line below to `false` in its copy: an export has no first request).
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages ? paragraphParams() : [];
}

/** One page per block and per former ID of a block. */
export function paragraphParams(): { slug: string; id: string }[] {
  return getArticleSummaries().flatMap(({ slug }) =>
    (getArticle(slug)?.blocks ?? []).flatMap((b) => [b.id, ...(b.aliases ?? [])]).map((id) => ({ slug, id })),
  );
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>): Promise<Metadata> {
  const { lng, slug, id } = await params;
  const article = getArticle(slug);
  const block = article && findBlock(article, id);
  if (!article || !block || !isLanguage(lng)) return {};

  const title = article.title[lng] ?? article.title[article.lang] ?? '';
  const description = truncate(blockText(block, lng), 300);
  const url = paragraphPath(lng, slug, block.id);
  const image = { url: `${url}/card.png`, ...cardSize, type: 'image/png', alt: getT(lng)('share.imageAlt', { title }) };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(languages.map((l) => [l, paragraphPath(l, slug, block.id)])),
    },
    openGraph: {
      type: 'article',
      siteName: getT(lng)('siteName'),
      title,
      description,
      url,
      locale: ogLocale[lng],
      alternateLocale: ogLocale[otherLanguage(lng)],
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** A paragraph link: the article in `lng`, opened at that block, with a preview for chats. */
export default async function ParagraphPage({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>) {
  const { lng, slug, id } = await params;
  const article = getArticle(slug);
  const block = article && findBlock(article, id);
  if (!article || !block || !isLanguage(lng)) notFound();
  return <ArticleView article={article} lng={lng} focusId={block.id} />;
}
