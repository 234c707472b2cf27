'use client';

import { usePathname } from 'next/navigation';
import type { Language } from '@/lib/i18n/config';
import { useExternalValue } from '@/lib/reader/external-value';
import { locationSearch } from '@/lib/reader/location-search';

/**
 * A link to the same page in the other language, keeping the reader's view. Flipped blocks are
 * not carried over: they were flipped away from this page's language.
 *
 * @param label the link text, written in the target language
 */
export function LanguageSwitch({ to, label }: { to: Language; label: string }) {
  const pathname = usePathname();
  const view = useExternalValue(locationSearch, (search) => new URLSearchParams(search).get('view'));
  const href = pathname.replace(/^\/[^/]+/, `/${to}`) + (view ? `?view=${encodeURIComponent(view)}` : '');
  return (
    <a href={href} hrefLang={to} lang={to} className="language-switch">
      {label}
    </a>
  );
}
