import type { Metadata } from 'next';
import { ArticleIndex, indexMetadata, indexPage } from '@/components/site/ArticleIndex';
import { isLanguage } from '@/lib/i18n/config';

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[lng]'>): Promise<Metadata> {
  const { lng } = await params;
  const page = isLanguage(lng) ? indexPage(lng, 1) : undefined;
  return page ? indexMetadata(page) : {};
}

/** The index's first page: the first articles, and links to the other pages. */
export default async function IndexFirstPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params;
  const page = isLanguage(lng) ? indexPage(lng, 1) : undefined;
  return page ? <ArticleIndex {...page} /> : null;
}
