import { useSyncExternalStore } from 'react';
import { readStorage, writeStorage } from './browser-storage';

// State the reader keeps outside React (the address bar, localStorage, the speech engine, a
// message on screen), in one shape that components read with `useExternalValue`: each is read,
// written and watched the same way, and a change re-renders only the components that read it.

/** A value kept outside React that components subscribe to. */
export interface ReadableValue<T> {
  /** The value now; the same (`Object.is`) until it changes, as `useSyncExternalStore` requires. */
  get(): T;
  /** The value on the server and while the page hydrates, before the browser's own is read. */
  initial(): T;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A value kept outside React that can also be set. */
export interface ExternalValue<T> extends ReadableValue<T> {
  /** Replaces the value and tells every subscriber. */
  set(next: T): void;
}

/**
 * Subscribers, and the outside event that may change the value (`watch`), listened to only
 * while someone subscribes: a block list subscribing once per block adds one event listener.
 */
function listeners(watch?: (onChange: () => void) => () => void) {
  const subscribed = new Set<() => void>();
  let unwatch: (() => void) | undefined;
  const notify = () => {
    for (const listener of [...subscribed]) listener();
  };
  const subscribe = (listener: () => void) => {
    // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
    const entry = () => listener();
    subscribed.add(entry);
    if (watch && !unwatch) unwatch = watch(notify);
    return () => {
      if (!subscribed.delete(entry) || subscribed.size > 0) return;
      unwatch?.();
      unwatch = undefined;
    };
  };
  return { notify, subscribe };
}

/** A value held in memory, `initial` until set. */
export function memoryValue<T>(initial: T): ExternalValue<T> {
  let value = initial;
  const { notify, subscribe } = listeners();
  return {
    get: () => value,
    initial: () => initial,
    subscribe,
    set(next) {
      value = next;
      notify();
    },
  };
}

/** Where a text value lives: how to read it, write it and hear that something else changed it. */
export interface TextSource {
  read(): string;
  write?(text: string): void;
  watch?(onChange: () => void): () => void;
  /** The text on the server and while the page hydrates; '' unless given. */
  initial?: string;
}

/** Text kept outside React (the address, storage, what the browser reports), read anew each time. */
export function textValue(source: TextSource & { write(text: string): void }): ExternalValue<string>;
export function textValue(source: TextSource): ReadableValue<string>;
export function textValue(source: TextSource): ExternalValue<string> {
  const { notify, subscribe } = listeners(source.watch);
  const initial = source.initial ?? '';
  return {
    get: () => source.read(),
    initial: () => initial,
    subscribe,
    set(text) {
      source.write?.(text);
      notify();
    },
  };
}

/**
 * A value computed from another, recomputed only when that one changes: parsing the address or
 * stored text once per change, not once per reader of it, and returning the same object until then.
 */
export function derivedValue<S, T>(source: ReadableValue<S>, derive: (value: S) => T): ReadableValue<T> {
  const cached = (): ((from: S) => T) => {
    let last: { from: S; value: T } | undefined;
    return (from) => {
      if (!last || !Object.is(last.from, from)) last = { from, value: derive(from) };
      return last.value;
    };
  };
  const current = cached();
  const initial = cached();
  return {
    get: () => current(source.get()),
    initial: () => initial(source.initial()),
    subscribe: source.subscribe,
  };
}

/**
 * A value remembered in localStorage under `key` for every page of the site, parsed from and
 * written as text. Where storage is out of reach (blocked, full, private modes), it lives in
 * memory for the rest of the page's life instead.
 *
 * @param parse turns the stored text ('' when there is none) into the value
 * @param format turns the value into the text to store ('' removes the key)
 */
export function storedValue<T>(
  key: string,
  parse: (text: string) => T,
  format: (value: T) => string,
): ExternalValue<T> {
  // What this page wrote last wins over storage, which may not have kept it.
  let written: string | undefined;
  const text = textValue({
    read: () => written ?? readStorage(key),
    write(next) {
      written = next;
      writeStorage(key, next);
    },
  });
  return { ...derivedValue(text, parse), set: (value) => text.set(format(value)) };
}

/**
 * Reads `value` in a component, which re-renders when it changes: the initial value on the
 * server and while hydrating, the browser's after.
 *
 * @param select picks what the component needs; it must return a primitive, or the same object
 *   while the value is unchanged, and the component re-renders only when that changes
 */
export function useExternalValue<T>(value: ReadableValue<T>): T;
export function useExternalValue<T, S>(value: ReadableValue<T>, select: (value: T) => S): S;
export function useExternalValue<T, S>(value: ReadableValue<T>, select?: (value: T) => S): T | S {
  const pick: (value: T) => T | S = select ?? ((v) => v);
  return useSyncExternalStore(
    value.subscribe,
    () => pick(value.get()),
    () => pick(value.initial()),
  );
}
