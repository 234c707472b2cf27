'use client';

import type { ReactNode } from 'react';
import { languages } from '@/lib/i18n/config';
import { useReader } from './ReaderProvider';

/**
 * The article's blocks; the view is an attribute the stylesheet lays them out by.
 *
 * @param long whether the article is long enough for blocks out of view to skip layout
 */
export function BlockList({ long, children }: { long: boolean; children: ReactNode }) {
  const { view, lng, labels } = useReader();
  return (
    <div
      id="reader_blocks"
      className="blocks"
      data-view={view}
      data-lng={lng}
      data-long={long || undefined}
      // Before hydration, the page's own script may already have set the view.
      suppressHydrationWarning
    >
      <div className="columns" aria-hidden="true">
        {languages.map((l) => (
          <span key={l}>{labels.languageName[l]}</span>
        ))}
      </div>
      {children}
    </div>
  );
}
