import Link from 'next/link';
import type { Language } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';

/** The 404 message in one language, with a way back to that language's articles. */
export function NotFoundMessage({ lng, headingLevel = 1 }: { lng: Language; headingLevel?: 1 | 2 }) {
  const t = getT(lng);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="not-found" lang={lng}>
      <p className="status">404</p>
      <Heading>{t('notFound.title')}</Heading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href={`/${lng}`}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
