'use client';

import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Language } from '@/lib/i18n/config';
import { currentSearch, replaceSearch, subscribeToSearch } from '@/lib/reader/location-search';
import { formatReaderState, parseReaderState, views, type ReaderState, type View } from '@/lib/reader/reader-state';
import { shareOrCopy, shareUrl } from '@/lib/reader/share-link';
import { shownLanguage } from '@/lib/reader/shown-language';
import { readStorage, writeStorage } from '@/lib/reader/browser-storage';
import { storageKey } from '@/lib/reader/stored-state';

/** UI strings the island needs, rendered by the server in the page's language. */
export interface ReaderLabels {
  flip: Record<Language, string>;
  languageCode: Record<Language, string>;
  languageName: Record<Language, string>;
  original: string;
  translationMissing: Record<Language, string>;
  share: string;
  linkCopied: string;
  /** Holds `{{url}}`, filled in by the browser. */
  copyFailed: string;
  shownIn: Record<Language, string>;
  /** Announced when the reader switches to a view. */
  viewShown: Record<View, string>;
}

export interface ReaderBlock {
  id: string;
  lang: Language;
  aliases?: string[];
}

// What changes with a flip (the flipped blocks, the announcement) is not in these contexts: a
// change of a context's value makes React search the whole article below it for readers of it.
interface ReaderContextValue {
  view: View;
  lng: Language;
  labels: ReaderLabels;
  /** The block a link opened the article at. */
  highlighted?: string;
  /** A link pointed at a block that is no longer in the article (shown until dismissed). */
  staleLink: boolean;
  /** The live region's message, for `useAnnouncement`. */
  announcer: Announcer;
  /** Says `message` in the page's live region (and shows it briefly). */
  announce(message: string): void;
  setView(view: View): void;
  toggle(id: string): void;
  share(id: string): void;
  dismissStaleLink(): void;
}

const ReaderContext = createContext<ReaderContextValue | null>(null);

/**
 * What every block needs and what rarely changes: blocks read their own flip and the view from
 * the address (`useBlockState`), so a flip re-renders one block, not the article.
 */
interface BlockContextValue {
  lng: Language;
  labels: ReaderLabels;
  highlighted?: string;
  /** A block's current ID for any of its IDs, former ones included. */
  resolve(id: string): string | undefined;
  /** The state as it is now (for callbacks, which must not wait for a render). */
  current(): ReaderState;
  /** Calls `listener` when block `id`'s own state may have changed: its flip, or the view. */
  subscribeToBlock(id: string, listener: () => void): () => void;
  toggle(id: string): void;
  share(id: string): void;
  announce(message: string): void;
}

const BlockContext = createContext<BlockContextValue | null>(null);

/**
 * The reader's state and actions. The address bar holds the view and the flipped blocks, so a
 * reload or a copied address reproduces what the reader sees; the browser remembers them per
 * article for the next visit, and an address that states them wins over what was remembered.
 *
 * @param focusId the block to scroll to, highlight and focus (a paragraph link's page)
 */
export function ReaderProvider({
  lng,
  slug,
  labels,
  blocks,
  focusId,
  children,
}: {
  lng: Language;
  slug: string;
  labels: ReaderLabels;
  blocks: readonly ReaderBlock[];
  focusId?: string;
  children: ReactNode;
}) {
  const search = useSyncExternalStore(subscribeToSearch, currentSearch, () => '');
  const key = storageKey(lng, slug);
  const resolve = useMemo(() => {
    const ids = new Map<string, string>();
    for (const block of blocks) {
      for (const alias of block.aliases ?? []) ids.set(alias, block.id);
      ids.set(block.id, block.id);
    }
    return (id: string) => ids.get(id);
  }, [blocks]);
  const state = useMemo(() => stateFor(search, resolve), [search, resolve]);

  const hash = useSyncExternalStore(subscribeToHash, currentHash, () => '');
  const requested = focusId ?? safeDecode(hash.slice(1));
  const highlighted = requested ? resolve(requested) : undefined;
  const [staleDismissed, setStaleDismissed] = useState(false);
  const staleLink = Boolean(requested) && !highlighted && !staleDismissed;
  const [announcer] = useState(createAnnouncer);
  const { announce } = announcer;

  const writeState = useCallback(
    (next: ReaderState) => {
      replaceSearch(formatReaderState(window.location.search, next));
      writeStorage(key, formatReaderState('', next).slice(1));
    },
    [key],
  );

  // Once, on arrival: restore remembered choices unless the address states its own.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.has('view') || params.has('flip')) return;
    const stored = readStorage(key);
    if (stored) replaceSearch(formatReaderState(window.location.search, parseReaderState(stored)));
  }, [key]);

  // Go to the linked block: below the sticky toolbar, focused for screen readers. A former ID
  // in the fragment is replaced by the block's current one.
  useEffect(() => {
    if (!highlighted) return;
    if (!focusId && hash.slice(1) !== highlighted) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${highlighted}`);
    }
    const element = document.getElementById(highlighted);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [highlighted, focusId, hash]);

  const setView = useCallback(
    (view: View) => {
      const current = stateNow(resolve);
      if (current.view === view) return;
      writeState({ ...current, view });
      announce(labels.viewShown[view]);
    },
    [announce, labels, resolve, writeState],
  );

  const toggle = useCallback(
    (id: string) => {
      const current = stateNow(resolve);
      const flipped = new Set(current.flipped);
      const nowFlipped = !flipped.delete(id);
      if (nowFlipped) flipped.add(id);
      writeState({ ...current, flipped });
      const block = blocks.find((b) => b.id === id);
      if (block && current.view !== 'side-by-side') {
        announce(labels.shownIn[shownLanguage(current.view, lng, block.lang, nowFlipped)]);
      }
    },
    [announce, blocks, labels, lng, resolve, writeState],
  );

  const share = useCallback(
    async (id: string) => {
      const block = blocks.find((b) => b.id === id);
      if (!block) return;
      const current = stateNow(resolve);
      const shown =
        current.view === 'side-by-side' ? lng : shownLanguage(current.view, lng, block.lang, current.flipped.has(id));
      const url = shareUrl(window.location.origin, shown, slug, id);
      const outcome = await shareOrCopy(url, document.title);
      if (outcome === 'copied') announce(labels.linkCopied);
      if (outcome === 'failed') announce(labels.copyFailed.replace('{{url}}', url));
    },
    [announce, blocks, labels, lng, resolve, slug],
  );

  const dismissStaleLink = useCallback(() => setStaleDismissed(true), []);
  const current = useCallback(() => stateNow(resolve), [resolve]);
  const subscribeToBlock = useMemo(() => blockSubscriptions(resolve), [resolve]);
  const blockValue = useMemo(
    () => ({ lng, labels, highlighted, resolve, current, subscribeToBlock, toggle, share, announce }),
    [lng, labels, highlighted, resolve, current, subscribeToBlock, toggle, share, announce],
  );

  const { view } = state;
  const value = useMemo(
    () => ({ view, lng, labels, highlighted, staleLink, announcer, announce, setView, toggle, share, dismissStaleLink }),
    [view, lng, labels, highlighted, staleLink, announcer, announce, setView, toggle, share, dismissStaleLink],
  );
  return (
    <ReaderContext value={value}>
      <BlockContext value={blockValue}>{children}</BlockContext>
    </ReaderContext>
  );
}

export function useReader(): ReaderContextValue {
  const value = use(ReaderContext);
  if (!value) throw new Error('useReader must be used inside <ReaderProvider>');
  return value;
}

/** The message of the page's live region, re-rendering only its reader when it changes. */
export function useAnnouncement(): string {
  const { announcer } = useReader();
  return useSyncExternalStore(announcer.subscribe, announcer.message, () => '');
}

interface Announcer {
  subscribe(listener: () => void): () => void;
  message(): string;
  announce(message: string): void;
}

/** The live region's message, cleared after a few seconds. */
function createAnnouncer(): Announcer {
  let message = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const show = (next: string) => {
    message = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    message: () => message,
    announce(next) {
      show(next);
      clearTimeout(timer);
      timer = setTimeout(() => show(''), 4000);
    },
  };
}

export function useBlockContext(): BlockContextValue {
  const value = use(BlockContext);
  if (!value) throw new Error('useBlockContext must be used inside <ReaderProvider>');
  return value;
}

/**
 * Something block `id` derives from the reader's state (its flip, the view), re-rendering the
 * block only when that changes. `derive` must return a primitive (compared with `Object.is`).
 */
export function useBlockState<T extends string | number | boolean | undefined>(
  id: string,
  derive: (state: ReaderState) => T,
): T {
  const { resolve, subscribeToBlock } = useBlockContext();
  const subscribe = useCallback((listener: () => void) => subscribeToBlock(id, listener), [subscribeToBlock, id]);
  return useSyncExternalStore(
    subscribe,
    () => derive(stateNow(resolve)),
    () => derive(stateFor('', resolve)),
  );
}

/**
 * Per-block subscriptions to the address: a flip wakes the listeners of the blocks whose flip
 * changed, a change of view all of them. With one listener per block on the address itself,
 * every flip would ask every block of a long article whether it changed.
 */
function blockSubscriptions(resolve: (id: string) => string | undefined) {
  const listeners = new Map<string, Set<() => void>>();
  let last: ReaderState | undefined;
  let stopListening: (() => void) | undefined;

  const wake = (id: string) => listeners.get(id)?.forEach((listener) => listener());
  const onSearch = () => {
    const previous = last;
    const next = stateNow(resolve);
    last = next;
    if (!previous || previous.view !== next.view) {
      for (const id of listeners.keys()) wake(id);
      return;
    }
    for (const id of next.flipped) if (!previous.flipped.has(id)) wake(id);
    for (const id of previous.flipped) if (!next.flipped.has(id)) wake(id);
  };

  return (id: string, listener: () => void) => {
    if (!stopListening) {
      last = stateNow(resolve);
      stopListening = subscribeToSearch(onSearch);
    }
    const forBlock = listeners.get(id) ?? new Set();
    listeners.set(id, forBlock.add(listener));
    return () => {
      forBlock.delete(listener);
      if (forBlock.size === 0) listeners.delete(id);
      if (listeners.size === 0) {
        stopListening?.();
        stopListening = undefined;
      }
    };
  };
}

/** The view after `view` in the control's order, wrapping around. */
export function nextView(view: View): View {
  return views[(views.indexOf(view) + 1) % views.length]!;
}

function subscribeToHash(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function currentHash() {
  return window.location.hash;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function stateNow(resolve: (id: string) => string | undefined): ReaderState {
  return stateFor(currentSearch(), resolve);
}

// Every block asks for the state on each change of the address: parse it once per change.
let cached: { search: string; resolve: (id: string) => string | undefined; state: ReaderState } | undefined;

function stateFor(search: string, resolve: (id: string) => string | undefined): ReaderState {
  if (cached?.search !== search || cached.resolve !== resolve) {
    cached = { search, resolve, state: resolveFlips(parseReaderState(search), resolve) };
  }
  return cached.state;
}

/** Flips of renamed blocks count for their new IDs; flips of blocks no longer there are dropped. */
function resolveFlips(state: ReaderState, resolve: (id: string) => string | undefined): ReaderState {
  return { ...state, flipped: new Set([...state.flipped].flatMap((id) => resolve(id) ?? [])) };
}

