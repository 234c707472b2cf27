import 'server-only';
import { defaultView, readReaderQuery, views } from '@/lib/reader/reader-state';
import { blocksElementId } from '@/lib/reader/stored-state';
import { inlineScript } from './inline-script';

/**
 * The article page's inline script at work, before the first paint: applies the view and flips
 * from the address or, if it names neither, from storage under `key`, to the server-rendered
 * blocks (elements of class `block` inside the element `blocksId`, in groups on a long
 * article), as `read` reads them. So a shared or remembered view never flashes the default one
 * first; React takes over the same attributes once it hydrates.
 *
 * Self-contained on purpose (no outer names, no helpers a compiler could inject): the script is
 * this very function's source, given `readReaderQuery` rather than calling it.
 */
export function applyReaderState(
  blocksId: string,
  key: string,
  read: typeof readReaderQuery,
  knownViews: readonly string[],
  fallback: string,
): void {
  const root = document.getElementById(blocksId);
  if (!root) return;
  let state = read(location.search, knownViews, fallback);
  if (!state.stated) {
    try {
      state = read(localStorage.getItem(key) || '', knownViews, fallback);
    } catch {
      // Storage blocked: the address alone, which names nothing.
    }
  }
  if (state.view !== fallback) root.setAttribute('data-view', state.view);
  for (let i = 0; i < state.flipped.length; i++) {
    const block = document.getElementById(state.flipped[i]!);
    if (block && block.classList.contains('block') && root.contains(block)) block.setAttribute('data-flipped', 'true');
  }
}

/**
 * The script an article page runs while it loads, for the reader state stored under `key`
 * (`storageKey`): `applyReaderState` with the reader's views and blocks element. The key is the only value
 * from content in it, written as a literal that cannot close the element.
 */
export function restoreStateScript(key: string): string {
  return inlineScript(applyReaderState, blocksElementId, key, readReaderQuery, views, defaultView);
}
