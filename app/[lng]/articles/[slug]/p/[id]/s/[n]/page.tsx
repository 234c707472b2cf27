import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { counterpartSentence } from '@/lib/content/article';
import { readSentence, sentenceParams } from '@/lib/content/store';
import { paragraphPath, prebuildParagraphPages, sentencePath } from '@/lib/site';
import { linkMetadata } from '../../../link-metadata';

// Made on first request, or all at build time for the static export, as paragraph pages are
// (../../page.tsx).
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages ? sentenceParams() : [];
}

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/articles/[slug]/p/[id]/s/[n]'>): Promise<Metadata> {
  const { lng, slug, id, n } = await params;
  const found = readSentence(lng, slug, id, n);
  if (!found) return {};
  const { block } = found;
  // The other language's link names the sentence that translates this one, where there is one.
  const path = (l: typeof found.lng) => {
    const counterpart = counterpartSentence(block, found.lng, found.n - 1, l);
    return counterpart === undefined
      ? paragraphPath(l, slug, block.id)
      : sentencePath(l, slug, block.id, counterpart + 1);
  };
  return linkMetadata(found, found.sentence, path(found.lng), path);
}

/** A sentence link: the article in `lng`, opened at the paragraph with the sentence highlighted. */
export default async function SentencePage({ params }: PageProps<'/[lng]/articles/[slug]/p/[id]/s/[n]'>) {
  const { lng, slug, id, n } = await params;
  const found = readSentence(lng, slug, id, n);
  if (!found) notFound();
  return (
    <ArticleView
      article={found.article}
      lng={found.lng}
      title={found.title}
      focusId={found.block.id}
      focusSentence={found.n - 1}
    />
  );
}
