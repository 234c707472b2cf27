import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locationSearch } from '@/lib/reader/location-search';
import { installFakeWindow, type FakeWindow } from './fake-window';

let fake: FakeWindow;
beforeEach(() => {
  fake = installFakeWindow('https://paralelo.test/en/articles/an-article?view=original#a-block');
});
afterEach(() => vi.unstubAllGlobals());

describe('locationSearch (the address bar’s query as an external value)', () => {
  it("reads the query as the address has it, '' on the server", () => {
    expect(locationSearch.get()).toBe('?view=original');
    expect(locationSearch.initial()).toBe('');
  });

  it('follows the back and forward buttons (popstate), with one listener on the window for all subscribers', () => {
    const listeners = [vi.fn(), vi.fn()];
    const stops = listeners.map((listener) => locationSearch.subscribe(listener));
    expect(fake.listenerCount('popstate')).toBe(1);
    fake.go('/en/articles/an-article?view=side-by-side');
    fake.fire('popstate');
    expect(locationSearch.get()).toBe('?view=side-by-side');
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(1);
    for (const stop of stops) stop();
    expect(fake.listenerCount('popstate')).toBe(0);
  });
});
