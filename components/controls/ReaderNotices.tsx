'use client';

import { useAnnouncement, useReader, useStaleLink } from './ReaderProvider';

/**
 * The notice for a link to a block that is gone, in the page's flow above the text, and the
 * live region that tells screen readers what a flip, a view or a copy did; what the eye needs
 * shows where it happened (the text itself, the share control, a block's note), so no notice
 * ever covers the text.
 */
export function ReaderNotices({ staleLink, dismiss }: { staleLink: string; dismiss: string }) {
  const { dismissStaleLink } = useReader();
  const isStale = useStaleLink();
  const announcement = useAnnouncement();
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
    </>
  );
}
