import { useNarration } from './NarrationProvider';
import { useReader } from './ReaderProvider';

/**
 * A block's play control: reads the block aloud in the language(s) it shows, and on through
 * the article while "read on" is set; while the block is being read, it stops. Where no voice
 * can read the block, it says so instead.
 *
 * @param reading whether the block is being read (or paused in)
 * @param cannot why the block cannot be read aloud as it shows, if it cannot
 */
export function ListenButton({ id, reading, cannot }: { id: string; reading: boolean; cannot?: string }) {
  const { announce } = useReader();
  const { labels, listen, stop } = useNarration();
  const label = reading ? labels.stopBlock : (cannot ?? labels.listenBlock);

  return (
    <button
      type="button"
      className="listen"
      aria-label={label}
      title={label}
      aria-disabled={cannot && !reading ? true : undefined}
      data-reading={reading || undefined}
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
