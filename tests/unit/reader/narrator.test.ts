import { describe, expect, it, vi } from 'vitest';
import type { Language } from '@/lib/i18n/config';
import { Narrator, type NarratorState, type Speaker } from '@/lib/reader/narrator';
import type { SpeechRun, VoiceLike } from '@/lib/reader/speech';

const samantha: VoiceLike = { lang: 'en-US', name: 'Samantha', default: true, localService: true };
const monica: VoiceLike = { lang: 'es-ES', name: 'Monica', localService: true };
const paulina: VoiceLike = { lang: 'es-MX', name: 'Paulina' };

const en = (text: string): SpeechRun => ({ lang: 'en', text });
const es = (text: string): SpeechRun => ({ lang: 'es', text });

interface Said {
  text: string;
  voice: VoiceLike;
  rate: number;
  done: () => void;
}

/**
 * Speech synthesis the test drives by hand: it records what it is asked to say and keeps the
 * `done` of the utterance being said until the test finishes it. `cancel` drops it, as a
 * browser does not end a cancelled utterance; with `endOnCancel` it ends it instead, as some
 * browsers do, to check the narrator ignores that too.
 */
class FakeSpeaker implements Speaker {
  readonly said: Said[] = [];
  /** `say <text>` and `cancel`, in order. */
  readonly log: string[] = [];
  #pending: (() => void)[] = [];

  constructor(
    public voiceList: VoiceLike[],
    private readonly endOnCancel = false,
  ) {}

  voices(): readonly VoiceLike[] {
    return this.voiceList;
  }

  say(text: string, voice: VoiceLike, rate: number, done: () => void): void {
    this.said.push({ text, voice, rate, done });
    this.log.push(`say ${text}`);
    this.#pending.push(done);
  }

  cancel(): void {
    this.log.push('cancel');
    const dropped = this.#pending;
    this.#pending = [];
    if (this.endOnCancel) for (const done of dropped) done();
  }

  get pending(): number {
    return this.#pending.length;
  }

  get texts(): string[] {
    return this.said.map((s) => s.text);
  }

  get cancels(): number {
    return this.log.filter((entry) => entry === 'cancel').length;
  }

  /** Ends the utterance being said, as the browser does once it has said it. */
  finish(): void {
    const done = this.#pending.shift();
    if (!done) throw new Error('nothing is being said');
    done();
  }

  /** Finishes utterances until nothing is being said. */
  finishAll(): void {
    for (let i = 0; this.#pending.length > 0; i += 1) {
      if (i > 100) throw new Error('the narrator does not stop');
      this.finish();
    }
  }
}

interface Setup {
  blocks: Record<string, SpeechRun[][]>;
  voices?: VoiceLike[];
  readOn?: boolean;
  locales?: string[];
  endOnCancel?: boolean;
}

function setup({ blocks, voices = [samantha, monica], readOn = true, locales = [], endOnCancel = false }: Setup) {
  const content = new Map(Object.entries(blocks));
  const speaker = new FakeSpeaker(voices, endOnCancel);
  const changes: NarratorState[] = [];
  const missing: Language[] = [];
  const options = { readOn };
  const textOf = vi.fn((id: string): SpeechRun[][] => content.get(id) ?? []);
  const narrator = new Narrator({
    speaker,
    textOf,
    preferredLocales: () => locales,
    readOn: () => options.readOn,
    onChange: (state) => changes.push(state),
    onMissingVoice: (lang) => missing.push(lang),
  });
  return { narrator, speaker, changes, missing, textOf, content, options };
}

/** Three blocks: two English sentences, a Spanish one, an English one. */
const article = {
  a: [[en('One. Two.')]],
  b: [[es('¿Tres?')]],
  c: [[en('Four.')]],
};

describe('Narrator', () => {
  describe('play', () => {
    it('starts idle and says nothing before play', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      expect(narrator.state).toStrictEqual({ status: 'idle' });
      expect(speaker.said).toEqual([]);
      expect(changes).toEqual([]);
    });

    it('reads block after block in order, one sentence at a time, while readOn() is true', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);

      expect(speaker.texts).toEqual(['One.']);
      expect(speaker.pending).toBe(1);
      speaker.finish();
      expect(speaker.texts).toEqual(['One.', 'Two.']);
      speaker.finish();
      expect(speaker.texts).toEqual(['One.', 'Two.', '¿Tres?']);
      speaker.finish();
      expect(speaker.texts).toEqual(['One.', 'Two.', '¿Tres?', 'Four.']);
      speaker.finish();

      expect(speaker.texts).toEqual(['One.', 'Two.', '¿Tres?', 'Four.']);
      expect(speaker.pending).toBe(0);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('says each sentence with the voice of its language, at normal speed', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);
      speaker.finishAll();
      expect(speaker.said.map((s) => [s.text, s.voice.name, s.rate])).toEqual([
        ['One.', 'Samantha', 1],
        ['Two.', 'Samantha', 1],
        ['¿Tres?', 'Monica', 1],
        ['Four.', 'Samantha', 1],
      ]);
    });

    it('switches voice within a block that mixes languages', () => {
      const { narrator, speaker } = setup({
        blocks: { a: [[en('She said “'), es('¡Hola, amiga!'), en('” and left.')]] },
      });
      narrator.play(['a']);
      speaker.finishAll();
      expect(speaker.said.map((s) => [s.text, s.voice])).toEqual([
        ['She said “', samantha],
        ['¡Hola, amiga!', monica],
        ['” and left.', samantha],
      ]);
    });

    it('chooses the voice of the reader’s region', () => {
      const { narrator, speaker } = setup({
        blocks: article,
        voices: [samantha, { ...monica, default: true }, paulina],
        locales: ['es-MX', 'en-US'],
      });
      narrator.play(['b']);
      expect(speaker.said[0]?.voice).toBe(paulina);
    });

    it('reports each aligned sentence it starts saying, so the page can highlight it', () => {
      const sentence = (index: number) => ({ version: 'es' as const, index });
      const { narrator, speaker, changes } = setup({
        blocks: {
          a: [
            [
              { ...es('Uno. '), sentence: sentence(0) },
              { ...es('Dos.'), sentence: sentence(1) },
            ],
          ],
          b: [[en('Three.')]],
        },
      });
      narrator.play(['a', 'b']);
      speaker.finish();
      narrator.pause();
      narrator.resume();
      speaker.finishAll();
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a', sentence: sentence(0) },
        { status: 'playing', blockId: 'a', sentence: sentence(1) },
        { status: 'paused', blockId: 'a', sentence: sentence(1) },
        { status: 'playing', blockId: 'a', sentence: sentence(1) },
        { status: 'playing', blockId: 'b' },
        { status: 'idle' },
      ]);
    });

    it('reports playing once per block, with its id, and idle at the end', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }]);
      expect(narrator.state).toStrictEqual({ status: 'playing', blockId: 'a' });

      speaker.finish(); // One.
      expect(changes).toHaveLength(1);
      speaker.finish(); // Two.
      expect(narrator.state).toStrictEqual({ status: 'playing', blockId: 'b' });
      speaker.finishAll();

      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a' },
        { status: 'playing', blockId: 'b' },
        { status: 'playing', blockId: 'c' },
        { status: 'idle' },
      ]);
    });

    it('stops after the block when readOn() is false', () => {
      const { narrator, speaker, changes, textOf } = setup({ blocks: article, readOn: false });
      narrator.play(['a', 'b', 'c']);
      speaker.finish();
      speaker.finish();

      expect(speaker.texts).toEqual(['One.', 'Two.']);
      expect(speaker.pending).toBe(0);
      expect(textOf.mock.calls).toEqual([['a']]);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }, { status: 'idle' }]);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('asks readOn() when a block ends, so turning it off stops after the current block', () => {
      const { narrator, speaker, changes, options } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);
      speaker.finish(); // One.
      speaker.finish(); // Two.: on to b
      options.readOn = false;
      speaker.finish(); // ¿Tres?
      expect(speaker.texts).toEqual(['One.', 'Two.', '¿Tres?']);
      expect(speaker.pending).toBe(0);
      expect(changes.at(-1)).toStrictEqual({ status: 'idle' });
    });

    it('starts at `start` and goes on from there', () => {
      const { narrator, speaker, changes, textOf } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c'], 1);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['¿Tres?', 'Four.']);
      expect(textOf.mock.calls).toEqual([['b'], ['c']]);
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'b' },
        { status: 'playing', blockId: 'c' },
        { status: 'idle' },
      ]);
    });

    it('starts at the last block when asked to, and ends after it', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c'], 2);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['Four.']);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('goes idle without saying anything when `start` is past the end', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c'], 3);
      expect(speaker.said).toEqual([]);
      expect(changes).toStrictEqual([{ status: 'idle' }]);
    });

    it('goes idle without saying anything when given no blocks', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play([]);
      expect(speaker.said).toEqual([]);
      expect(changes).toStrictEqual([{ status: 'idle' }]);
    });

    it('reads the text of a block when it reaches it, not when play is called', () => {
      const { narrator, speaker, content, textOf } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);
      expect(textOf.mock.calls).toEqual([['a']]);

      // The reader flips b while a is read.
      content.set('b', [[en('Three?')]]);
      speaker.finish();
      expect(textOf.mock.calls).toEqual([['a']]);
      speaker.finish();
      expect(textOf.mock.calls).toEqual([['a'], ['b']]);
      speaker.finishAll();

      expect(speaker.said.map((s) => [s.text, s.voice.name])).toEqual([
        ['One.', 'Samantha'],
        ['Two.', 'Samantha'],
        ['Three?', 'Samantha'],
        ['Four.', 'Samantha'],
      ]);
      expect(textOf.mock.calls).toEqual([['a'], ['b'], ['c']]);
    });

    it('uses the voices there are when it reaches a block', () => {
      const { narrator, speaker, missing } = setup({ blocks: article, voices: [samantha] });
      narrator.play(['a', 'b', 'c']);
      speaker.voiceList = [samantha, monica];
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'Two.', '¿Tres?', 'Four.']);
      expect(missing).toEqual([]);
    });

    it('skips blocks with no text, or only whitespace and punctuation, without a missing voice', () => {
      const { narrator, speaker, changes, missing } = setup({
        blocks: { a: [], b: [[]], c: [[en('  \n ')]], d: [[es('“ — ”')]], e: [[en('Real.')]], f: [] },
        voices: [],
      });
      narrator.play(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(missing).toEqual(['en']);
      expect(speaker.said).toEqual([]);
      expect(changes).toStrictEqual([{ status: 'idle' }]);
    });

    it('skips empty blocks and reads the next one', () => {
      const { narrator, speaker, changes, missing } = setup({
        blocks: { a: [], b: [[en('   ')]], c: [[es('—')]], d: [[en('Real.')]], e: [] },
      });
      narrator.play(['a', 'b', 'c', 'd', 'e']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['Real.']);
      expect(missing).toEqual([]);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'd' }, { status: 'idle' }]);
    });

    it('can play again once it has ended', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['c']);
      speaker.finishAll();
      narrator.play(['a']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['Four.', 'One.', 'Two.']);
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'c' },
        { status: 'idle' },
        { status: 'playing', blockId: 'a' },
        { status: 'idle' },
      ]);
    });
  });

  describe('play while playing', () => {
    it('cancels the old reading and reads the new blocks only', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      const old = speaker.said[0]!;
      narrator.play(['c']);

      expect(speaker.log).toEqual(['cancel', 'say One.', 'cancel', 'say Four.']);
      expect(speaker.pending).toBe(1);

      old.done(); // The browser ends the cancelled sentence late.
      expect(speaker.texts).toEqual(['One.', 'Four.']);

      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'Four.']);
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a' },
        { status: 'playing', blockId: 'c' },
        { status: 'idle' },
      ]);
    });

    it('starts over in the new list when the same blocks are played again', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      speaker.finish(); // One.
      narrator.play(['a', 'b']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'Two.', 'One.', 'Two.', '¿Tres?']);
    });

    it('plays from paused', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a']);
      narrator.pause();
      narrator.play(['b']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', '¿Tres?']);
      expect(changes.at(-2)).toStrictEqual({ status: 'playing', blockId: 'b' });
      expect(changes.at(-1)).toStrictEqual({ status: 'idle' });
    });
  });

  describe('pause and resume', () => {
    it('pause cancels the sentence and reports paused in the same block', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      speaker.finish(); // One.: now saying Two.
      narrator.pause();

      expect(speaker.log.at(-1)).toBe('cancel');
      expect(speaker.pending).toBe(0);
      expect(narrator.state).toStrictEqual({ status: 'paused', blockId: 'a' });
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a' },
        { status: 'paused', blockId: 'a' },
      ]);
      expect(speaker.texts).toEqual(['One.', 'Two.']);
    });

    it('resume says the sentence it was paused in again, from its start, then goes on', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      speaker.finish(); // One.
      narrator.pause();
      narrator.resume();

      expect(speaker.texts).toEqual(['One.', 'Two.', 'Two.']);
      expect(speaker.said[2]!.voice).toBe(samantha);
      expect(narrator.state).toStrictEqual({ status: 'playing', blockId: 'a' });
      expect(changes.at(-1)).toStrictEqual({ status: 'playing', blockId: 'a' });

      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'Two.', 'Two.', '¿Tres?']);
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a' },
        { status: 'paused', blockId: 'a' },
        { status: 'playing', blockId: 'a' },
        { status: 'playing', blockId: 'b' },
        { status: 'idle' },
      ]);
    });

    it('ignores a late end of the sentence it paused: resume says it again rather than the next', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      const first = speaker.said[0]!;
      narrator.pause();
      first.done();
      expect(speaker.texts).toEqual(['One.']);
      expect(narrator.state).toStrictEqual({ status: 'paused', blockId: 'a' });

      narrator.resume();
      expect(speaker.texts).toEqual(['One.', 'One.']);
    });

    it('pauses and resumes more than once in one block', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a']);
      narrator.pause();
      narrator.resume();
      narrator.pause();
      narrator.resume();
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'One.', 'One.', 'Two.']);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('pause does nothing unless playing', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.pause();
      expect(speaker.log).toEqual([]);
      expect(changes).toEqual([]);
      expect(narrator.state).toStrictEqual({ status: 'idle' });

      narrator.play(['c']);
      narrator.pause();
      const logged = speaker.log.length;
      narrator.pause();
      expect(speaker.log).toHaveLength(logged);
      expect(changes).toHaveLength(2);
    });

    it('resume does nothing unless paused', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.resume();
      expect(speaker.log).toEqual([]);
      expect(changes).toEqual([]);

      narrator.play(['a']);
      narrator.resume();
      expect(speaker.texts).toEqual(['One.']);
      expect(changes).toHaveLength(1);

      speaker.finishAll();
      narrator.resume();
      expect(speaker.texts).toEqual(['One.', 'Two.']);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('does not ask for the block’s text again on resume', () => {
      const { narrator, textOf } = setup({ blocks: article });
      narrator.play(['a']);
      narrator.pause();
      narrator.resume();
      expect(textOf).toHaveBeenCalledTimes(1);
    });
  });

  describe('stop', () => {
    it('cancels and goes idle', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      narrator.stop();
      expect(speaker.log.at(-1)).toBe('cancel');
      expect(speaker.pending).toBe(0);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }, { status: 'idle' }]);
    });

    it('ignores a late end of the cancelled sentence: nothing more is read', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      speaker.finish(); // One.
      const late = speaker.said[1]!;
      narrator.stop();
      late.done();

      expect(speaker.texts).toEqual(['One.', 'Two.']);
      expect(speaker.pending).toBe(0);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }, { status: 'idle' }]);
    });

    it('ignores a late end after a stop and a new play: the new reading is not doubled', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a']);
      const late = speaker.said[0]!;
      narrator.stop();
      narrator.play(['c']);
      late.done();
      expect(speaker.texts).toEqual(['One.', 'Four.']);
      expect(speaker.pending).toBe(1);
    });

    it('stops from paused, after which resume does nothing', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a']);
      narrator.pause();
      narrator.stop();
      expect(narrator.state).toStrictEqual({ status: 'idle' });
      narrator.resume();
      expect(speaker.texts).toEqual(['One.']);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });
  });

  describe('a speaker that ends an utterance when it is cancelled', () => {
    it('pause, resume and stop neither skip nor double a sentence', () => {
      const { narrator, speaker, changes } = setup({ blocks: article, endOnCancel: true });
      narrator.play(['a', 'b']);
      narrator.pause();
      expect(speaker.texts).toEqual(['One.']);
      narrator.resume();
      expect(speaker.texts).toEqual(['One.', 'One.']);
      narrator.stop();
      expect(speaker.texts).toEqual(['One.', 'One.']);
      expect(changes.at(-1)).toStrictEqual({ status: 'idle' });
    });

    it('play while playing and setRate do not say a sentence twice', () => {
      const { narrator, speaker } = setup({ blocks: article, endOnCancel: true });
      narrator.play(['a']);
      narrator.setRate(2);
      expect(speaker.texts).toEqual(['One.', 'One.']);
      narrator.play(['c']);
      expect(speaker.texts).toEqual(['One.', 'One.', 'Four.']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'One.', 'Four.']);
    });
  });

  describe('setRate', () => {
    it('while playing, says the current sentence again from its start at the new rate', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a', 'b']);
      speaker.finish(); // One.
      narrator.setRate(1.5);

      expect(speaker.log).toEqual(['cancel', 'say One.', 'say Two.', 'cancel', 'say Two.']);
      expect(speaker.said.map((s) => [s.text, s.rate])).toEqual([
        ['One.', 1],
        ['Two.', 1],
        ['Two.', 1.5],
      ]);
      expect(speaker.pending).toBe(1);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }]);
    });

    it('keeps the new rate for the sentences and blocks after', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a', 'b', 'c']);
      narrator.setRate(0.75);
      speaker.finishAll();
      expect(speaker.said.map((s) => [s.text, s.rate])).toEqual([
        ['One.', 1],
        ['One.', 0.75],
        ['Two.', 0.75],
        ['¿Tres?', 0.75],
        ['Four.', 0.75],
      ]);
    });

    it('ignores a late end of the sentence it restarted', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['a']);
      const old = speaker.said[0]!;
      narrator.setRate(2);
      old.done();
      expect(speaker.texts).toEqual(['One.', 'One.']);
      expect(speaker.pending).toBe(1);
    });

    it('while idle, says nothing and applies to the next play', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.setRate(1.25);
      expect(speaker.log).toEqual([]);
      expect(changes).toEqual([]);
      narrator.play(['a']);
      speaker.finishAll();
      expect(speaker.said.map((s) => s.rate)).toEqual([1.25, 1.25]);
    });

    it('while paused, stays paused and applies when resumed', () => {
      const { narrator, speaker, changes } = setup({ blocks: article });
      narrator.play(['a']);
      narrator.pause();
      narrator.setRate(2);
      expect(speaker.texts).toEqual(['One.']);
      expect(narrator.state).toStrictEqual({ status: 'paused', blockId: 'a' });
      expect(changes).toHaveLength(2);

      narrator.resume();
      expect(speaker.said.map((s) => [s.text, s.rate])).toEqual([
        ['One.', 1],
        ['One.', 2],
      ]);
    });

    it('keeps the rate from one play to the next', () => {
      const { narrator, speaker } = setup({ blocks: article });
      narrator.play(['c']);
      narrator.setRate(0.5);
      speaker.finishAll();
      narrator.play(['b']);
      expect(speaker.said.at(-1)).toMatchObject({ text: '¿Tres?', rate: 0.5 });
    });
  });

  describe('missing voices', () => {
    it('skips a block whose only language has no voice and reads on', () => {
      const { narrator, speaker, changes, missing } = setup({ blocks: article, voices: [samantha] });
      narrator.play(['b', 'c']);
      expect(speaker.texts).toEqual(['Four.']);
      expect(missing).toEqual(['es']);
      speaker.finishAll();
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'c' }, { status: 'idle' }]);
    });

    it('skips a block in the middle, going from the block before to the one after', () => {
      const { narrator, speaker, changes } = setup({ blocks: article, voices: [samantha] });
      narrator.play(['a', 'b', 'c']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['One.', 'Two.', 'Four.']);
      expect(changes).toStrictEqual([
        { status: 'playing', blockId: 'a' },
        { status: 'playing', blockId: 'c' },
        { status: 'idle' },
      ]);
    });

    it('does not read on past an unreadable block when readOn() is false', () => {
      const { narrator, speaker, changes, missing, textOf } = setup({
        blocks: article,
        voices: [samantha],
        readOn: false,
      });
      narrator.play(['b', 'c']);
      expect(speaker.said).toEqual([]);
      expect(missing).toEqual(['es']);
      expect(textOf.mock.calls).toEqual([['b']]);
      expect(changes).toStrictEqual([{ status: 'idle' }]);
    });

    it('reports a missing language once per play, not once per block or sentence', () => {
      const { narrator, speaker, missing } = setup({
        blocks: {
          a: [[es('Uno. Dos.')]],
          b: [[en('Three.')]],
          c: [[es('Cuatro.')], [es('Cinco.')]],
          d: [[es('Seis.')]],
        },
        voices: [samantha],
      });
      narrator.play(['a', 'b', 'c', 'd']);
      expect(missing).toEqual(['es']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['Three.']);
      expect(missing).toEqual(['es']);

      narrator.play(['c', 'd']);
      expect(missing).toEqual(['es', 'es']);
    });

    it('reports each missing language once, in the order it meets them', () => {
      const { narrator, speaker, changes, missing } = setup({
        blocks: { a: [[es('Uno.')]], b: [[en('Two.')]], c: [[es('Tres.'), en(' Four.')]] },
        voices: [{ lang: 'fr-FR', name: 'Thomas' }],
      });
      narrator.play(['a', 'b', 'c']);
      expect(missing).toEqual(['es', 'en']);
      expect(speaker.said).toEqual([]);
      expect(changes).toStrictEqual([{ status: 'idle' }]);
      expect(narrator.state).toStrictEqual({ status: 'idle' });
    });

    it('ends idle when no block can be read, even if it was playing before', () => {
      const { narrator, speaker, changes, missing } = setup({ blocks: article, voices: [samantha] });
      narrator.play(['a']);
      narrator.play(['b']);
      expect(speaker.log).toEqual(['cancel', 'say One.', 'cancel']);
      expect(missing).toEqual(['es']);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }, { status: 'idle' }]);
    });

    it('in a mixed block, says the language it has a voice for and skips the other', () => {
      const { narrator, speaker, changes, missing } = setup({
        blocks: {
          a: [[en('Hello. '), es('Hola. ¿Qué tal? '), en('Goodbye.')], [es('Adiós.')], [en('The end.')]],
        },
        voices: [samantha],
      });
      narrator.play(['a']);
      expect(missing).toEqual(['es']);
      speaker.finishAll();
      expect(speaker.texts).toEqual(['Hello.', 'Goodbye.', 'The end.']);
      expect(missing).toEqual(['es']);
      expect(changes).toStrictEqual([{ status: 'playing', blockId: 'a' }, { status: 'idle' }]);
    });

    it('reads only the Spanish of a mixed block when there is no English voice', () => {
      const { narrator, speaker, missing } = setup({
        blocks: { a: [[en('He said “'), es('¡Hola!'), en('” and left.')]] },
        voices: [monica],
      });
      narrator.play(['a']);
      speaker.finishAll();
      expect(speaker.said.map((s) => [s.text, s.voice])).toEqual([['¡Hola!', monica]]);
      expect(missing).toEqual(['en']);
    });

    it('does not report again on resume or a change of speed', () => {
      const { narrator, missing } = setup({ blocks: { a: [[en('One.'), es(' Dos.')]] }, voices: [samantha] });
      narrator.play(['a']);
      narrator.pause();
      narrator.resume();
      narrator.setRate(2);
      expect(missing).toEqual(['es']);
    });
  });
});
