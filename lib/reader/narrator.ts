import type { Language } from '@/lib/i18n/config';
import { pickVoice } from './pick-voice';
import type { SpeechRun, SpokenSentence, VoiceLike } from './speech';
import { speechChunks } from './speech-chunks';

/** The part of speech synthesis the narrator drives; `browserSpeaker` is the real one. */
export interface Speaker<V extends VoiceLike = VoiceLike> {
  voices(): readonly V[];
  /** Says `text`, then calls `done`; a cancelled utterance never calls it. */
  say(text: string, voice: V, rate: number, done: () => void): void;
  cancel(): void;
}

export type NarratorStatus = 'idle' | 'playing' | 'paused';

export interface NarratorState {
  status: NarratorStatus;
  /** The block being read (or paused in). */
  blockId?: string;
  /** The aligned sentence being said, where the block is aligned. */
  sentence?: SpokenSentence;
}

export interface NarratorOptions<V extends VoiceLike> {
  speaker: Speaker<V>;
  /** The text of a block as it shows when the narrator reaches it, one array per paragraph. */
  textOf(id: string): SpeechRun[][];
  /** The reader's locales, most wanted first, for the choice of voice. */
  preferredLocales(): readonly string[];
  /** Whether to go on to the next block after one is read. */
  readOn(): boolean;
  onChange(state: NarratorState): void;
  /** Text in `lang` was skipped: no voice reads it. Called once per language per `play`. */
  onMissingVoice(lang: Language): void;
}

interface Utterance {
  text: string;
  voice: VoiceLike;
  sentence?: SpokenSentence;
}

/**
 * Reads blocks aloud one sentence at a time, each in its own language's voice. Pausing
 * cancels the sentence and resuming says it again from its start, which behaves the same in
 * every browser (some cannot pause speech), as does a change of speed.
 */
export class Narrator<V extends VoiceLike = VoiceLike> {
  #options: NarratorOptions<V>;
  #state: NarratorState = { status: 'idle' };
  #queue: readonly string[] = [];
  #index = 0;
  #utterances: Utterance[] = [];
  #position = 0;
  #rate = 1;
  #missing = new Set<Language>();
  /** Bumped on every cancel, so a late `done` of a cancelled utterance is ignored. */
  #turn = 0;

  constructor(options: NarratorOptions<V>) {
    this.#options = options;
  }

  get state(): NarratorState {
    return this.#state;
  }

  /** Reads `ids[start]`, then (while `readOn()`) the blocks after it. */
  play(ids: readonly string[], start = 0): void {
    this.#silence();
    this.#queue = ids;
    this.#index = start;
    this.#missing = new Set();
    this.#readBlock();
  }

  pause(): void {
    if (this.#state.status !== 'playing') return;
    this.#silence();
    this.#set({ ...this.#state, status: 'paused' });
  }

  resume(): void {
    if (this.#state.status !== 'paused') return;
    this.#say();
  }

  stop(): void {
    this.#silence();
    this.#set({ status: 'idle' });
  }

  /** Sets the speed (1 is normal); a sentence being said starts again at the new speed. */
  setRate(rate: number): void {
    this.#rate = rate;
    if (this.#state.status !== 'playing') return;
    this.#silence();
    this.#say();
  }

  #readBlock(): void {
    const { speaker, textOf, preferredLocales, onMissingVoice } = this.#options;
    while (this.#index < this.#queue.length) {
      const id = this.#queue[this.#index]!;
      const voices = speaker.voices();
      const locales = preferredLocales();
      this.#utterances = [];
      for (const chunk of speechChunks(textOf(id))) {
        const voice = pickVoice(voices, chunk.lang, locales);
        if (voice) this.#utterances.push({ text: chunk.text, voice, sentence: chunk.sentence });
        else if (!this.#missing.has(chunk.lang)) {
          this.#missing.add(chunk.lang);
          onMissingVoice(chunk.lang);
        }
      }
      if (this.#utterances.length > 0) {
        this.#position = 0;
        this.#say();
        return;
      }
      if (!this.#options.readOn()) break;
      this.#index += 1;
    }
    this.#set({ status: 'idle' });
  }

  #say(): void {
    const turn = this.#turn;
    const { text, voice, sentence } = this.#utterances[this.#position]!;
    const blockId = this.#queue[this.#index];
    this.#set({ status: 'playing', blockId, ...(sentence ? { sentence } : {}) });
    this.#options.speaker.say(text, voice as V, this.#rate, () => {
      if (turn !== this.#turn) return;
      this.#position += 1;
      if (this.#position < this.#utterances.length) this.#say();
      else if (this.#options.readOn()) {
        this.#index += 1;
        this.#readBlock();
      } else this.#set({ status: 'idle' });
    });
  }

  #silence(): void {
    this.#turn += 1;
    this.#options.speaker.cancel();
  }

  /** Reports a new state; the same block and sentence again is no change. */
  #set(state: NarratorState): void {
    const was = this.#state;
    const same =
      state.status === 'playing' &&
      was.status === state.status &&
      was.blockId === state.blockId &&
      was.sentence?.index === state.sentence?.index &&
      was.sentence?.version === state.sentence?.version;
    if (same) return;
    this.#state = state;
    this.#options.onChange(state);
  }
}

/** The browser's speech synthesis as a `Speaker`. */
export function browserSpeaker(synth: SpeechSynthesis): Speaker<SpeechSynthesisVoice> {
  // Held until it ends: Chromium can drop an utterance nothing refers to before its end event.
  let current: SpeechSynthesisUtterance | undefined;
  return {
    voices: () => synth.getVoices(),
    say(text, voice, rate, done) {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      const finish = () => {
        if (current !== utterance) return;
        current = undefined;
        done();
      };
      utterance.onend = finish;
      // A failed sentence is skipped rather than stopping the reading; a cancelled one is not ours to finish.
      utterance.onerror = (event) => {
        if (event.error !== 'interrupted' && event.error !== 'canceled') finish();
      };
      current = utterance;
      synth.speak(utterance);
    },
    cancel() {
      current = undefined;
      synth.cancel();
    },
  };
}
