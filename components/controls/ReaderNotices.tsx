'use client';

import { useAnnouncement, useReader, useStaleLink } from './ReaderProvider';

/** The notice for a link to a block that is gone, and the live region that announces flips and copies. */
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
      <div className="toast" role="status" aria-live="polite" data-visible={announcement ? true : undefined}>
        {announcement}
      </div>
    </>
  );
}
