import { textValue } from './external-value';

// The address bar's query is the reader's state: every change is written there, so reloading
// or copying the address reproduces what the reader sees.

/** The query (`?view=…&flip=…`); setting it keeps path and fragment and adds no history entry. */
export const locationSearch = textValue({
  read: () => window.location.search,
  write(search) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search + hash);
  },
  watch(onChange) {
    window.addEventListener('popstate', onChange);
    return () => window.removeEventListener('popstate', onChange);
  },
});
