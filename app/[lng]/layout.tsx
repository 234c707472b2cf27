import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { isLanguage, languages, otherLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lng]'>): Promise<Metadata> {
  const { lng } = await params;
  const t = getT(isLanguage(lng) ? lng : 'en');
  return {
    metadataBase: siteUrl,
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('tagline'),
  };
}

export default async function LanguageLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLanguage(lng)) notFound();
  const t = getT(lng);
  const other = otherLanguage(lng);

  return (
    <html lang={lng}>
      <body>
        <a className="skip-link" href="#main_content">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link href={`/${lng}`} className="brand">
            {t('siteName')}
          </Link>
          <LanguageSwitch
            to={other}
            label={getT(other)('switchLanguage.label', { language: getT(other)(`languageName.${other}`) })}
          />
        </header>
        <main id="main_content">{children}</main>
      </body>
    </html>
  );
}
