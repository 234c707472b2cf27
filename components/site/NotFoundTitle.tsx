'use client';

import { useEffect } from 'react';
import { notFoundSectionClass } from '@/lib/i18n/not-found-language';

/**
 * Where the 404 page shows one language, titles the page in it too. Next.js sets the title
 * that names both back while it hydrates the head, after this page's own scripts and effects
 * have run, so this puts the one-language title back whenever the head changes.
 */
export function NotFoundTitle() {
  useEffect(() => {
    const shown = document.querySelectorAll(`.${notFoundSectionClass}:not([hidden]) h1`);
    const title = shown.length === 1 ? shown[0]!.textContent : null;
    if (!title) return;
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
