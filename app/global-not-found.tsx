import type { Metadata } from 'next';
import { InlineScript } from '@/components/site/InlineScript';
import { NotFoundMessage } from '@/components/site/NotFoundMessage';
import { NotFoundTitle } from '@/components/site/NotFoundTitle';
import { languages } from '@/lib/i18n/config';
import { keepLanguageOfPathScript } from '@/lib/pre-paint/not-found';
import { applyDisplaySettingsScript } from '@/lib/pre-paint/display';
import { getT } from '@/lib/i18n/server';
import './globals.css';

export const metadata: Metadata = {
  title: languages.map((l) => getT(l)('notFound.title')).join(' · '),
};

/** The 404 page: in the language of the address where it has one, else in both. */
export default function GlobalNotFound() {
  return (
    // The head script applies the reader's theme and text size, as on every other page.
    <html lang="en" suppressHydrationWarning>
      <head>
        <InlineScript code={applyDisplaySettingsScript} />
      </head>
      <body>
        <main id="main_content" className="not-found-both">
          {languages.map((l) => (
            <NotFoundMessage key={l} lng={l} />
          ))}
        </main>
        {/* Before the first paint: only the section in the address's language, if it has one. */}
        <InlineScript code={keepLanguageOfPathScript} />
        <NotFoundTitle />
      </body>
    </html>
  );
}
