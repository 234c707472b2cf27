'use client';

import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { isLanguage, type Language } from '@/lib/i18n/config';
import { readStorage, writeStorage } from '@/lib/reader/browser-storage';
import type { Narrator, NarratorState } from '@/lib/reader/narrator';
import { spokenLanguages, voicedLanguages } from '@/lib/reader/speech';
import { useBlockContext, useReader } from './ReaderProvider';

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

export const speeds = [0.75, 1, 1.25, 1.5] as const;

interface ListenSettings {
  rate: number;
  readOn: boolean;
}

const settingsKey = 'paralelo:listen';
const defaultSettings: ListenSettings = { rate: 1, readOn: true };

function parseSettings(raw: string): ListenSettings {
  if (!raw) return defaultSettings;
  try {
    const value = JSON.parse(raw) as Partial<ListenSettings>;
    return {
      rate: speeds.find((s) => s === value.rate) ?? defaultSettings.rate,
      readOn: typeof value.readOn === 'boolean' ? value.readOn : defaultSettings.readOn,
    };
  } catch {
    return defaultSettings;
  }
}

// The choices are remembered in localStorage, and in memory where storage is out of reach.
let unsavedSettings = '';
const settingsListeners = new Set<() => void>();

function subscribeToSettings(listener: () => void) {
  settingsListeners.add(listener);
  return () => settingsListeners.delete(listener);
}

const storedSettings = () => readStorage(settingsKey) || unsavedSettings;
const currentSettings = () => parseSettings(storedSettings());

function saveSettings(settings: ListenSettings) {
  unsavedSettings = JSON.stringify(settings);
  writeStorage(settingsKey, unsavedSettings);
  for (const listener of settingsListeners) listener();
}

/**
 * `unsupported` without speech synthesis; `unknown` while the browser has listed no voice
 * (Chromium lists them late, and some systems never have any); else the languages voiced.
 */
type VoiceSupport = 'unsupported' | 'unknown' | readonly Language[];

function subscribeToVoices(listener: () => void) {
  if (!('speechSynthesis' in window)) return () => {};
  window.speechSynthesis.addEventListener('voiceschanged', listener);
  return () => window.speechSynthesis.removeEventListener('voiceschanged', listener);
}

function voiceSnapshot(): string {
  if (!('speechSynthesis' in window)) return 'unsupported';
  const voices = window.speechSynthesis.getVoices();
  return voices.length === 0 ? 'unknown' : voicedLanguages(voices).join(',');
}

interface NarrationContextValue extends NarratorState {
  labels: NarrationLabels;
  /** Position of the block being read in the article, from 1, and the number of blocks. */
  progress?: { current: number; total: number };
  rate: number;
  readOn: boolean;
  /** Why a block in these languages cannot be read, or undefined when it can. */
  unavailable(langs: readonly Language[]): string | undefined;
  /** Reads from block `id` (from the first block in view without one). */
  listen(id?: string): void;
  pause(): void;
  resume(): void;
  stop(): void;
  setRate(rate: number): void;
  setReadOn(readOn: boolean): void;
}

const NarrationContext = createContext<NarrationContextValue | null>(null);

/**
 * Reading aloud with the browser's speech synthesis: from any block, on through the article
 * while "read on" is set, each stretch of text in a voice of its language, never another's.
 */
export function NarrationProvider({
  labels,
  blockIds,
  children,
}: {
  labels: NarrationLabels;
  blockIds: readonly string[];
  children: ReactNode;
}) {
  const { lng, announce } = useReader();
  const { current: readerState } = useBlockContext();
  const support = useSyncExternalStore(subscribeToVoices, voiceSnapshot, () => 'unknown');
  const [missing, setMissing] = useState<ReadonlySet<Language>>(new Set());
  const [state, setState] = useState<NarratorState>({ status: 'idle' });
  const rawSettings = useSyncExternalStore(subscribeToSettings, storedSettings, () => '');
  const settings = useMemo(() => parseSettings(rawSettings), [rawSettings]);
  const narrator = useRef<Narrator | null>(null);
  const loading = useRef<Promise<Narrator> | null>(null);

  const voiced = useMemo<VoiceSupport>(
    () => (support === 'unsupported' || support === 'unknown' ? support : (support.split(',').filter(Boolean) as Language[])),
    [support],
  );

  // Loaded on the first listen, not with the page: most readers never press it.
  const loadNarrator = useCallback((): Promise<Narrator> => {
    loading.current ??= Promise.all([import('@/lib/reader/narrator'), import('@/lib/reader/shown-text')]).then(
      ([{ Narrator, browserSpeaker }, { shownText }]) => {
        narrator.current = new Narrator({
          speaker: browserSpeaker(window.speechSynthesis),
          textOf: (id) => {
            const block = document.getElementById(id);
            const blockLang = block?.getAttribute('data-lang');
            if (!block || !isLanguage(blockLang)) return [];
            const { view, flipped } = readerState();
            return shownText(block, spokenLanguages(view, lng, blockLang, flipped.has(id)), lng);
          },
          preferredLocales: () => navigator.languages,
          readOn: () => currentSettings().readOn,
          onChange: setState,
          onMissingVoice: (lang) => {
            setMissing((current) => new Set(current).add(lang));
            announce(labels.noVoice[lang]);
          },
        });
        narrator.current.setRate(currentSettings().rate);
        return narrator.current;
      },
      (error: unknown) => {
        loading.current = null; // so that the next press tries again
        throw error;
      },
    );
    return loading.current;
  }, [announce, labels, lng, readerState]);

  // Speech outlives the page in some browsers: stop it when the reader leaves.
  useEffect(() => {
    const stop = () => narrator.current?.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, []);

  // Keep the block being read in view, without taking the focus from where the reader is.
  useEffect(() => {
    if (state.status !== 'playing' || !state.blockId) return;
    const block = document.getElementById(state.blockId);
    if (!block) return;
    const { top, bottom } = block.getBoundingClientRect();
    const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
    const player = document.querySelector('.player')?.getBoundingClientRect().top ?? window.innerHeight;
    if (top >= toolbar && bottom <= player) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [state]);

  const unavailable = useCallback(
    (langs: readonly Language[]) => {
      if (voiced === 'unsupported') return labels.cannotSpeak;
      const known = voiced === 'unknown' ? undefined : new Set(voiced);
      const cannot = langs.filter((l) => missing.has(l) || (known && !known.has(l)));
      return cannot.length === langs.length ? labels.noVoice[cannot[0]!] : undefined;
    },
    [voiced, missing, labels],
  );

  const listen = useCallback(
    (id?: string) => {
      if (!('speechSynthesis' in window)) {
        announce(labels.cannotSpeak);
        return;
      }
      const start = id ? blockIds.indexOf(id) : firstBlockInView(blockIds);
      Promise.all([loadNarrator(), voicesLoaded()]).then(
        ([current]) => current.play(blockIds, Math.max(start, 0)),
        () => announce(labels.loadFailed),
      );
    },
    [announce, blockIds, loadNarrator, labels],
  );

  const setRate = useCallback((rate: number) => {
    saveSettings({ ...currentSettings(), rate });
    narrator.current?.setRate(rate);
  }, []);

  const setReadOn = useCallback((readOn: boolean) => saveSettings({ ...currentSettings(), readOn }), []);
  const pause = useCallback(() => narrator.current?.pause(), []);
  const resume = useCallback(() => narrator.current?.resume(), []);
  const stop = useCallback(() => narrator.current?.stop(), []);

  const index = state.blockId ? blockIds.indexOf(state.blockId) : -1;
  const value = useMemo(
    () => ({
      ...state,
      labels,
      progress: index >= 0 ? { current: index + 1, total: blockIds.length } : undefined,
      rate: settings.rate,
      readOn: settings.readOn,
      unavailable,
      listen,
      pause,
      resume,
      stop,
      setRate,
      setReadOn,
    }),
    [state, labels, index, blockIds.length, settings, unavailable, listen, pause, resume, stop, setRate, setReadOn],
  );
  return <NarrationContext value={value}>{children}</NarrationContext>;
}

export function useNarration(): NarrationContextValue {
  const value = use(NarrationContext);
  if (!value) throw new Error('useNarration must be used inside <NarrationProvider>');
  return value;
}

/**
 * Resolves once the browser has listed its voices, or after a second if it lists none:
 * Chromium lists them only some time after the page asks, and a click may come first.
 */
function voicesLoaded(): Promise<void> {
  const synth = window.speechSynthesis;
  if (synth.getVoices().length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The focused block's index, else that of the first block not hidden under the toolbar. */
function firstBlockInView(blockIds: readonly string[]): number {
  const focused = document.activeElement?.closest('.block');
  if (focused) return blockIds.indexOf(focused.id);
  const toolbar = document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 0;
  return blockIds.findIndex((id) => (document.getElementById(id)?.getBoundingClientRect().bottom ?? 0) > toolbar);
}
