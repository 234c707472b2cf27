'use client';

import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/config';
import { blocksElementId } from '@/lib/reader/stored-state';
import { useView } from './ReaderProvider';

/**
 * The article's blocks; the view is an attribute the stylesheet lays them out by.
 *
 * @param long whether the article is long enough for blocks out of view to skip layout
 */
export function BlockList({ lng, long, children }: { lng: Language; long: boolean; children: ReactNode }) {
  const view = useView();
  return (
    <div
      id={blocksElementId}
      className="blocks"
      data-view={view}
      data-lng={lng}
      data-long={long || undefined}
      // Before hydration, the page's own script may already have set the view.
      suppressHydrationWarning
    >
      {children}
    </div>
  );
}
