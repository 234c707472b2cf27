'use client';

import { usePathname } from 'next/navigation';
import type { Language } from '@/lib/i18n/config';
import { readerDom } from '@/lib/reader/reader-dom';

/**
 * A link to the same page in the other language. On an article, the page's controls script
 * keeps its address in step with the reader (the view, the flips, `#` the paragraph in view),
 * so the other language opens where the reader was; without it, the plain path.
 *
 * @param label the link text, written in the target language
 */
export function LanguageSwitch({ to, label }: { to: Language; label: string }) {
  const href = usePathname().replace(/^\/[^/]+/, `/${to}`);
  return (
    <a href={href} hrefLang={to} lang={to} className={readerDom.languageLink}>
      {label}
    </a>
  );
}
