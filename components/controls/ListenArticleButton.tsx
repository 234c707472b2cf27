'use client';

import { languages } from '@/lib/i18n/config';
import { useNarration, useUnavailable } from './NarrationProvider';
import { useReader } from './ReaderProvider';

/** Reads the whole article aloud, from its first block; says so where the browser cannot. */
export function ListenArticleButton({ firstBlockId }: { firstBlockId: string }) {
  const { announce } = useReader();
  const { labels, listen } = useNarration();
  const cannot = useUnavailable()(languages);
  return (
    <button
      type="button"
      className="listen-article"
      aria-disabled={cannot ? true : undefined}
      onClick={() => (cannot ? announce(cannot) : listen(firstBlockId))}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M6.5 4.5v11l9-5.5z" fill="currentColor" />
      </svg>
      {cannot ?? labels.listenArticle}
    </button>
  );
}
