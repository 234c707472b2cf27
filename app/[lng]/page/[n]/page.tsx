import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleIndex, indexMetadata, indexPage } from '@/components/site/ArticleIndex';
import { getArticleSummaries } from '@/lib/content/store';
import { isLanguage, languages } from '@/lib/i18n/config';
import { indexPageCount } from '@/lib/site';

// Every page is built: an address past the last is a 404. `/page/1` is the index's first page
// again, its canonical address `/{lng}` (a static export needs one page here at least).
export const dynamicParams = false;

export function generateStaticParams() {
  const pages = indexPageCount(getArticleSummaries().length);
  return languages.flatMap((lng) => Array.from({ length: pages }, (_, i) => ({ lng, n: String(i + 1) })));
}

function pageOf(lng: string, n: string) {
  return isLanguage(lng) && /^[1-9][0-9]*$/.test(n) ? indexPage(lng, Number(n)) : undefined;
}

export async function generateMetadata({ params }: PageProps<'/[lng]/page/[n]'>): Promise<Metadata> {
  const { lng, n } = await params;
  const page = pageOf(lng, n);
  return page ? indexMetadata(page) : {};
}

/** Page `n` of the index. */
export default async function IndexPage({ params }: PageProps<'/[lng]/page/[n]'>) {
  const { lng, n } = await params;
  const page = pageOf(lng, n);
  if (!page) notFound();
  return <ArticleIndex {...page} />;
}
