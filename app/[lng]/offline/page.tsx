import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { indexPath } from '@/lib/site';

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<'/[lng]/offline'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLanguage(lng)) return {};
  return { title: getT(lng)('offline.title'), robots: { index: false } };
}

/**
 * What the service worker shows offline, in the address's language, for a page the reader never
 * opened (lib/offline/worker.ts keeps it from its install on). Not in the sitemap, not indexed.
 */
export default async function OfflinePage({ params }: PageProps<'/[lng]/offline'>) {
  const { lng } = await params;
  if (!isLanguage(lng)) notFound();
  const t = getT(lng);
  return (
    <section className="offline">
      <h1>{t('offline.title')}</h1>
      <p>{t('offline.body')}</p>
      <p>{t('offline.kept')}</p>
      <p>{t('offline.retry')}</p>
      <p>
        <a href={indexPath(lng)}>{t('offline.home')}</a>
      </p>
    </section>
  );
}
