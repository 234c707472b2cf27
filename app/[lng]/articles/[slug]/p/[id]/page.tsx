import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { excerpt, paragraphParams, readParagraph } from '@/lib/content/store';
import { languages, otherLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { cardSize, ogLocale, paragraphPath, prebuildParagraphPages } from '@/lib/site';

// A page and a card for every block in both languages would grow the build with every
// paragraph, so `next start` makes each on its first request and keeps it. The static export
// prebuilds them all (PREBUILD_PARAGRAPH_PAGES=1) and turns the line below to `false` in its
// copy (scripts/export.ts): an export has no first request. Costs: docs/performance.md.
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages ? paragraphParams() : [];
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>): Promise<Metadata> {
  const { lng: lngParam, slug, id } = await params;
  const found = readParagraph(lngParam, slug, id);
  if (!found) return {};
  const { lng, block, title, text } = found;

  const description = excerpt(text, 300);
  const url = paragraphPath(lng, slug, block.id);
  const image = {
    url: `${url}/card.png`,
    ...cardSize,
    type: 'image/png',
    alt: getT(lng)('share.imageAlt', { title: title.text }),
  };
  return {
    title: title.text,
    description,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(languages.map((l) => [l, paragraphPath(l, slug, block.id)])),
    },
    openGraph: {
      type: 'article',
      siteName: getT(lng)('siteName'),
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

/** A paragraph link: the article in `lng`, opened at that block, with a preview for chats. */
export default async function ParagraphPage({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>) {
  const { lng, slug, id } = await params;
  const found = readParagraph(lng, slug, id);
  if (!found) notFound();
  return <ArticleView article={found.article} lng={found.lng} title={found.title} focusId={found.block.id} />;
}
