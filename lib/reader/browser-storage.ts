// localStorage can be full, disabled or blocked (private modes, strict settings): every
// failure just means nothing is remembered, never an error in the reader.

/** The stored text under `key`, or '' when there is none or storage is out of reach. */
export function readStorage(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** Stores `value` under `key`; an empty value removes the key. */
export function writeStorage(key: string, value: string): void {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Not remembering is fine.
  }
}
