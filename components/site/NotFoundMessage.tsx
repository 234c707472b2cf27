import type { Language } from '@/lib/i18n/config';
import { notFoundSectionClass } from '@/lib/i18n/not-found-language';
import { getT } from '@/lib/i18n/server';

/** The 404 message in one language, with a way back to that language's articles. */
export function NotFoundMessage({ lng }: { lng: Language }) {
  const t = getT(lng);
  return (
    // The page's script may hide this section before React hydrates.
    <section className={notFoundSectionClass} lang={lng} suppressHydrationWarning>
      <p className="status">404</p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={`/${lng}`}>{t('notFound.home')}</a>
      </p>
    </section>
  );
}
