'use client';

import { createContext, use, useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '@/lib/i18n/config';
import { keepInView } from '@/lib/reader/blocks-on-screen';
import { useExternalValue } from '@/lib/reader/external-value';
import { listenSettings, type ListenSettings } from '@/lib/reader/listen-settings';
import { createNarration, type Narration, type NarrationLabels } from '@/lib/reader/narration';
import type { NarratorState } from '@/lib/reader/narrator';
import { voiceSupport, whyUnavailable } from '@/lib/reader/voice-support';
import { useReader } from './ReaderProvider';

// As for the reader, the context holds what never changes; the narrator's state is read
// through the hooks below, so a block re-renders only when its own reading starts or ends.
const NarrationContext = createContext<Narration | null>(null);

/** Reading aloud for the controls below (`lib/reader/narration.ts`). */
export function NarrationProvider({ labels, children }: { labels: NarrationLabels; children: ReactNode }) {
  const { lng, blockIds, state, announce, sentences } = useReader();
  const narration = useMemo(
    () => createNarration({ lng, labels, blockIds, readerState: state.get, announce }),
    [lng, labels, blockIds, state, announce],
  );
  useEffect(() => narration.start(), [narration]);
  // Highlight the sentence being said (and, side by side, its translation).
  useEffect(
    () =>
      narration.state.subscribe(() => {
        const { status, blockId, sentence } = narration.state.get();
        const said = status !== 'idle' && blockId && sentence;
        sentences.listening(said ? { id: blockId, lang: sentence.version, index: sentence.index } : null);
      }),
    [narration, sentences],
  );

  // Keep the block being read in view, once the player is on screen to measure it against.
  const reading = useExternalValue(narration.state, ({ status, blockId }) =>
    status === 'playing' ? blockId : undefined,
  );
  useEffect(() => {
    if (reading) keepInView(reading);
  }, [reading]);

  return <NarrationContext value={narration}>{children}</NarrationContext>;
}

/** The labels and the actions of reading aloud (listen, pause, resume, stop, the settings). */
export function useNarration(): Narration {
  const narration = use(NarrationContext);
  if (!narration) throw new Error('useNarration must be used inside <NarrationProvider>');
  return narration;
}

/** Whether the narrator is idle, playing or paused, and in which block. */
export function useNarratorState(): NarratorState {
  return useExternalValue(useNarration().state);
}

/** Whether block `id` is being read (or paused in), re-rendering when that changes only. */
export function useIsRead(id: string): boolean {
  return useExternalValue(useNarration().state, ({ status, blockId }) => status !== 'idle' && blockId === id);
}

/** The speed and "read on", remembered for every article. */
export function useListenSettings(): ListenSettings {
  return useExternalValue(listenSettings);
}

/** Why a block showing `langs` cannot be read aloud, or undefined when it can. */
export function useUnavailable(): (langs: readonly Language[]) => string | undefined {
  const { labels, missing } = useNarration();
  const support = useExternalValue(voiceSupport);
  const missingNow = useExternalValue(missing);
  return (langs) => whyUnavailable(support, missingNow, langs, labels);
}
