'use client';

import { useExternalValue } from '@/lib/reader/external-value';
import { useAnnouncement, useReader, useStaleLink } from './ReaderProvider';

/**
 * The notice for a link to a block that is gone, in the page's flow above the text, and the
 * live regions that tell screen readers what a flip, a view, a copy or a peek did; what the eye needs
 * shows where it happened (the text itself, the share control, a block's note), so no notice
 * ever covers the text.
 */
export function ReaderNotices({ staleLink, dismiss }: { staleLink: string; dismiss: string }) {
  const { dismissStaleLink, sentences } = useReader();
  const isStale = useStaleLink();
  const announcement = useAnnouncement();
  const peek = useExternalValue(sentences.peekMessage);
  return (
    <>
      {isStale && (
        <div className="stale-link" role="status">
          <p>{staleLink}</p>
          <button type="button" onClick={dismissStaleLink}>
            {dismiss}
          </button>
        </div>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {/* A peek's translation, in its own language. */}
      <div className="visually-hidden" aria-live="polite" lang={peek?.lang}>
        {peek?.text}
      </div>
    </>
  );
}
