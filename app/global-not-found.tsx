import type { Metadata } from 'next';
import { InlineScript } from '@/components/InlineScript';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { NotFoundTitle } from '@/components/NotFoundTitle';
import { languages } from '@/lib/i18n/config';
import { applyDisplaySettingsScript } from '@/lib/reader/display-settings';
import { getT } from '@/lib/i18n/server';
import './globals.css';

export const metadata: Metadata = {
  title: languages.map((l) => getT(l)('notFound.title')).join(' · '),
};

// Next.js renders this page once, for every unknown address, so it holds both languages. Before
// the first paint, this script keeps only the one the address starts with (/en/…, /es/…) and
// sets the page's lang to it (and NotFoundTitle the title, once React has hydrated the head);
// any other address shows both. Static code only.
const keepLanguageOfPath = `(function(){
var l=location.pathname.split('/')[1];
var keep=document.querySelector('.not-found[lang="'+l+'"]');if(!keep)return;
document.documentElement.lang=l;
document.querySelectorAll('.not-found').forEach(function(s){if(s!==keep)s.hidden=true});
})()`;

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
        <InlineScript code={keepLanguageOfPath} />
        <NotFoundTitle />
      </body>
    </html>
  );
}
