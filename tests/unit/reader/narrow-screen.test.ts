import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutView, narrowScreen } from '@/lib/reader/narrow-screen';
import { narrowScreenQuery } from '@/lib/reader/reader-dom';
import { views } from '@/lib/reader/reader-state';
import { repo } from '../support';

/** A window whose screen is as narrow as `narrow` says, its media query lists recording their listeners. */
function installScreen() {
  const screen = { narrow: false, queries: [] as string[], listeners: new Set<() => void>() };
  vi.stubGlobal('window', {
    matchMedia(query: string) {
      screen.queries.push(query);
      return {
        get matches() {
          return screen.narrow;
        },
        addEventListener: (type: string, listener: () => void) => type === 'change' && screen.listeners.add(listener),
        removeEventListener: (type: string, listener: () => void) =>
          type === 'change' && screen.listeners.delete(listener),
      };
    },
  });
  return {
    screen,
    /** The window turns or resizes across the breakpoint. */
    turn(narrow: boolean) {
      screen.narrow = narrow;
      for (const listener of [...screen.listeners]) listener();
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('narrowScreen', () => {
  it('asks the narrow-screen query of the stylesheet, and is wide on the server', () => {
    const { screen } = installScreen();
    expect(narrowScreen.initial()).toBe(false);
    screen.narrow = true;
    expect(narrowScreen.get()).toBe(true);
    expect(screen.queries).toEqual([narrowScreenQuery]);
  });

  it('is the stylesheet’s own breakpoint, where side by side shows one version at a time', () => {
    const css = readFileSync(path.join(repo, 'app', 'styles', 'reader.css'), 'utf8');
    expect(css).toContain(`@media screen and ${narrowScreenQuery} {`);
  });

  it('follows the window across the breakpoint, listening only while someone does', () => {
    const { screen, turn } = installScreen();
    const listener = vi.fn();
    const stop = narrowScreen.subscribe(listener);
    expect(screen.listeners.size).toBe(1);
    turn(true);
    expect(narrowScreen.get()).toBe(true);
    turn(false);
    expect(narrowScreen.get()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    expect(screen.listeners.size).toBe(0);
  });
});

describe('layoutView', () => {
  it('lays side by side out as reading on a narrow screen, and every view as itself on a wide one', () => {
    for (const view of views) {
      expect(layoutView(view, false)).toBe(view);
      expect(layoutView(view, true)).toBe(view === 'side-by-side' ? 'reading' : view);
    }
  });
});
