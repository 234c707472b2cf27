import 'server-only';
import { narrowScreenQuery, readerDom } from '@/lib/reader/reader-dom';
import { defaultView, readReaderQuery, views, writeReaderQuery } from '@/lib/reader/reader-state';
import { inlineScript } from './inline-script';
import { keepReadingPlace } from './reading-place';
import { roveToolbars } from './rove-toolbars';

/** What the article page's controls script is given, besides the functions it runs. */
export interface ReaderControlsConfig {
  dom: typeof readerDom;
  /** localStorage key of this article's view and flips (`storageKey`). */
  storageKey: string;
  /** sessionStorage key of the place the language link was followed from (`placeKey`). */
  placeKey: string;
  views: readonly string[];
  defaultView: string;
  /** A block's former IDs to its current one, so old flips and links still name it. */
  formerIds: Readonly<Record<string, string>>;
  /** The media query of a narrow screen, where side by side shows one version at a time. */
  narrowQuery: string;
}

/** Where the language link leaves the reader's place for the page it opens, in sessionStorage. */
export const placeKey = 'paralelo:place';

/**
 * The article page's controls, from the moment the page is parsed and without React: the view
 * radios and each block's flip checkbox change what shows by themselves (the stylesheet reads
 * `:checked`, so they work without JavaScript too); this keeps the address in step with them.
 *
 * - Before the first paint: checks the inputs as the address says or, if it names neither view
 *   nor flips, as the last visit left them (then written into the address); a tap that came
 *   before this script still counts.
 * - On a change of an input: writes the address (no history entry) and storage, and fires
 *   `dom.changeEvent`; focus on something the change hid moves to its block. On `popstate`,
 *   the inputs follow the address.
 * - Keeps the reader's place: the paragraph at the top of the reading area stays there when
 *   the blocks change size (a flip, a view, the text size, the font arriving), and when the
 *   language link opens the other language, whose address it keeps in step: the same view and
 *   flips, `#` the paragraph.
 * - A block's toolbar is one Tab stop (`roveToolbars`).
 *
 * Self-contained (no outer names, no helpers a compiler could inject): the script is this very
 * function's source, given `readReaderQuery`, `writeReaderQuery`, `roveToolbars` and `keepReadingPlace`.
 */
export function runReaderControls(
  read: typeof readReaderQuery,
  write: typeof writeReaderQuery,
  rove: typeof roveToolbars,
  keep: typeof keepReadingPlace,
  config: ReaderControlsConfig,
): void {
  const dom = config.dom;
  const root = document.getElementById(dom.blocksId);
  if (!root) return;
  const viewInputs = document.getElementsByName(dom.viewInput) as NodeListOf<HTMLInputElement>;
  const flipInputs = document.getElementsByName(dom.flipInput) as NodeListOf<HTMLInputElement>;
  const blocks = root.getElementsByClassName(dom.block) as HTMLCollectionOf<HTMLElement>;
  const bar = document.getElementsByClassName(dom.toolbar)[0];
  const visible = (element: Element) => (element.checkVisibility ? element.checkVisibility() : true);
  const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

  const apply = (search: string) => {
    const state = read(search, config.views, config.defaultView);
    const flipped: Record<string, boolean> = {};
    for (let i = 0; i < state.flipped.length; i++) {
      const id = state.flipped[i]!;
      flipped[has(config.formerIds, id) ? config.formerIds[id]! : id] = true;
    }
    for (let i = 0; i < viewInputs.length; i++) viewInputs[i]!.checked = viewInputs[i]!.value === state.view;
    for (let i = 0; i < flipInputs.length; i++) flipInputs[i]!.checked = has(flipped, flipInputs[i]!.value);
    return state.stated;
  };
  const shown = () => {
    let view = config.defaultView;
    const flipped: string[] = [];
    for (let i = 0; i < viewInputs.length; i++) if (viewInputs[i]!.checked) view = viewInputs[i]!.value;
    for (let i = 0; i < flipInputs.length; i++) if (flipInputs[i]!.checked) flipped.push(flipInputs[i]!.value);
    return { view, flipped };
  };
  // Reads `key` (no `value`), or writes it (removed if empty); storage out of reach keeps nothing.
  const store = (area: 'localStorage' | 'sessionStorage', key: string, value?: string) => {
    try {
      if (value === undefined) return window[area].getItem(key) || '';
      if (value) window[area].setItem(key, value);
      else window[area].removeItem(key);
    } catch {
      // Blocked or full: the address alone remembers.
    }
    return '';
  };
  const remember = () => {
    const state = shown();
    const search = write(location.search, state.view, state.flipped, config.defaultView);
    history.replaceState(history.state, '', location.pathname + search + location.hash);
    store('localStorage', config.storageKey, write('', state.view, state.flipped, config.defaultView).slice(1));
  };

  // A tap before this script ran (on the server's default view, nothing flipped) counts too.
  const tapped = shown();
  const stored = apply(location.search) ? '' : store('localStorage', config.storageKey);
  if (stored) apply(stored);
  const early = tapped.view !== config.defaultView;
  for (let i = 0; i < viewInputs.length; i++) if (early) viewInputs[i]!.checked = viewInputs[i]!.value === tapped.view;
  for (let i = 0; i < flipInputs.length; i++)
    flipInputs[i]!.checked ||= tapped.flipped.indexOf(flipInputs[i]!.value) > -1;
  if (stored || early || tapped.flipped.length > 0) remember();

  // Come by the language link: where the other page was, for this one to land there.
  const note = store('sessionStorage', config.placeKey).split(' ');
  store('sessionStorage', config.placeKey, '');
  const places = keep(root, blocks, bar, note, linkTo);

  document.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== dom.viewInput && input.name !== dom.flipInput) return;
    places.afterChange(() => {
      const active = document.activeElement as HTMLElement | null;
      if (active && active !== document.body && !visible(active))
        ((active.closest('.' + dom.block) as HTMLElement | null) || root).focus({ preventScroll: true });
    });
    remember();
    linkTo();
    window.dispatchEvent(new CustomEvent(dom.changeEvent, { detail: { input: input.name, value: input.value } }));
  });
  window.addEventListener('popstate', () => {
    apply(location.search);
    linkTo();
    window.dispatchEvent(new CustomEvent(dom.changeEvent, { detail: { input: '', value: '' } }));
  });

  // Side by side on a wide screen shows both versions: a flip there would change nothing on
  // screen, only surprise the reader in another view later.
  document.addEventListener(
    'click',
    (event) => {
      const input = event.target as HTMLInputElement;
      if (input.name !== dom.flipInput || shown().view !== 'side-by-side') return;
      if (!window.matchMedia(config.narrowQuery).matches) event.preventDefault();
    },
    true,
  );

  // The language links open the other language in the same view, with the same blocks flipped
  // (IDs are the same in both) and at the place: their addresses follow the reader, so a click, a
  // new tab and a copied link all keep it. The view is always stated, so that the other page's
  // remembered state does not win. Returns the place as a note for the other page's script.
  const links = document.getElementsByClassName(dom.languageLink) as HTMLCollectionOf<HTMLAnchorElement>;
  function linkTo() {
    const state = shown();
    const place = places.place();
    for (let i = 0; i < links.length; i++) {
      const url = new URL(links[i]!.href);
      url.search = write('', state.view, state.flipped, '');
      url.hash = place ? place.element.id : '';
      links[i]!.href = url.href;
    }
    return place ? [place.element.id, place.fraction, place.gap].join(' ') : '';
  }
  const toLink = (event: Event) => {
    if (!(event.target as Element).closest?.('a.' + dom.languageLink)) return;
    places.settle();
    const note = linkTo();
    // Without it, the other page opens at the paragraph as a shared link does.
    if (event.type === 'click') store('sessionStorage', config.placeKey, note);
  };
  const linkUses = ['pointerdown', 'focusin', 'click'];
  for (let i = 0; i < linkUses.length; i++) document.addEventListener(linkUses[i]!, toLink, true);
  linkTo();

  rove(dom, visible);
}

/**
 * The script an article page runs right after its blocks: `runReaderControls` for the reader
 * state stored under `storageKey` (`storageKey(lng, slug)`) and the article's former IDs. Both
 * come from content, written as literals that cannot close the element.
 */
export function readerControlsScript(storageKey: string, formerIds: Readonly<Record<string, string>>): string {
  return inlineScript(runReaderControls, readReaderQuery, writeReaderQuery, roveToolbars, keepReadingPlace, {
    dom: readerDom,
    storageKey,
    placeKey,
    views,
    defaultView,
    formerIds,
    narrowQuery: narrowScreenQuery,
  });
}
