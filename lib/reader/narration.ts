import { isLanguage, type Language } from '@/lib/i18n/config';
import { firstBlockInView } from './blocks-on-screen';
import { memoryValue, type ReadableValue } from './external-value';
import { listenSettings } from './listen-settings';
import type { Narrator, NarratorState } from './narrator';
import type { ReaderState } from './reader-state';
import type { shownText as ShownText } from './shown-text';
import { spokenLanguages } from './speech';
import { voicesLoaded } from './voice-support';

/** UI strings of reading aloud, rendered by the server in the page's language. */
export interface NarrationLabels {
  listenArticle: string;
  listenBlock: string;
  stopBlock: string;
  player: string;
  /** Holds `{{current}}` and `{{total}}`, filled in by the browser. */
  progress: string;
  pause: string;
  resume: string;
  stop: string;
  speed: string;
  readOn: string;
  noVoice: Record<Language, string>;
  cannotSpeak: string;
  /** The reading-aloud code did not load (it loads on the first listen). */
  loadFailed: string;
}

export interface NarrationOptions {
  lng: Language;
  labels: NarrationLabels;
  /** The article's blocks, in order. */
  blockIds: readonly string[];
  /** The reader's view and flips now: a block is read as it shows when its turn comes. */
  readerState(): ReaderState;
  announce(message: string): void;
}

/** Reading aloud on one article page: its state, kept outside React, and what the player does. */
export type Narration = ReturnType<typeof createNarration>;

/**
 * Reading aloud with the browser's speech synthesis: from any block, on through the article
 * while "read on" is set, each stretch of text in a voice of its language, never another's.
 * The narrator's code loads on the first listen, not with the page: most readers never press it.
 */
export function createNarration({ lng, labels, blockIds, readerState, announce }: NarrationOptions) {
  const state = memoryValue<NarratorState>({ status: 'idle' });
  const missing = memoryValue<ReadonlySet<Language>>(new Set());
  let narrator: Narrator | undefined;
  let loading: Promise<Narrator> | undefined;

  const textOf = (shownText: typeof ShownText) => (id: string) => {
    const block = document.getElementById(id);
    const blockLang = block?.getAttribute('data-lang');
    if (!block || !isLanguage(blockLang)) return [];
    const { view, flipped } = readerState();
    return shownText(block, spokenLanguages(view, lng, blockLang, flipped.has(id)), lng);
  };

  const load = (): Promise<Narrator> => {
    loading ??= Promise.all([import('./narrator'), import('./shown-text')]).then(
      ([{ Narrator, browserSpeaker }, { shownText }]) => {
        narrator = new Narrator({
          speaker: browserSpeaker(window.speechSynthesis),
          textOf: textOf(shownText),
          preferredLocales: () => navigator.languages,
          readOn: () => listenSettings.get().readOn,
          onChange: state.set,
          onMissingVoice(lang) {
            missing.set(new Set(missing.get()).add(lang));
            announce(labels.noVoice[lang]);
          },
        });
        narrator.setRate(listenSettings.get().rate);
        return narrator;
      },
      (error: unknown) => {
        loading = undefined; // so that the next press tries again
        throw error;
      },
    );
    return loading;
  };

  const stop = () => narrator?.stop();

  return {
    labels,
    blockIds,
    /** Whether the narrator is idle, playing or paused, and in which block. */
    state: state as ReadableValue<NarratorState>,
    /** Languages the narrator found no voice for while reading. */
    missing: missing as ReadableValue<ReadonlySet<Language>>,
    /** Reads from block `id` (from the first block in view without one). */
    listen(id?: string) {
      if (!('speechSynthesis' in window)) {
        announce(labels.cannotSpeak);
        return;
      }
      const start = id ? blockIds.indexOf(id) : firstBlockInView(blockIds);
      Promise.all([load(), voicesLoaded()]).then(
        ([loaded]) => loaded.play(blockIds, Math.max(start, 0)),
        () => announce(labels.loadFailed),
      );
    },
    pause: () => narrator?.pause(),
    resume: () => narrator?.resume(),
    stop,
    setRate(rate: number) {
      listenSettings.set({ ...listenSettings.get(), rate });
      narrator?.setRate(rate);
    },
    setReadOn: (readOn: boolean) => listenSettings.set({ ...listenSettings.get(), readOn }),
    /** Stops speech when the reader leaves (it outlives the page in some browsers); returns the cleanup, which stops it too. */
    start(): () => void {
      window.addEventListener('pagehide', stop);
      return () => {
        window.removeEventListener('pagehide', stop);
        stop();
      };
    },
  };
}
