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
  const { view, flipped } = readReaderQuery(search, views, defaultView);
  return { view, flipped: new Set(knownIds ? flipped.filter((id) => knownIds.has(id)) : flipped) };
}

/**
 * The view and flipped IDs a URL query (or a stored one) names: the view if it is one of
 * `knownViews`, else `fallback`; the IDs trimmed, without blanks, in order (repeats kept).
 * `stated` tells whether the query names a view or flips at all, even empty ones: an address
 * that does wins over the stored state.
 *
 * Self-contained on purpose (no outer names, no helpers a compiler could inject): the article
 * page's inline script runs this very function's source before the first paint.
 */
export function readReaderQuery<V extends string>(
  search: string,
  knownViews: readonly V[],
  fallback: V,
): { view: V; flipped: string[]; stated: boolean } {
  const params = new URLSearchParams(search);
  const requested = params.get('view') as V;
  const ids = (params.get('flip') || '').split(',');
  const flipped: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!.trim();
    if (id) flipped.push(id);
  }
  return {
    view: knownViews.indexOf(requested) !== -1 ? requested : fallback,
    flipped,
    stated: params.has('view') || params.has('flip'),
  };
}

/**
 * Writes the reader's state into a URL query, keeping other parameters; the defaults are
 * left out so a plain article link stays plain.
 */
export function formatReaderState(search: string, { view, flipped }: ReaderState): string {
  return writeReaderQuery(search, view, [...flipped], defaultView);
}

/**
 * `search` with the view and flipped IDs written in (`fallback`, the default view, and no flips
 * left out), other parameters kept, commas in the flip list unescaped for a readable address.
 *
 * Self-contained on purpose, like `readReaderQuery`: the page's controls script runs its source.
 */
export function writeReaderQuery(search: string, view: string, flipped: readonly string[], fallback: string): string {
  const params = new URLSearchParams(search);
  if (view === fallback) params.delete('view');
  else params.set('view', view);
  if (flipped.length === 0) params.delete('flip');
  else params.set('flip', flipped.join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query ? '?' + query : '';
}
