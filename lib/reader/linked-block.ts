import type { ResolveId } from './address-state';
import { derivedValue, textValue, type ReadableValue } from './external-value';

/** Where a link opened the article: the ID it asked for, and the block that ID names now. */
export interface Link {
  /** The ID from the share page's address or the fragment (`#id`); undefined without one. */
  requested?: string;
  /** The block's current ID; undefined when no block has (or had) the ID requested. */
  block?: string;
}

const locationHash = textValue({
  read: () => window.location.hash,
  watch(onChange) {
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  },
});

/**
 * The block a link opened the article at: the share page's block (`focusId`), else the one
 * the fragment names by its ID or a former one, following the fragment as it changes.
 */
export function linkedBlock(resolve: ResolveId, focusId?: string): ReadableValue<Link> {
  return derivedValue(locationHash, (hash) => {
    const requested = focusId ?? safeDecode(hash.slice(1));
    return requested ? { requested, block: resolve(requested) } : {};
  });
}

/**
 * Goes to the linked block, now and whenever the fragment changes: scrolled below the sticky
 * toolbar and focused for screen readers. A former ID in the fragment is replaced by the
 * block's current one (without telling subscribers: the same block stays linked).
 *
 * @returns stops following the fragment
 */
export function followLinks(link: ReadableValue<Link>, focusId?: string): () => void {
  const go = () => {
    const { block } = link.get();
    if (!block) return;
    if (!focusId && window.location.hash.slice(1) !== block) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}#${block}`);
    }
    const element = document.getElementById(block);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  };
  go();
  return link.subscribe(go);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
