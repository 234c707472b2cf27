import { textValue, derivedValue, type ReadableValue } from './external-value';
import { narrowScreenQuery } from './reader-dom';
import type { View } from './reader-state';

/** Whether the screen is narrow now, following the window as it turns or resizes. */
export const narrowScreen: ReadableValue<boolean> = derivedValue(
  textValue({
    read: () => String(window.matchMedia(narrowScreenQuery).matches),
    watch(onChange) {
      const query = window.matchMedia(narrowScreenQuery);
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    initial: 'false',
  }),
  (text) => text === 'true',
);

/** The view as blocks are laid out in it: side by side on a narrow screen shows them as reading does. */
export function layoutView(view: View, narrow: boolean): View {
  return view === 'side-by-side' && narrow ? 'reading' : view;
}
