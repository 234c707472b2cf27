import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/config';
import { readerDom } from '@/lib/reader/reader-dom';

/**
 * The article's blocks. The stylesheet lays them out by the view switcher's checked radio and
 * each block's flip, against the page's language (`data-lng`).
 *
 * @param long whether the article is long enough for blocks out of view to skip layout
 */
export function BlockList({ lng, long, children }: { lng: Language; long: boolean; children: ReactNode }) {
  return (
    <div id={readerDom.blocksId} className="blocks" data-lng={lng} data-long={long || undefined} tabIndex={-1}>
      {children}
    </div>
  );
}
