/** A paragraph and how the reading area's top meets it: how far into it, or how far above it. */
export type Place = { element: HTMLElement; fraction: number; gap: number } | null;

/** The reader's place in an article page, kept by `keepReadingPlace`. */
export interface ReadingPlace {
  /** Where the language links take the reader: the paragraph where the last scroll came to rest. */
  place(): Place;
  /** Takes the paragraph in view as the place, as a scroll coming to rest does, and returns it. */
  settle(): Place;
  /** Runs `then` in the frame that shows a change of view or flips, once the place is put back there. */
  afterChange(then: () => void): void;
}

/**
 * Keeps the reader's place in an article page: the paragraph at the top of the reading area (below
 * `bar`) stays there when the blocks change size (a flip, a view, the text size, the font
 * arriving), and a page opened by the language link lands where the other page was, as `note`
 * (`id fraction gap`, from the other page's `settle`) says. `onRest` runs where a scroll comes to rest.
 *
 * Self-contained: `runReaderControls` passes it into the page's controls script as its source.
 */
export function keepReadingPlace(
  root: HTMLElement,
  blocks: HTMLCollectionOf<HTMLElement>,
  bar: Element | undefined,
  note: string[],
  onRest: () => void,
): ReadingPlace {
  // The paragraph at the top of the reading area (its last pixel does not count). None above the article's text.
  let anchor: Place = null;
  // Where the language links take the reader: the anchor where the last scroll came to rest, but
  // not the article's start (the reader went up to the header, where the link is), nor one on a
  // walk back there with Shift+Tab, which scrolls the page to each control it passes.
  let place: Place = null;
  let held = false;
  let resting = 0;
  let measuring = false;
  // A change is laid out once, in the frame that shows it, where the place is put back before
  // the paint; until then no scroll may move the anchor.
  let restoring = false;
  const readingTop = () => (bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0);
  const measure = () => {
    if (restoring) return anchor;
    const top = readingTop();
    let low = 0;
    let high = blocks.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (blocks[middle]!.getBoundingClientRect().bottom > top + 1) {
        found = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    const rect = found < 0 ? null : blocks[found]!.getBoundingClientRect();
    if (!rect || rect.top > top + Math.min(120, window.innerHeight / 4)) return (anchor = null);
    const fraction = rect.top < top && rect.height > 0 ? Math.min(1, (top - rect.top) / rect.height) : 0;
    return (anchor = { element: blocks[found]!, fraction, gap: Math.max(0, rect.top - top) });
  };
  const restore = () => {
    if (!anchor || !anchor.element.isConnected) return;
    const rect = anchor.element.getBoundingClientRect();
    const delta = rect.top - (readingTop() + anchor.gap - anchor.fraction * rect.height);
    if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
  };
  const measureSoon = () => {
    if (measuring) return;
    measuring = true;
    requestAnimationFrame(() => {
      measuring = false;
      measure();
    });
  };
  // Come by the language link, the paragraph lands where it was on the other page: the jumps
  // to the fragment (the browser's, the app's) are taken back until the reader moves, or 2 s
  // after the page has loaded (a drag of the scroll bar tells the page nothing).
  const landed = note[0] && '#' + note[0] === location.hash ? document.getElementById(note[0]) : null;
  let landing = !!landed && root.contains(landed);
  if (landing) {
    place = anchor = { element: landed!, fraction: Number(note[1]) || 0, gap: Number(note[2]) || 0 };
    // The fragment only carried the place: it is not a shared link to highlight.
    history.replaceState(history.state, '', location.pathname + location.search);
    restore();
  } else measureSoon();
  // Where a scroll comes to rest (not every browser fires 'scrollend' yet), the place follows the anchor.
  const settle = () => {
    if (measuring) measure();
    if (anchor && !held && (anchor.element !== blocks[0] || anchor.fraction > 0)) place = anchor;
    return place;
  };
  window.addEventListener(
    'scroll',
    () => {
      if (landing) restore();
      else measureSoon();
      window.clearTimeout(resting);
      resting = window.setTimeout(() => {
        settle();
        onRest();
      }, 150);
    },
    { passive: true },
  );
  // A tap or a key may come before the frame that measures the last scroll: measure it first.
  const measureNow = () => {
    landing = false;
    if (measuring) measure();
  };
  const moves = ['pointerdown', 'keydown', 'wheel', 'touchstart'];
  for (let i = 0; i < moves.length; i++)
    document.addEventListener(
      moves[i]!,
      (event) => {
        measureNow();
        held = (event as KeyboardEvent).key === 'Tab' && (event as KeyboardEvent).shiftKey;
      },
      { capture: true },
    );
  window.addEventListener('load', () => setTimeout(measureNow, 2000));
  if (typeof ResizeObserver === 'function') new ResizeObserver(restore).observe(root);

  return {
    place: () => place,
    settle,
    afterChange(then) {
      restoring = true;
      requestAnimationFrame(() => {
        restoring = false;
        restore();
        then();
      });
    },
  };
}
