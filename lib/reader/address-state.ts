import { derivedValue, type ReadableValue } from './external-value';
import { locationSearch } from './location-search';
import { parseReaderState, type ReaderState } from './reader-state';

/** A block's current ID for any of its IDs, former ones included; undefined for no block. */
export type ResolveId = (id: string) => string | undefined;

export interface AddressState {
  /** The view and flips the address states, flips of renamed blocks under their current IDs. */
  state: ReadableValue<ReaderState>;
  /** Calls `listener` when block `id`'s own state may have changed: its flip, or the view. */
  subscribeToBlock(id: string, listener: () => void): () => void;
}

/**
 * The reader's state as the address bar holds it, so a reload or a copied address reproduces
 * what the reader sees. The page's controls script writes it (and remembers it for the next
 * visit); this reads it.
 */
export function addressState(resolve: ResolveId): AddressState {
  const state = derivedValue(locationSearch, (search) => resolveFlips(parseReaderState(search), resolve));
  return { state, subscribeToBlock: blockSubscriptions(state) };
}

/** Flips of renamed blocks count for their new IDs; flips of blocks no longer there are dropped. */
function resolveFlips(state: ReaderState, resolve: ResolveId): ReaderState {
  return { ...state, flipped: new Set([...state.flipped].flatMap((id) => resolve(id) ?? [])) };
}

/**
 * Per-block subscriptions to the state: a flip wakes the listeners of the blocks whose flip
 * changed, a change of view all of them. With one listener per block on the address itself,
 * every flip would ask every block of a long article whether it changed.
 */
function blockSubscriptions(state: ReadableValue<ReaderState>) {
  const listeners = new Map<string, Set<() => void>>();
  let last: ReaderState | undefined;
  let stopListening: (() => void) | undefined;

  const wake = (id: string) => listeners.get(id)?.forEach((listener) => listener());
  const onChange = () => {
    const previous = last;
    const next = state.get();
    last = next;
    if (!previous || previous.view !== next.view) {
      for (const id of [...listeners.keys()]) wake(id);
      return;
    }
    for (const id of next.flipped) if (!previous.flipped.has(id)) wake(id);
    for (const id of previous.flipped) if (!next.flipped.has(id)) wake(id);
  };

  return (id: string, listener: () => void) => {
    if (!stopListening) {
      last = state.get();
      stopListening = state.subscribe(onChange);
    }
    const entry = () => listener();
    const forBlock = listeners.get(id) ?? new Set();
    listeners.set(id, forBlock.add(entry));
    return () => {
      forBlock.delete(entry);
      if (forBlock.size === 0 && listeners.get(id) === forBlock) listeners.delete(id);
      if (listeners.size === 0) {
        stopListening?.();
        stopListening = undefined;
      }
    };
  };
}
