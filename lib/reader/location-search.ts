import { textValue } from './external-value';
import { readerDom } from './reader-dom';

// The address bar's query is the reader's state: the page's controls script writes every change
// there, so reloading or copying the address reproduces what the reader sees.

/** The query (`?view=…&flip=…`), followed through history and the controls' changes. */
export const locationSearch = textValue({
  read: () => window.location.search,
  watch(onChange) {
    window.addEventListener('popstate', onChange);
    window.addEventListener(readerDom.changeEvent, onChange);
    return () => {
      window.removeEventListener('popstate', onChange);
      window.removeEventListener(readerDom.changeEvent, onChange);
    };
  },
});
