import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DisplayControls } from '@/components/site/DisplayControls';
import { InlineScript } from '@/components/site/InlineScript';
import { LanguageSwitch } from '@/components/site/LanguageSwitch';
import { applyDisplaySettingsScript } from '@/lib/pre-paint/display';
import { serif } from '../fonts';
import { isLanguage, languages, otherLanguage } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import { feedAlternates } from '@/lib/feed/feed-links';
import { manifestPath } from '@/lib/offline/paths';
import { registerWorkerScript } from '@/lib/offline/register';
import { siteUrl } from '@/lib/site';
import '../globals.css';

/** The mark after the page's content that its first paint waits for. */
const pageEndId = 'page_end';

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lng]'>): Promise<Metadata> {
  const { lng: lngParam } = await params;
  const lng = isLanguage(lngParam) ? lngParam : 'en';
  const t = getT(lng);
  return {
    metadataBase: siteUrl,
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('tagline'),
    alternates: { types: feedAlternates(lng) },
    manifest: manifestPath(lng),
  };
}

export default async function LanguageLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLanguage(lng)) notFound();
  const t = getT(lng);
  const other = otherLanguage(lng);

  return (
    // The head script sets the reader's theme and text size on <html> before React hydrates.
    <html lang={lng} className={serif.variable} suppressHydrationWarning>
      <head>
        {/* No paint before the page is parsed up to its end mark (Chromium): a first paint in
            mid-parse showed the page before the rest of the header, or before the reader's
            controls script had set the view, flips and place, which then moved it. */}
        <link rel="expect" href={`#${pageEndId}`} blocking="render" />
        <InlineScript code={applyDisplaySettingsScript} />
      </head>
      <body>
        <a className="skip-link" href="#main_content">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          {/* Plain anchors, not next/link: every page is prerendered HTML, and the client router's
              code and prefetching cost a phone more than a soft navigation saves (docs/performance.md). */}
          <a href={`/${lng}`} className="brand">
            {t('siteName')}
          </a>
          <DisplayControls
            labels={{
              group: t('display.group'),
              theme: t('display.theme'),
              themeNames: { system: t('display.system'), light: t('display.light'), dark: t('display.dark') },
              smaller: t('display.smaller'),
              larger: t('display.larger'),
            }}
          />
          <LanguageSwitch
            to={other}
            label={getT(other)('switchLanguage.label', { language: getT(other)(`languageName.${other}`) })}
          />
        </header>
        {/* Focusable by script only, so the skip link moves focus here, not just the scroll position. */}
        <main id="main_content" tabIndex={-1}>
          {children}
        </main>
        <div id={pageEndId} hidden />
        {/* The offline worker (lib/offline/), registered once the page has loaded; `npm run build` makes it, `next dev` has none. */}
        {process.env.NODE_ENV === 'production' && <InlineScript code={registerWorkerScript} />}
      </body>
    </html>
  );
}
