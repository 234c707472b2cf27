import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenSettings } from '@/lib/reader/listen-settings';
import { createNarration, type NarrationLabels } from '@/lib/reader/narration';
import { installFakeWindow, type FakeWindow } from './fake-window';

const labels = {
  cannotSpeak: 'cannot speak',
  loadFailed: 'did not load',
  noVoice: { en: 'no English', es: 'no Spanish' },
} as NarrationLabels;

let fake: FakeWindow;
beforeEach(() => {
  fake = installFakeWindow();
});
afterEach(() => vi.unstubAllGlobals());

function narration() {
  const announce = vi.fn();
  const created = createNarration({
    lng: 'en',
    labels,
    blockIds: ['one', 'two'],
    readerState: () => ({ view: 'reading', flipped: new Set() }),
    announce,
  });
  return { announce, narration: created };
}

describe('createNarration', () => {
  it('is idle, with no voice found missing, until the reader listens', () => {
    const { narration: n } = narration();
    expect(n.state.get()).toEqual({ status: 'idle' });
    expect(n.state.initial()).toEqual({ status: 'idle' });
    expect(n.missing.get().size).toBe(0);
  });

  it('says so where the browser has no speech synthesis, without loading the narrator', () => {
    const { narration: n, announce } = narration();
    n.listen('one');
    expect(announce).toHaveBeenCalledWith('cannot speak');
    expect(n.state.get()).toEqual({ status: 'idle' });
  });

  it('remembers the speed and "read on" for every article, before anything was read', () => {
    const { narration: n } = narration();
    n.setRate(1.25);
    n.setReadOn(false);
    expect(listenSettings.get()).toEqual({ rate: 1.25, readOn: false });
    expect(fake.stored.get('paralelo:listen')).toBe('{"rate":1.25,"readOn":false}');
  });

  it('stops speech when the page goes away, and stops listening for that once cleaned up', () => {
    const { narration: n } = narration();
    const cleanup = n.start();
    expect(fake.listenerCount('pagehide')).toBe(1);
    expect(() => fake.fire('pagehide')).not.toThrow();
    cleanup();
    expect(fake.listenerCount('pagehide')).toBe(0);
  });

  it('does nothing on pause, resume or stop before the narrator has loaded', () => {
    const { narration: n } = narration();
    expect(() => {
      n.pause();
      n.resume();
      n.stop();
    }).not.toThrow();
  });
});
