import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReader, type ReaderLabels, type ReaderOptions } from '@/lib/reader/reader';
import { storageKey } from '@/lib/reader/stored-state';
import { installFakeWindow, type FakeWindow } from './fake-window';

const labels: ReaderLabels = {
  flip: { en: 'Show in English', es: 'Show in Spanish' },
  languageCode: { en: 'EN', es: 'ES' },
  languageName: { en: 'English', es: 'Spanish' },
  autonym: { en: 'English', es: 'español' },
  blockName: 'Paragraph {{n}}',
  blockControls: 'Controls of paragraph {{n}}',
  shareIn: {
    en: 'Share paragraph {{n}}: the link opens in English',
    es: 'Share paragraph {{n}}: the link opens in Spanish',
  },
  copied: 'Copied',
  linkCopiedIn: { en: 'Link copied: it opens in English', es: 'Link copied: it opens in Spanish' },
  flipSideBySide: 'Side by side shows both languages: flip a paragraph in the reading view.',
  original: 'Original',
  translationMissing: { en: 'No translation, in English', es: 'No translation, in Spanish' },
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'Copy this link: {{url}}',
  shownIn: { en: 'Shown in English', es: 'Shown in Spanish' },
  viewShown: { reading: 'Reading view', 'side-by-side': 'Side by side view', original: 'As published view' },
};

const article = 'https://paralelo.test/en/articles/an-article';

function reader(options: Partial<ReaderOptions> = {}) {
  return createReader({
    lng: 'en',
    slug: 'an-article',
    labels,
    blocks: [
      { id: 'one', lang: 'en' },
      { id: 'two', lang: 'es' },
      { id: 'three', lang: 'en' },
    ],
    formerIds: { 'two-before': 'two' },
    ...options,
  });
}

/** Elements by ID, recording what the reader did to them. */
function installDocument(ids: string[]) {
  const done: string[] = [];
  const elements = new Map(
    ids.map((id) => [
      id,
      {
        scrollIntoView: () => done.push(`scroll ${id}`),
        focus: () => done.push(`focus ${id}`),
      },
    ]),
  );
  vi.stubGlobal('document', { title: 'An article', getElementById: (id: string) => elements.get(id) ?? null });
  return done;
}

let fake: FakeWindow;
beforeEach(() => {
  vi.useFakeTimers();
  fake = installFakeWindow(article);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the reader’s state in the address', () => {
  it('reads view and flips from the query, flips of former IDs under the current one, unknown ones dropped', () => {
    fake.go('?view=original&flip=two-before,gone,one');
    const { state } = reader();
    expect(state.get().view).toBe('original');
    expect([...state.get().flipped]).toEqual(['two', 'one']);
    expect(state.get()).toBe(state.get());
  });

  it('is the default view with no flip on the server', () => {
    fake.go('?view=original&flip=one');
    expect(reader().state.initial()).toEqual({ view: 'reading', flipped: new Set() });
  });

  it('flips a block in the address and in storage, and says the language it shows now', () => {
    const r = reader();
    r.toggle('two');
    expect(window.location.search).toBe('?flip=two');
    expect(fake.stored.get(storageKey('en', 'an-article'))).toBe('flip=two');
    expect(r.message.get()).toBe('Shown in Spanish');
    r.toggle('two');
    expect(window.location.search).toBe('');
    expect(fake.stored.has(storageKey('en', 'an-article'))).toBe(false);
    expect(r.message.get()).toBe('Shown in English');
  });

  it('says nothing about a flip side by side, where both languages show', () => {
    fake.go('?view=side-by-side');
    const r = reader();
    r.toggle('one');
    expect(window.location.search).toBe('?view=side-by-side&flip=one');
    expect(r.message.get()).toBe('');
  });

  it('switches the view and says so; the same view again changes nothing', () => {
    const r = reader();
    r.setView('side-by-side');
    expect(window.location.search).toBe('?view=side-by-side');
    expect(r.message.get()).toBe('Side by side view');
    fake.replaced.length = 0;
    r.setView('side-by-side');
    expect(fake.replaced).toEqual([]);
  });

  it('cycles through the views in the control’s order', () => {
    const r = reader();
    const seen = [r.state.get().view];
    for (let i = 0; i < 3; i++) {
      r.showNextView();
      seen.push(r.state.get().view);
    }
    expect(seen).toEqual(['reading', 'side-by-side', 'original', 'reading']);
  });
});

describe('per-block subscriptions', () => {
  it('wakes the flipped block alone on a flip, and every block on a change of view', () => {
    const r = reader();
    const woken = { one: vi.fn(), two: vi.fn(), three: vi.fn() };
    const stops = Object.entries(woken).map(([id, listener]) => r.subscribeToBlock(id, listener));
    r.toggle('two');
    expect([woken.one, woken.two, woken.three].map((l) => l.mock.calls.length)).toEqual([0, 1, 0]);
    r.setView('original');
    expect([woken.one, woken.two, woken.three].map((l) => l.mock.calls.length)).toEqual([1, 2, 1]);
    for (const stop of stops) stop();
  });

  it('listens to the address only while a block listens', () => {
    const r = reader();
    const stop = r.subscribeToBlock('one', vi.fn());
    const other = r.subscribeToBlock('two', vi.fn());
    expect(fake.listenerCount('popstate')).toBe(1);
    stop();
    expect(fake.listenerCount('popstate')).toBe(1);
    other();
    expect(fake.listenerCount('popstate')).toBe(0);
  });

  it('follows the back button: a flip undone there wakes the block', () => {
    fake.go('?flip=three');
    const r = reader();
    const listener = vi.fn();
    const stop = r.subscribeToBlock('three', listener);
    fake.go('?');
    fake.fire('popstate');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('on arrival', () => {
  it('restores the remembered view and flips where the address states none', () => {
    fake.stored.set(storageKey('en', 'an-article'), 'view=original&flip=one');
    installDocument([]);
    reader().start()();
    expect(window.location.search).toBe('?view=original&flip=one');
  });

  it('keeps the address’s own state over the remembered one', () => {
    fake.stored.set(storageKey('en', 'an-article'), 'view=original');
    fake.go('?flip=two');
    installDocument([]);
    reader().start()();
    expect(window.location.search).toBe('?flip=two');
  });

  it('goes to the block the fragment names, replacing a former ID by the current one', () => {
    fake.go('#two-before');
    const done = installDocument(['two']);
    const r = reader();
    expect(r.link.get()).toEqual({ requested: 'two-before', block: 'two' });
    const stop = r.start();
    expect(done).toEqual(['scroll two', 'focus two']);
    expect(window.location.hash).toBe('#two');
    stop();
  });

  it('goes to the share page’s block and leaves its address alone', () => {
    const done = installDocument(['three']);
    const r = reader({ focusId: 'three' });
    expect(r.link.initial()).toEqual({ requested: 'three', block: 'three' });
    r.start()();
    expect(done).toEqual(['scroll three', 'focus three']);
    expect(fake.replaced).toEqual([]);
  });

  it('follows the fragment as it changes, and stops when the page does', () => {
    const done = installDocument(['one', 'three']);
    const stop = reader().start();
    expect(done).toEqual([]);
    fake.go('#three');
    fake.fire('hashchange');
    expect(done).toEqual(['scroll three', 'focus three']);
    stop();
    expect(fake.listenerCount('hashchange')).toBe(0);
  });

  it('names no block for a fragment that matches none (a stale link), which can be dismissed', () => {
    fake.go('#gone');
    const r = reader();
    expect(r.link.get()).toEqual({ requested: 'gone', block: undefined });
    expect(r.staleLinkDismissed.get()).toBe(false);
    r.dismissStaleLink();
    expect(r.staleLinkDismissed.get()).toBe(true);
  });

  it('reads a fragment that is not valid percent-encoding as it is', () => {
    fake.go('#%E0%A4%A');
    expect(reader().link.get()).toEqual({ requested: '%E0%A4%A', block: undefined });
  });
});

describe('sharing', () => {
  it('copies the address of the block’s page in the language it shows, and says so', async () => {
    installDocument([]);
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    fake.go('?flip=two');
    const r = reader();
    await r.share('two');
    expect(writeText).toHaveBeenCalledWith('https://paralelo.test/es/articles/an-article/p/two');
    expect(r.message.get()).toBe('Link copied');
    await r.share('one');
    expect(writeText).toHaveBeenLastCalledWith('https://paralelo.test/en/articles/an-article/p/one');
  });

  it('shares side by side in the page’s language, and does nothing for an unknown block', async () => {
    installDocument([]);
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    fake.go('?view=side-by-side');
    const r = reader({ lng: 'es' });
    await r.share('one');
    expect(writeText).toHaveBeenCalledWith('https://paralelo.test/es/articles/an-article/p/one');
    await r.share('gone');
    expect(writeText).toHaveBeenCalledTimes(1);
  });
});
