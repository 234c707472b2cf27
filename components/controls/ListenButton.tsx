import { numbered } from '@/lib/reader/reader';
import { readerDom } from '@/lib/reader/reader-dom';
import { useNarration } from './NarrationProvider';
import { useReader } from './ReaderProvider';

/**
 * A block's play control: reads the block aloud in the language(s) it shows, and on through
 * the article while "read on" is set; while the block is being read, it stops. Where no voice
 * can read the block, it says so instead.
 *
 * @param n the block's number, which names the control
 * @param reading whether the block is being read (or paused in)
 * @param cannot why the block cannot be read aloud as it shows, if it cannot
 */
export function ListenButton({
  id,
  n,
  reading,
  cannot,
  describedBy,
}: {
  id: string;
  n: number;
  reading: boolean;
  cannot?: string;
  describedBy: string;
}) {
  const { announce } = useReader();
  const { labels, listen, stop } = useNarration();
  const label = reading ? numbered(labels.stopBlock, n) : (cannot ?? numbered(labels.listenBlock, n));

  return (
    <button
      type="button"
      className="listen"
      aria-label={label}
      title={label}
      aria-describedby={describedBy}
      aria-disabled={cannot && !reading ? true : undefined}
      data-reading={reading || undefined}
      tabIndex={-1}
      {...{ [readerDom.control]: '' }}
      onClick={() => {
        if (reading) stop();
        else if (cannot) announce(cannot);
        else listen(id);
      }}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        {reading ? (
          <rect x="5" y="5" width="10" height="10" rx="1.5" fill="currentColor" />
        ) : (
          <path d="M6.5 4.5v11l9-5.5z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        )}
      </svg>
    </button>
  );
}
