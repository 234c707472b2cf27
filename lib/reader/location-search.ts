// The address bar's query is the reader's state: every change is written there, so reloading
// or copying the address reproduces what the reader sees. Components subscribe to it with
// `useSyncExternalStore(subscribeToSearch, currentSearch, () => '')`.

const listeners = new Set<() => void>();

export function subscribeToSearch(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function currentSearch(): string {
  return window.location.search;
}

/** Replaces the query (keeping path and fragment, adding no history entry) and tells subscribers. */
export function replaceSearch(search: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search + hash);
  for (const listener of listeners) listener();
}
