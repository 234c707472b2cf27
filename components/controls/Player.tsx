'use client';

import { speeds } from '@/lib/reader/listen-settings';
import { useListenSettings, useNarration, useNarratorState } from './NarrationProvider';
import { useReader } from './ReaderProvider';

/** The reading-aloud controls, shown at the foot of the screen while the article is read. */
export function Player() {
  const { lng } = useReader();
  const { labels, blockIds, pause, resume, stop, setRate, setReadOn } = useNarration();
  const { status, blockId } = useNarratorState();
  const { rate, readOn } = useListenSettings();
  if (status === 'idle') return null;
  const format = new Intl.NumberFormat(lng, { maximumFractionDigits: 2 });
  const index = blockId ? blockIds.indexOf(blockId) : -1;

  return (
    <section className="player" aria-label={labels.player}>
      {index >= 0 && (
        <p className="player-progress">
          {labels.progress.replace('{{current}}', String(index + 1)).replace('{{total}}', String(blockIds.length))}
        </p>
      )}
      <div className="player-controls">
        <button type="button" onClick={status === 'playing' ? pause : resume}>
          {status === 'playing' ? labels.pause : labels.resume}
        </button>
        <button
          type="button"
          onClick={() => {
            // The player goes away: the focus goes to the block that was being read.
            if (blockId) document.getElementById(blockId)?.focus({ preventScroll: true });
            stop();
          }}
        >
          {labels.stop}
        </button>
        <label>
          <span className="visually-hidden">{labels.speed}</span>
          <select value={rate} onChange={(e) => setRate(Number(e.target.value))}>
            {speeds.map((speed) => (
              <option key={speed} value={speed}>
                {format.format(speed)}×
              </option>
            ))}
          </select>
        </label>
        <label className="player-read-on">
          <input type="checkbox" checked={readOn} onChange={(e) => setReadOn(e.target.checked)} />
          {labels.readOn}
        </label>
      </div>
    </section>
  );
}
