import { otherLanguage, type Language } from '@/lib/i18n/config';
import { paragraphPath, sentencePath } from '@/lib/site';
import { addressState } from './address-state';
import { createAnnouncer } from './announcer';
import { memoryValue, type ReadableValue } from './external-value';
import { followLinks, linkedBlock } from './linked-block';
import { layoutView, narrowScreen } from './narrow-screen';
import { readerDom, type ReaderChange } from './reader-dom';
import { views, type ReaderState, type View } from './reader-state';
import { sentenceControls, type SentenceRef } from './sentences';
import { shareOrCopy } from './share-link';
import { shownLanguage } from './shown-language';

/** UI strings the reader's controls need, rendered by the server in the page's language; `{{n}}` is a block's number. */
export interface ReaderLabels {
  /** "Show paragraph {{n}} in <language>", by the language the flip shows. */
  flip: Record<Language, string>;
  languageCode: Record<Language, string>;
  languageName: Record<Language, string>;
  /** Each language's name in itself, for the phone's side-by-side tabs. */
  autonym: Record<Language, string>;
  /** Marks the version a block was published in, side by side. */
  original: string;
  translationMissing: Record<Language, string>;
  /** A block's short name, "Paragraph {{n}}", and its toolbar's. */
  blockName: string;
  blockControls: string;
  share: string;
  /** The share control's name where its link opens in another language than the page's. */
  shareIn: Record<Language, string>;
  /** Its name while it shares sentence `{{s}}` (from 1) that opens in each language; `{{mark}}` is what it shows. */
  shareSentenceIn: Record<Language, string>;
  /** Shown on it while it shares sentence `{{s}}`. */
  sentenceMark: string;
  copied: string;
  linkCopied: string;
  linkCopiedIn: Record<Language, string>;
  /** Holds `{{url}}`, filled in by the browser. */
  copyFailed: string;
  shownIn: Record<Language, string>;
  /** Why a flip does nothing side by side. */
  flipSideBySide: string;
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
  /** The sentence a sentence link's page names, chosen from the start so sharing offers it. */
  linkedSentence?: SentenceRef;
}

/** A message shown beside one block's controls (a flip that cannot be, a link to copy by hand). */
export interface BlockNote {
  id: string;
  text: string;
}

/** One article's reader in the browser: its state, kept outside React, and what the controls do. */
export type Reader = ReturnType<typeof createReader>;

/** `template` with a block's number for `{{n}}`. */
export const numbered = (template: string, n: number) => template.replace('{{n}}', String(n));

/**
 * The reader of one article page, created once by `ReaderProvider`. The view switcher and the
 * flips are native inputs that the page's controls script keeps in step with the address
 * (lib/pre-paint/reader-controls.ts); this reads the state from the address, acts on it (the
 * shortcuts, sharing) and says what changed.
 */
export function createReader({ lng, slug, labels, blocks, formerIds, focusId, linkedSentence }: ReaderOptions) {
  const ids = new Map([...blocks.map((block): [string, string] => [block.id, block.id]), ...Object.entries(formerIds)]);
  const resolve = (id: string) => ids.get(id);
  const langOf = new Map(blocks.map((block) => [block.id, block.lang]));
  const address = addressState(resolve);
  const link = linkedBlock(resolve, focusId);
  const staleLinkDismissed = memoryValue(false);
  const note = memoryValue<BlockNote | null>(null);
  const { message, announce } = createAnnouncer();
  const { state } = address;
  const sentences = sentenceControls(
    lng,
    () => state.get().view !== 'side-by-side',
    labels.languageCode,
    linkedSentence ?? null,
  );
  let noteTimer: ReturnType<typeof setTimeout> | undefined;

  /** The language block `id` shows: in a single column, or the page's side by side. */
  const shownIn = (id: string, { view, flipped }: ReaderState, blockLang: Language, narrow: boolean) => {
    const laidOut = layoutView(view, narrow);
    return laidOut === 'side-by-side' ? lng : shownLanguage(laidOut, lng, blockLang, flipped.has(id));
  };
  /**
   * The page that shares block `id` as it shows now, and the language it opens in: the chosen
   * sentence's link where one of the block's sentences is chosen, else the paragraph's.
   */
  const shareTarget = (id: string, view: ReaderState, blockLang: Language, narrow: boolean) => {
    const sentence = sentences.current.get();
    if (sentence?.id === id)
      return { lang: sentence.lang, path: sentencePath(sentence.lang, slug, id, sentence.index + 1) };
    const lang = shownIn(id, view, blockLang, narrow);
    return { lang, path: paragraphPath(lang, slug, id) };
  };
  const input = (name: string, value: string) =>
    document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
  const showNote = (id: string, text: string) => {
    note.set({ id, text });
    announce(text);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => note.set(null), 6000);
  };
  const onChange = (event: Event) => {
    const { input: name, value } = (event as CustomEvent<ReaderChange>).detail;
    if (name === readerDom.viewInput) announce(labels.viewShown[value as View]);
    const blockLang = langOf.get(value);
    if (name === readerDom.flipInput && blockLang) {
      announce(labels.shownIn[shownIn(value, state.get(), blockLang, narrowScreen.get())]);
    }
  };

  return {
    lng,
    slug,
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
    /** The message beside one block's controls, if any. */
    note: note as ReadableValue<BlockNote | null>,
    announce,
    shownIn,
    /** Highlights, peeks and the sentence chosen last, which sharing offers; started by `ReaderProvider`. */
    sentences,
    /** Switches to `view`, as its radio button would. */
    setView: (view: View) => input(readerDom.viewInput, view)?.click(),
    /** Switches to the view after this one in the control's order, wrapping around. */
    showNextView: () =>
      input(readerDom.viewInput, views[(views.indexOf(state.get().view) + 1) % views.length]!)?.click(),
    /** Flips block `id` to the other language, or back, as its switch would; says why not side by side. */
    toggle(id: string) {
      if (layoutView(state.get().view, narrowScreen.get()) === 'side-by-side') showNote(id, labels.flipSideBySide);
      else input(readerDom.flipInput, id)?.click();
    },
    /** Shares (or copies) the address of block `id`'s page (or chosen sentence) in the language it shows; says so. */
    async share(id: string): Promise<boolean> {
      const blockLang = langOf.get(id);
      if (!blockLang) return false;
      const { lang: shown, path } = shareTarget(id, state.get(), blockLang, narrowScreen.get());
      const url = `${window.location.origin}${path}`;
      const outcome = await shareOrCopy(url, document.title);
      if (outcome === 'copied') announce(shown === lng ? labels.linkCopied : labels.linkCopiedIn[shown]);
      if (outcome === 'failed') showNote(id, labels.copyFailed.replace('{{url}}', url));
      return outcome === 'copied';
    },
    /** The language a flip of block `id` would show, in the view as it is laid out. */
    flipTarget: (id: string, view: View, narrow: boolean) => {
      const blockLang = langOf.get(id) ?? lng;
      return otherLanguage(layoutView(view, narrow) === 'original' ? blockLang : lng);
    },
    dismissStaleLink: () => staleLinkDismissed.set(true),
    /** Announces the changes the controls make and goes to the linked block; returns the cleanup. */
    start(): () => void {
      window.addEventListener(readerDom.changeEvent, onChange);
      const stopFollowing = followLinks(link, focusId);
      return () => {
        window.removeEventListener(readerDom.changeEvent, onChange);
        stopFollowing();
      };
    },
  };
}
