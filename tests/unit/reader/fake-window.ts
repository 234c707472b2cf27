import { vi } from 'vitest';

/** How the fake localStorage behaves: working, throwing on every call, or full (reads work, writes throw). */
export type StorageMode = 'working' | 'blocked' | 'full';

export interface FakeWindow {
  /** What localStorage holds. */
  stored: Map<string, string>;
  storageMode: StorageMode;
  /** Every address `history.replaceState` was given. */
  replaced: string[];
  /** How many listeners of `type` are on the window now. */
  listenerCount(type: string): number;
  /** Fires `type` on the window, as the browser would. */
  fire(type: string): void;
  /** Moves the address, as a click on a link or the back button would (no event fired). */
  go(href: string): void;
}

/**
 * Installs a `window` with what the reader's external values use: the address (location,
 * history.replaceState), window events and localStorage. Undo with `vi.unstubAllGlobals()`.
 */
export function installFakeWindow(href = 'https://paralelo.test/en/articles/an-article'): FakeWindow {
  let url = new URL(href);
  const listeners = new Map<string, Set<EventListener>>();
  const fake: FakeWindow = {
    stored: new Map(),
    storageMode: 'working',
    replaced: [],
    listenerCount: (type) => listeners.get(type)?.size ?? 0,
    fire(type) {
      for (const listener of [...(listeners.get(type) ?? [])]) listener(new Event(type));
    },
    go(next) {
      url = new URL(next, url);
    },
  };
  const reachable = (write: boolean) => {
    if (fake.storageMode === 'blocked' || (write && fake.storageMode === 'full')) {
      throw new DOMException('storage out of reach', 'SecurityError');
    }
  };
  const window = {
    location: {
      get search() {
        return url.search;
      },
      get hash() {
        return url.hash;
      },
      get pathname() {
        return url.pathname;
      },
      get origin() {
        return url.origin;
      },
    },
    history: {
      state: { kept: true },
      replaceState(_state: unknown, _unused: string, next: string) {
        fake.replaced.push(next);
        url = new URL(next, url);
      },
    },
    addEventListener(type: string, listener: EventListener) {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    removeEventListener(type: string, listener: EventListener) {
      listeners.get(type)?.delete(listener);
    },
    localStorage: {
      getItem(key: string) {
        reachable(false);
        return fake.stored.get(key) ?? null;
      },
      setItem(key: string, value: string) {
        reachable(true);
        fake.stored.set(key, value);
      },
      removeItem(key: string) {
        reachable(true);
        fake.stored.delete(key);
      },
    },
  };
  vi.stubGlobal('window', window);
  return fake;
}
