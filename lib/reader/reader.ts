import type { Language } from '@/lib/i18n/config';
import { addressState } from './address-state';
import { createAnnouncer } from './announcer';
import { memoryValue, type ReadableValue } from './external-value';
import { followLinks, linkedBlock } from './linked-block';
import { views, type ReaderState, type View } from './reader-state';
import { shareOrCopy, shareUrl } from './share-link';
import { shownLanguage } from './shown-language';
import { storageKey } from './stored-state';

/** UI strings the reader's controls need, rendered by the server in the page's language. */
export interface ReaderLabels {
  flip: Record<Language, string>;
  languageCode: Record<Language, string>;
  languageName: Record<Language, string>;
  /** Marks the version a block was published in, side by side. */
  original: string;
  translationMissing: Record<Language, string>;
  share: string;
  linkCopied: string;
  /** Holds `{{url}}`, filled in by the browser. */
  copyFailed: string;
  shownIn: Record<Language, string>;
  /** Announced when the reader switches to a view. */
  viewShown: Record<View, string>;
}

/** A block of the article as the controls know it. */
export interface ReaderBlock {
  id: string;
  lang: Language;
}

export interface ReaderOptions {
  lng: Language;
  slug: string;
  labels: ReaderLabels;
  /** The article's blocks, in order. */
  blocks: readonly ReaderBlock[];
  /** Each former ID of a block (the server's `blockIds` but the first), to the block's current ID. */
  formerIds: Readonly<Record<string, string>>;
  /** The block a paragraph link's page opened the article at. */
  focusId?: string;
}

/** One article's reader in the browser: its state, kept outside React, and what the controls do. */
export type Reader = ReturnType<typeof createReader>;

/**
 * The reader of one article page, created once by `ReaderProvider`. The address bar holds the
 * view and the flipped blocks, and the browser remembers them per article for the next visit;
 * an address that states them wins over what was remembered.
 */
export function createReader({ lng, slug, labels, blocks, formerIds, focusId }: ReaderOptions) {
  const ids = new Map([...blocks.map((block): [string, string] => [block.id, block.id]), ...Object.entries(formerIds)]);
  const resolve = (id: string) => ids.get(id);
  const langOf = new Map(blocks.map((block) => [block.id, block.lang]));
  const address = addressState(resolve, storageKey(lng, slug));
  const link = linkedBlock(resolve, focusId);
  const staleLinkDismissed = memoryValue(false);
  const { message, announce } = createAnnouncer();
  const { state } = address;

  /** The language block `id` shows in now, in a single-column view; the page's side by side. */
  const shownIn = (id: string, { view, flipped }: ReaderState, blockLang: Language) =>
    view === 'side-by-side' ? lng : shownLanguage(view, lng, blockLang, flipped.has(id));

  const setView = (view: View) => {
    const current = state.get();
    if (current.view === view) return;
    address.write({ ...current, view });
    announce(labels.viewShown[view]);
  };

  return {
    lng,
    labels,
    blockIds: blocks.map((block) => block.id),
    /** The view and flips now, from the address. */
    state,
    subscribeToBlock: address.subscribeToBlock,
    /** The block a link opened the article at. */
    link,
    staleLinkDismissed: staleLinkDismissed as ReadableValue<boolean>,
    /** The live region's message. */
    message,
    announce,
    setView,
    /** Switches to the view after this one in the control's order, wrapping around. */
    showNextView: () => setView(views[(views.indexOf(state.get().view) + 1) % views.length]!),
    /** Flips block `id` to the other language, or back, and says which it shows. */
    toggle(id: string) {
      const current = state.get();
      const flipped = new Set(current.flipped);
      if (!flipped.delete(id)) flipped.add(id);
      address.write({ ...current, flipped });
      const blockLang = langOf.get(id);
      if (blockLang && current.view !== 'side-by-side')
        announce(labels.shownIn[shownIn(id, { ...current, flipped }, blockLang)]);
    },
    /** Shares (or copies) the address of block `id`'s page in the language it shows. */
    async share(id: string) {
      const blockLang = langOf.get(id);
      if (!blockLang) return;
      const url = shareUrl(window.location.origin, shownIn(id, state.get(), blockLang), slug, id);
      const outcome = await shareOrCopy(url, document.title);
      if (outcome === 'copied') announce(labels.linkCopied);
      if (outcome === 'failed') announce(labels.copyFailed.replace('{{url}}', url));
    },
    dismissStaleLink: () => staleLinkDismissed.set(true),
    /** Restores the remembered choices and goes to the linked block; returns the cleanup. */
    start(): () => void {
      address.restoreRemembered();
      return followLinks(link, focusId);
    },
  };
}
