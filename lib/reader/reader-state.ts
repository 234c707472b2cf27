/** How the reader lays out an article. */
export const views = ['reading', 'side-by-side', 'original'] as const;

export type View = (typeof views)[number];

export const defaultView: View = 'reading';

export interface ReaderState {
  view: View;
  /** IDs of the blocks flipped away from the language the view shows them in. */
  flipped: ReadonlySet<string>;
}

/**
 * Reads the reader's state from a URL query (`?view=side-by-side&flip=id1,id2`). Unknown
 * views fall back to the default; unknown IDs are kept out when `knownIds` is given.
 */
export function parseReaderState(search: string, knownIds?: ReadonlySet<string>): ReaderState {
  const params = new URLSearchParams(search);
  const requested = params.get('view');
  const view = views.find((v) => v === requested) ?? defaultView;
  const flipped = new Set(
    (params.get('flip') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id && (!knownIds || knownIds.has(id))),
  );
  return { view, flipped };
}

/**
 * Writes the reader's state into a URL query, keeping other parameters; the defaults are
 * left out so a plain article link stays plain.
 */
export function formatReaderState(search: string, { view, flipped }: ReaderState): string {
  const params = new URLSearchParams(search);
  if (view === defaultView) params.delete('view');
  else params.set('view', view);
  if (flipped.size === 0) params.delete('flip');
  else params.set('flip', [...flipped].join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
