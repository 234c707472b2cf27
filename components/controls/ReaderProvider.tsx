'use client';

import { createContext, use, useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useExternalValue } from '@/lib/reader/external-value';
import { narrowScreen } from '@/lib/reader/narrow-screen';
import { readerDom } from '@/lib/reader/reader-dom';
import { createReader, type Reader, type ReaderOptions } from '@/lib/reader/reader';
import type { ReaderState } from '@/lib/reader/reader-state';

// The context holds the reader itself, which never changes: what changes (the view, flips, the
// linked block, the message) is read through the hooks below, each re-rendering only its readers.
const ReaderContext = createContext<Reader | null>(null);

/**
 * Gives the controls below the article's reader (`lib/reader/reader.ts`): once the page is
 * live, it announces what the controls change and goes to the linked block.
 */
export function ReaderProvider({
  lng,
  slug,
  labels,
  blocks,
  formerIds,
  focusId,
  linkedSentence,
  children,
}: ReaderOptions & { children: ReactNode }) {
  const reader = useMemo(
    () => createReader({ lng, slug, labels, blocks, formerIds, focusId, linkedSentence }),
    [lng, slug, labels, blocks, formerIds, focusId, linkedSentence],
  );
  useEffect(() => reader.start(), [reader]);
  useEffect(() => reader.sentences.start(), [reader]);
  // Last: a parent's effects run after its children's, so every control listens by now.
  useEffect(() => {
    const blocks = document.getElementById(readerDom.blocksId);
    blocks?.setAttribute(readerDom.liveAttribute, '');
    return () => blocks?.removeAttribute(readerDom.liveAttribute);
  }, []);
  return <ReaderContext value={reader}>{children}</ReaderContext>;
}

/**
 * The page's language, the labels and the actions (set the view, flip, share, announce): all
 * that does not change, so reading it never re-renders a component.
 */
export function useReader(): Reader {
  const reader = use(ReaderContext);
  if (!reader) throw new Error('useReader must be used inside <ReaderProvider>');
  return reader;
}

/**
 * Something block `id` derives from the view and flips, re-rendering the block only when that
 * changes: a flip wakes the flipped block alone. `derive` must return a primitive.
 */
export function useBlockState<T extends string | number | boolean | undefined>(
  id: string,
  derive: (state: ReaderState) => T,
): T {
  const { state, subscribeToBlock } = useReader();
  const subscribe = useCallback((listener: () => void) => subscribeToBlock(id, listener), [subscribeToBlock, id]);
  return useSyncExternalStore(
    subscribe,
    () => derive(state.get()),
    () => derive(state.initial()),
  );
}

/** Whether block `id` is the one a link opened the article at. */
export function useHighlighted(id: string): boolean {
  return useExternalValue(useReader().link, (link) => link.block === id);
}

/** Whether a link pointed at a block that is no longer in the article (until dismissed). */
export function useStaleLink(): boolean {
  const { link, staleLinkDismissed } = useReader();
  const stale = useExternalValue(link, ({ requested, block }) => Boolean(requested) && !block);
  const dismissed = useExternalValue(staleLinkDismissed);
  return stale && !dismissed;
}

/** The live region's message, '' when there is none. */
export function useAnnouncement(): string {
  return useExternalValue(useReader().message);
}

/** Whether the screen is narrow, where side by side shows one version of a block at a time. */
export function useNarrow(): boolean {
  return useExternalValue(narrowScreen);
}

/** The message shown beside block `id`'s controls, if any. */
export function useBlockNote(id: string): string | undefined {
  return useExternalValue(useReader().note, (note) => (note?.id === id ? note.text : undefined));
}
