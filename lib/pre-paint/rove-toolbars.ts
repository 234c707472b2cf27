import type { readerDom } from '@/lib/reader/reader-dom';

/**
 * Makes each block's toolbar one Tab stop (a roving tab index): the control last focused in it
 * is the one Tab reaches; ArrowRight/ArrowLeft (wrapping), Home and End move among its visible
 * controls. Listens on the document, so it serves every block, present and future.
 *
 * Self-contained: `runReaderControls` passes it into the page's controls script as its source.
 *
 * @param dom the reader's class names and selectors
 * @param visible whether a control shows now (hidden ones are skipped)
 */
export function roveToolbars(dom: typeof readerDom, visible: (element: Element) => boolean): void {
  const controlsOf = (element: Element | null) =>
    element && element.closest ? element.closest('.' + dom.controls) : null;
  const itemsOf = (toolbar: Element) =>
    Array.prototype.filter.call(toolbar.querySelectorAll(dom.control), visible) as HTMLElement[];
  const rove = (toolbar: Element, to: HTMLElement) => {
    const items = toolbar.querySelectorAll<HTMLElement>(dom.control);
    for (let i = 0; i < items.length; i++) items[i]!.tabIndex = items[i] === to ? 0 : -1;
  };
  document.addEventListener('focusin', (event) => {
    const toolbar = controlsOf(event.target as Element);
    if (toolbar && (event.target as Element).matches(dom.control)) rove(toolbar, event.target as HTMLElement);
  });
  document.addEventListener('keydown', (event) => {
    const toolbar = controlsOf(event.target as Element);
    if (!toolbar || event.ctrlKey || event.metaKey || event.altKey) return;
    const items = itemsOf(toolbar);
    const at = items.indexOf(event.target as HTMLElement);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 };
    if (at < 0 || !Object.prototype.hasOwnProperty.call(moves, event.key)) return;
    const next = items[(moves[event.key]! + items.length) % items.length]!;
    rove(toolbar, next);
    next.focus();
    event.preventDefault();
  });
}
