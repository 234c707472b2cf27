import { numbered } from '@/lib/reader/reader';
import { Icon } from './Icon';
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
export function ListenButton({ id, n, reading, cannot }: { id: string; n: number; reading: boolean; cannot?: string }) {
  const { announce } = useReader();
  const { labels, listen, stop } = useNarration();
  const label = reading ? numbered(labels.stopBlock, n) : (cannot ?? numbered(labels.listenBlock, n));

  return (
    <button
      type="button"
      className="listen"
      aria-label={label}
      title={label}
      aria-disabled={cannot && !reading ? true : undefined}
      data-reading={reading || undefined}
      tabIndex={-1}
      onClick={() => {
        if (reading) stop();
        else if (cannot) announce(cannot);
        else listen(id);
      }}
    >
      <Icon name={reading ? 'stop' : 'play'} />
    </button>
  );
}
