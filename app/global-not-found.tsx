import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { languages } from '@/lib/i18n/config';
import { getT } from '@/lib/i18n/server';
import './globals.css';

export const metadata: Metadata = {
  title: languages.map((l) => getT(l)('notFound.title')).join(' · '),
};

/** A path outside every language (`/fr`, `/xyz`) cannot tell which language to answer in: both. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main_content" className="not-found-both">
          {languages.map((l, i) => (
            <NotFoundMessage key={l} lng={l} headingLevel={i === 0 ? 1 : 2} />
          ))}
        </main>
      </body>
    </html>
  );
}
