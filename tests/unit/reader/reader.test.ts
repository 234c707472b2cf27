import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReader, type ReaderLabels, type ReaderOptions } from '@/lib/reader/reader';
import { readerDom } from '@/lib/reader/reader-dom';
import { readerKey, readerPage } from './fake-reader-page';
import { labels as englishLabels } from './reader-labels';
import { installFakeWindow, type FakeWindow } from './fake-window';

// Shorter names than the page's, where the tests below assert them.
const labels: ReaderLabels = {
  ...englishLabels,
  flip: { en: 'Show in English', es: 'Show in Spanish' },
  translationMissing: { en: 'No translation, in English', es: 'No translation, in Spanish' },
  share: 'Share',
  shownIn: { en: 'Shown in English', es: 'Shown in Spanish' },
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

/**
 * The article page with its controls script running, made the window and document of the code
 * under test: the reader's flips and views go through the page's inputs, as a tap's do.
 */
function articlePage(address = '', options: Parameters<typeof readerPage>[0] = {}) {
  const page = readerPage({ address, ids: ['one', 'two', 'three'], formerIds: { 'two-before': 'two' }, ...options });
  page.install();
  return page;
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

  it('flips a block in the address and in storage, through its switch, and says the language it shows now', () => {
    const page = articlePage();
    const r = reader();
    const stop = r.start();
    r.toggle('two');
    expect(page.flip('two').checked).toBe(true);
    expect(window.location.search).toBe('?flip=two');
    expect(page.stored.get(readerKey)).toBe('flip=two');
    expect(r.message.get()).toBe('Shown in Spanish');
    r.toggle('two');
    expect(window.location.search).toBe('');
    expect(page.stored.has(readerKey)).toBe(false);
    expect(r.message.get()).toBe('Shown in English');
    stop();
    // Stopped, it says nothing of what the controls still do.
    r.toggle('two');
    expect(window.location.search).toBe('?flip=two');
    expect(r.message.get()).toBe('Shown in English');
  });

  it('flips nothing side by side on a wide screen, where both languages show, and says why beside the block', () => {
    const page = articlePage('?view=side-by-side');
    const r = reader();
    const stop = r.start();
    r.toggle('one');
    expect(window.location.search).toBe('?view=side-by-side');
    expect(page.flip('one').checked).toBe(false);
    expect(r.note.get()).toEqual({ id: 'one', text: labels.flipSideBySide });
    expect(r.message.get()).toBe(labels.flipSideBySide);
    vi.advanceTimersByTime(6000);
    expect(r.note.get()).toBeNull();
    stop();
  });

  it('flips side by side on a phone, where a block shows one version at a time, and says which', () => {
    const page = articlePage('?view=side-by-side', { narrow: true });
    const r = reader();
    const stop = r.start();
    r.toggle('one');
    expect(window.location.search).toBe('?view=side-by-side&flip=one');
    expect(page.flip('one').checked).toBe(true);
    expect(r.message.get()).toBe('Shown in Spanish');
    expect(r.note.get()).toBeNull();
    stop();
  });

  it('switches the view through its radio button and says so; the same view again changes nothing', () => {
    const page = articlePage();
    const r = reader();
    const stop = r.start();
    r.setView('side-by-side');
    expect(page.viewInput('side-by-side').checked).toBe(true);
    expect(window.location.search).toBe('?view=side-by-side');
    expect(r.message.get()).toBe('Side by side view');
    page.replaced.length = 0;
    vi.advanceTimersByTime(4000);
    r.setView('side-by-side');
    expect(page.replaced).toEqual([]);
    expect(r.message.get()).toBe('');
    stop();
  });

  it('cycles through the views in the control’s order', () => {
    articlePage();
    const r = reader();
    const seen = [r.state.get().view];
    for (let i = 0; i < 3; i++) {
      r.showNextView();
      seen.push(r.state.get().view);
    }
    expect(seen).toEqual(['reading', 'side-by-side', 'original', 'reading']);
  });

  it('names the language a flip would show, by the view as it is laid out', () => {
    const r = reader();
    expect(r.flipTarget('one', 'reading', false)).toBe('es');
    expect(r.flipTarget('two', 'reading', false)).toBe('es');
    expect(r.flipTarget('two', 'original', false)).toBe('en');
    expect(r.flipTarget('one', 'original', false)).toBe('es');
    expect(r.flipTarget('two', 'side-by-side', true)).toBe('es');
  });
});

describe('per-block subscriptions', () => {
  it('wakes the flipped block alone on a flip, and every block on a change of view', () => {
    articlePage();
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
    expect(fake.listenerCount(readerDom.changeEvent)).toBe(1);
    stop();
    expect(fake.listenerCount('popstate')).toBe(1);
    other();
    expect(fake.listenerCount('popstate')).toBe(0);
    expect(fake.listenerCount(readerDom.changeEvent)).toBe(0);
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
  it('reads the remembered view and flips the page restored where the address states none', () => {
    articlePage('', { stored: { [readerKey]: 'view=original&flip=one' } });
    const r = reader();
    r.start()();
    expect(window.location.search).toBe('?view=original&flip=one');
    expect(r.state.get()).toEqual({ view: 'original', flipped: new Set(['one']) });
  });

  it('keeps the address’s own state over the remembered one', () => {
    articlePage('?flip=two', { stored: { [readerKey]: 'view=original' } });
    const r = reader();
    r.start()();
    expect(window.location.search).toBe('?flip=two');
    expect(r.state.get()).toEqual({ view: 'reading', flipped: new Set(['two']) });
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
  it('copies the address of the block’s page in the language it shows, and says so, naming another language', async () => {
    articlePage('?flip=two');
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const r = reader();
    expect(await r.share('two')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://paralelo.test/es/articles/an-article/p/two');
    expect(r.message.get()).toBe('Link copied: it opens in Spanish');
    await r.share('one');
    expect(writeText).toHaveBeenLastCalledWith('https://paralelo.test/en/articles/an-article/p/one');
    expect(r.message.get()).toBe('Link copied');
  });

  it('shares side by side in the page’s language, and does nothing for an unknown block', async () => {
    articlePage('?view=side-by-side');
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const r = reader({ lng: 'es' });
    await r.share('one');
    expect(writeText).toHaveBeenCalledWith('https://paralelo.test/es/articles/an-article/p/one');
    expect(await r.share('gone')).toBe(false);
    expect(writeText).toHaveBeenCalledTimes(1);
  });

  it('shares side by side on a phone in the language the block shows', async () => {
    articlePage('?view=side-by-side&flip=one', { narrow: true });
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const r = reader({ lng: 'es' });
    await r.share('one');
    await r.share('two');
    expect(writeText.mock.calls).toEqual([
      ['https://paralelo.test/en/articles/an-article/p/one'],
      ['https://paralelo.test/es/articles/an-article/p/two'],
    ]);
  });

  it('uses the system share sheet where there is one, and says nothing then', async () => {
    articlePage();
    const share = vi.fn(async () => {});
    vi.stubGlobal('navigator', { share });
    const r = reader();
    expect(await r.share('three')).toBe(false);
    expect(share).toHaveBeenCalledWith({
      url: 'https://paralelo.test/en/articles/an-article/p/three',
      title: 'An article',
    });
    expect(r.message.get()).toBe('');
  });
});
