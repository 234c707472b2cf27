import { runInNewContext } from 'node:vm';
import { vi } from 'vitest';
import { FakeDocument, FakeEvent, FakeTarget, type FakeElement } from './fake-dom';

// A browser tab around the fake DOM (./fake-dom.ts): an address, history, both storages,
// frames, timeouts, a resize observer, the narrow-screen media query, and scripts run in it as
// the page's.

/** Storage that works, throws on every call (blocked), or reads but throws on writes (full). */
export type StorageMode = 'working' | 'blocked' | 'full';

export interface FakeBrowserOptions {
  url: string;
  body: FakeElement[];
  stored?: Record<string, string>;
  session?: Record<string, string>;
  /** How both storages behave. */
  storageMode?: StorageMode;
  /** Whether the narrow-screen media query matches. */
  narrow?: boolean;
  innerHeight?: number;
}

/** A browser tab showing `body` at `url`, with everything the scripts and the reader use of a window. */
export function fakeBrowser({
  url: href,
  body,
  stored = {},
  session = {},
  storageMode = 'working',
  narrow = false,
  innerHeight = 800,
}: FakeBrowserOptions) {
  let url = new URL(href);
  let frames: (() => void)[] = [];
  const timers = new Map<number, () => void>();
  let timerIds = 0;
  let scrolled = false;
  const observers: (() => void)[] = [];
  const tab = {
    stored: new Map(Object.entries(stored)),
    /** What sessionStorage holds. */
    session: new Map(Object.entries(session)),
    storageMode,
    /** Keys storage was asked for, in order. */
    read: [] as string[],
    /** Every address `history.replaceState` was given. */
    replaced: [] as string[],
    narrow,
    scrollY: 0,
  };
  const reachable = (write: boolean) => {
    if (tab.storageMode === 'blocked' || (write && tab.storageMode === 'full'))
      throw new Error('SecurityError: storage out of reach');
  };
  const location = {
    get href() {
      return url.href;
    },
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
  };
  const history = {
    state: { kept: true } as unknown,
    replaceState(state: unknown, _unused: string, next: string) {
      tab.replaced.push(next);
      history.state = state;
      url = new URL(next, url);
    },
  };
  /** A Storage over `map`, out of reach as `tab.storageMode` says; `log` collects the keys read. */
  const storage = (map: Map<string, string>, log?: string[]) => ({
    getItem(key: string) {
      log?.push(key);
      reachable(false);
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      reachable(true);
      map.set(key, String(value));
    },
    removeItem(key: string) {
      reachable(true);
      map.delete(key);
    },
  });
  const localStorage = storage(tab.stored, tab.read);
  const sessionStorage = storage(tab.session);
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  const setTimeout = (callback: () => void) => {
    timers.set(++timerIds, callback);
    return timerIds;
  };
  const clearTimeout = (id: number) => timers.delete(id);
  class ResizeObserver {
    constructor(private readonly callback: () => void) {}
    observe() {
      observers.push(this.callback);
    }
  }
  const window = Object.assign(new FakeTarget(), {
    location,
    history,
    localStorage,
    sessionStorage,
    requestAnimationFrame,
    setTimeout,
    clearTimeout,
    innerHeight,
    scrollBy(_x: number, y: number) {
      tab.scrollY += y;
      scrolled = true;
    },
    matchMedia: (media: string) => ({
      media,
      matches: tab.narrow,
      addEventListener() {},
      removeEventListener() {},
    }),
  });
  const document = new FakeDocument(window, body);
  const CSS = { escape: (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`) };
  const globals = {
    window,
    document,
    location,
    history,
    localStorage,
    sessionStorage,
    requestAnimationFrame,
    setTimeout,
    clearTimeout,
    ResizeObserver,
    CSS,
    CustomEvent,
    URL,
    URLSearchParams,
  };
  Object.assign(window, { document, window });

  /** The next frame: a scroll the page made fires its event, then what waits for the frame runs. */
  const frame = () => {
    if (scrolled) window.dispatchEvent(new FakeEvent('scroll'));
    scrolled = false;
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };

  return Object.assign(tab, {
    window,
    document,
    /** Runs an inline script here; its guard rethrows, so a failure fails the test. */
    run(script: string) {
      const guard = /catch\(e\)\{\}$/;
      if (!guard.test(script)) throw new Error("the script does not end with inlineScript's guard");
      runInNewContext(script.replace(guard, 'catch(e){throw e}'), { ...globals });
    },
    /** Makes this tab the globals of the code under test (`window`, `document`, `CSS`). */
    install() {
      vi.stubGlobal('window', window);
      vi.stubGlobal('document', document);
      vi.stubGlobal('CSS', CSS);
    },
    frame,
    /** Time passes: the timeouts set so far run, whatever their delay. */
    wait() {
      const due = [...timers.values()];
      timers.clear();
      for (const callback of due) callback();
    },
    /** The reader scrolls to `y`; a frame passes. */
    scrollTo(y: number) {
      tab.scrollY = y;
      scrolled = true;
      frame();
    },
    /** Something the observers watch changed size (the text size, a font arriving). */
    resized() {
      for (const callback of observers) callback();
    },
    /** Moves the address, as the back button does, and fires `popstate`. */
    back(next: string) {
      url = new URL(next, url);
      window.dispatchEvent(new FakeEvent('popstate'));
    },
  });
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;
