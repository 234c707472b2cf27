import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { paragraphParams, readParagraph } from '@/lib/content/store';
import { paragraphPath, prebuildParagraphPages } from '@/lib/site';
import { linkMetadata } from '../link-metadata';

// A page and a card for every block in both languages would grow the build with every
// paragraph, so `next start` makes each on its first request and keeps it. The static export
// prebuilds them all (PREBUILD_PARAGRAPH_PAGES=1) and turns the line below to `false` in its
// copy (scripts/export.ts): an export has no first request. Costs: docs/performance.md.
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages ? paragraphParams() : [];
}

export async function generateMetadata({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>): Promise<Metadata> {
  const { lng, slug, id } = await params;
  const found = readParagraph(lng, slug, id);
  if (!found) return {};
  const path = (l: typeof found.lng) => paragraphPath(l, slug, found.block.id);
  return linkMetadata(found, found.text, path(found.lng), path);
}

/** A paragraph link: the article in `lng`, opened at that block, with a preview for chats. */
export default async function ParagraphPage({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]'>) {
  const { lng, slug, id } = await params;
  const found = readParagraph(lng, slug, id);
  if (!found) notFound();
  return <ArticleView article={found.article} lng={found.lng} title={found.title} focusId={found.block.id} />;
}
