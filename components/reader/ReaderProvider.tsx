'use client';

import { createContext, use, useCallback, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Language } from '@/lib/i18n/config';
import { currentSearch, replaceSearch, subscribeToSearch } from '@/lib/reader/location-search';
import { formatReaderState, parseReaderState, type ReaderState, type View } from '@/lib/reader/reader-state';

/** UI strings the island needs, rendered by the server in the page's language. */
export interface ReaderLabels {
  flip: Record<Language, string>;
  languageCode: Record<Language, string>;
  languageName: Record<Language, string>;
  original: string;
  translationMissing: Record<Language, string>;
}

interface ReaderContextValue extends ReaderState {
  lng: Language;
  labels: ReaderLabels;
  setView(view: View): void;
  toggle(id: string): void;
}

const ReaderContext = createContext<ReaderContextValue | null>(null);

function writeState(state: ReaderState) {
  replaceSearch(formatReaderState(window.location.search, state));
}

export function ReaderProvider({
  lng,
  labels,
  blockIds,
  children,
}: {
  lng: Language;
  labels: ReaderLabels;
  blockIds: readonly string[];
  children: ReactNode;
}) {
  const search = useSyncExternalStore(subscribeToSearch, currentSearch, () => '');
  const known = useMemo(() => new Set(blockIds), [blockIds]);
  const state = useMemo(() => parseReaderState(search, known), [search, known]);

  const setView = useCallback((view: View) => writeState({ ...parseReaderState(window.location.search, known), view }), [known]);
  const toggle = useCallback(
    (id: string) => {
      const current = parseReaderState(window.location.search, known);
      const flipped = new Set(current.flipped);
      if (!flipped.delete(id)) flipped.add(id);
      writeState({ ...current, flipped });
    },
    [known],
  );

  const value = useMemo(() => ({ ...state, lng, labels, setView, toggle }), [state, lng, labels, setView, toggle]);
  return <ReaderContext value={value}>{children}</ReaderContext>;
}

export function useReader(): ReaderContextValue {
  const value = use(ReaderContext);
  if (!value) throw new Error('useReader must be used inside <ReaderProvider>');
  return value;
}
