'use client';

import { useState } from 'react';
import type { Language } from '@/lib/i18n/config';
import { numbered } from '@/lib/reader/reader';
import { readerDom } from '@/lib/reader/reader-dom';
import { paragraphPath } from '@/lib/site';
import { useBlockState, useNarrow, useReader } from './ReaderProvider';

/**
 * A block's share control: a link to its paragraph page in the language it shows now, which the
 * phone's share sheet (or the clipboard) takes; before the page's code has loaded, and without
 * JavaScript, it is a plain link to that page. Where the link opens in another language than
 * the page's, it says so, in its name and beside its icon.
 */
export function ShareButton({
  id,
  n,
  blockLang,
  describedBy,
}: {
  id: string;
  n: number;
  blockLang: Language;
  describedBy: string;
}) {
  const { lng, slug, labels, shownIn, share } = useReader();
  const narrow = useNarrow();
  const shown = useBlockState(id, (state) => shownIn(id, state, blockLang, narrow));
  const [copied, setCopied] = useState(false);
  const label = numbered(shown === lng ? labels.share : labels.shareIn[shown], n);
  return (
    <a
      className="share"
      href={paragraphPath(shown, slug, id)}
      aria-label={label}
      title={label}
      aria-describedby={describedBy}
      tabIndex={-1}
      {...{ [readerDom.control]: '' }}
      onClick={(event) => {
        event.preventDefault();
        void share(id).then((wasCopied) => {
          if (!wasCopied) return;
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path
          d="M10 2.5v10M6 6l4-4 4 4M4.5 10v6.5h11V10"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {copied ? (
        <span className="share-note" aria-hidden="true">
          {labels.copied}
        </span>
      ) : (
        shown !== lng && (
          <span className="share-note" aria-hidden="true">
            {labels.languageCode[shown]}
          </span>
        )
      )}
    </a>
  );
}
