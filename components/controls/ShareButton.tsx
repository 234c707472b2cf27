'use client';

import { useState } from 'react';
import type { Language } from '@/lib/i18n/config';
import { numbered } from '@/lib/reader/reader';
import { paragraphPath } from '@/lib/site';
import { Icon } from './Icon';
import { useBlockState, useNarrow, useReader } from './ReaderProvider';

/**
 * A block's share control: a link to its paragraph page in the language it shows now, which the
 * phone's share sheet (or the clipboard) takes; before the page's code has loaded, and without
 * JavaScript, it is a plain link to that page. Where the link opens in another language than
 * the page's, it says so, in its name and beside its icon.
 */
export function ShareButton({ id, n, blockLang }: { id: string; n: number; blockLang: Language }) {
  const { lng, slug, labels, shownIn, share } = useReader();
  const narrow = useNarrow();
  const shown = useBlockState(id, (state) => shownIn(id, state, blockLang, narrow));
  const [copied, setCopied] = useState(false);
  const shareLabel = numbered(shown === lng ? labels.share : labels.shareIn[shown], n);
  // The name holds what the link shows, for those who speak it to a voice control.
  const label = copied ? `${shareLabel} · ${labels.copied}` : shareLabel;
  return (
    <a
      className="share"
      href={paragraphPath(shown, slug, id)}
      aria-label={label}
      title={label}
      tabIndex={-1}
      onClick={(event) => {
        event.preventDefault();
        void share(id).then((wasCopied) => {
          if (!wasCopied) return;
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <Icon name="share" />
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
