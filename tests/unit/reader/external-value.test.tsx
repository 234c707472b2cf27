import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  derivedValue,
  memoryValue,
  storedValue,
  textValue,
  useExternalValue,
  type ReadableValue,
} from '@/lib/reader/external-value';
import { installFakeWindow, type FakeWindow } from './fake-window';

afterEach(() => vi.unstubAllGlobals());

describe('memoryValue', () => {
  it('holds its initial value until set, and keeps it as the initial (server) value after', () => {
    const value = memoryValue('first');
    expect(value.get()).toBe('first');
    value.set('second');
    expect(value.get()).toBe('second');
    expect(value.initial()).toBe('first');
  });

  it('tells every subscriber of each change, after the value changed', () => {
    const value = memoryValue(0);
    const seen: number[][] = [[], []];
    value.subscribe(() => seen[0]!.push(value.get()));
    value.subscribe(() => seen[1]!.push(value.get()));
    value.set(1);
    value.set(2);
    expect(seen).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('stops telling a subscriber once it unsubscribes, and unsubscribing twice is harmless', () => {
    const value = memoryValue(0);
    const listener = vi.fn();
    const unsubscribe = value.subscribe(listener);
    value.set(1);
    unsubscribe();
    unsubscribe();
    value.set(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('counts the same function subscribed twice as two subscriptions', () => {
    const value = memoryValue(0);
    const listener = vi.fn();
    const first = value.subscribe(listener);
    value.subscribe(listener);
    value.set(1);
    expect(listener).toHaveBeenCalledTimes(2);
    first();
    value.set(2);
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('lets a subscriber unsubscribe another while it is being told, without skipping or failing', () => {
    const value = memoryValue(0);
    const second = vi.fn();
    let stopSecond = () => {};
    value.subscribe(() => stopSecond());
    stopSecond = value.subscribe(second);
    value.set(1);
    value.set(2);
    // Told of the change under way (the list is taken when it starts), not of the next.
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('returns the very object it was given, so a snapshot stays the same between changes', () => {
    const settings = { a: 1 };
    const value = memoryValue({ a: 0 });
    value.set(settings);
    expect(value.get()).toBe(settings);
    expect(value.get()).toBe(value.get());
  });
});

describe('textValue', () => {
  it('reads its source anew each time, with no subscriber needed', () => {
    let text = 'a';
    const value = textValue({ read: () => text });
    expect(value.get()).toBe('a');
    text = 'b';
    expect(value.get()).toBe('b');
  });

  it("is '' on the server unless the source says otherwise", () => {
    expect(textValue({ read: () => 'x' }).initial()).toBe('');
    expect(textValue({ read: () => 'x', initial: 'unknown' }).initial()).toBe('unknown');
  });

  it('writes through its source, then tells subscribers', () => {
    let text = '';
    const order: string[] = [];
    const value = textValue({
      read: () => text,
      write(next) {
        order.push(`write ${next}`);
        text = next;
      },
    });
    value.subscribe(() => order.push(`told ${value.get()}`));
    value.set('new');
    expect(order).toEqual(['write new', 'told new']);
  });

  it('listens to its source only while someone subscribes, once however many do', () => {
    const unwatch = vi.fn();
    const watch = vi.fn((onChange: () => void) => {
      changed = onChange;
      return unwatch;
    });
    let changed = () => {};
    const value = textValue({ read: () => '', watch });
    expect(watch).not.toHaveBeenCalled();

    const listeners = [vi.fn(), vi.fn()];
    const stops = listeners.map((listener) => value.subscribe(listener));
    expect(watch).toHaveBeenCalledTimes(1);
    changed();
    expect(listeners[0]).toHaveBeenCalledTimes(1);
    expect(listeners[1]).toHaveBeenCalledTimes(1);

    stops[0]!();
    expect(unwatch).not.toHaveBeenCalled();
    stops[1]!();
    expect(unwatch).toHaveBeenCalledTimes(1);
    stops[1]!();
    expect(unwatch).toHaveBeenCalledTimes(1);

    value.subscribe(vi.fn());
    expect(watch).toHaveBeenCalledTimes(2);
  });
});

describe('derivedValue', () => {
  it('derives once per change of its source and returns the same object until the next', () => {
    const source = memoryValue('1,2');
    const derive = vi.fn((text: string) => text.split(','));
    const value = derivedValue(source, derive);
    const first = value.get();
    expect(first).toEqual(['1', '2']);
    expect(value.get()).toBe(first);
    expect(derive).toHaveBeenCalledTimes(1);

    source.set('3');
    expect(value.get()).toEqual(['3']);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('derives its initial value from the source’s, once, apart from the current one', () => {
    const source = memoryValue('a');
    source.set('b');
    const derive = vi.fn((text: string) => ({ text }));
    const value = derivedValue(source, derive);
    const initial = value.initial();
    expect(initial).toEqual({ text: 'a' });
    expect(value.get()).toEqual({ text: 'b' });
    expect(value.initial()).toBe(initial);
    expect(value.get()).toBe(value.get());
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('is told of changes through its source’s subscription', () => {
    const source = memoryValue(1);
    const value = derivedValue(source, (n) => n * 2);
    const seen: number[] = [];
    const stop = value.subscribe(() => seen.push(value.get()));
    source.set(2);
    stop();
    source.set(3);
    expect(seen).toEqual([4]);
  });

  it('chains: a value derived from a derived value', () => {
    const source = memoryValue(2);
    const doubled = derivedValue(source, (n) => n * 2);
    const described = derivedValue(doubled, (n) => ({ n }));
    const first = described.get();
    expect(first).toEqual({ n: 4 });
    expect(described.get()).toBe(first);
    source.set(3);
    expect(described.get()).toEqual({ n: 6 });
  });
});

describe('storedValue', () => {
  let fake: FakeWindow;
  beforeEach(() => {
    fake = installFakeWindow();
  });

  const counter = () => {
    const parse = vi.fn((text: string) => ({ count: Number(text || 0) }));
    return { parse, value: storedValue('test:count', parse, ({ count }) => (count ? String(count) : '')) };
  };

  it('reads what localStorage holds, parsing it once per stored text', () => {
    fake.stored.set('test:count', '3');
    const { parse, value } = counter();
    const first = value.get();
    expect(first).toEqual({ count: 3 });
    expect(value.get()).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("parses '' where nothing is stored, and on the server", () => {
    const { value } = counter();
    expect(value.get()).toEqual({ count: 0 });
    expect(value.initial()).toEqual({ count: 0 });
  });

  it('stores what is set, formatted, and tells subscribers', () => {
    const { value } = counter();
    const listener = vi.fn();
    value.subscribe(listener);
    value.set({ count: 5 });
    expect(fake.stored.get('test:count')).toBe('5');
    expect(value.get()).toEqual({ count: 5 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("removes the key when the value formats as ''", () => {
    fake.stored.set('test:count', '2');
    const { value } = counter();
    value.set({ count: 0 });
    expect(fake.stored.has('test:count')).toBe(false);
    expect(value.get()).toEqual({ count: 0 });
  });

  it('keeps the value in memory where storage is blocked, without an error', () => {
    fake.storageMode = 'blocked';
    const { value } = counter();
    expect(value.get()).toEqual({ count: 0 });
    expect(() => value.set({ count: 7 })).not.toThrow();
    expect(value.get()).toEqual({ count: 7 });
  });

  it('keeps what the page set where storage is full and still holds an older value', () => {
    fake.stored.set('test:count', '1');
    fake.storageMode = 'full';
    const { value } = counter();
    value.set({ count: 2 });
    expect(fake.stored.get('test:count')).toBe('1');
    expect(value.get()).toEqual({ count: 2 });
  });

  it('shares nothing between two keys', () => {
    const a = storedValue(
      'test:a',
      (t) => t,
      (t) => t,
    );
    const b = storedValue(
      'test:b',
      (t) => t,
      (t) => t,
    );
    a.set('x');
    expect(b.get()).toBe('');
    expect(fake.stored.get('test:a')).toBe('x');
  });
});

describe('useExternalValue', () => {
  const Show = ({ value }: { value: ReadableValue<string> }) => <p>{useExternalValue(value)}</p>;
  const ShowPart = ({ value, select }: { value: ReadableValue<string>; select: (text: string) => string }) => (
    <p>{useExternalValue(value, select)}</p>
  );

  it('renders the initial value on the server, not the browser’s', () => {
    const value = memoryValue('initial');
    value.set('in the browser');
    expect(renderToStaticMarkup(<Show value={value} />)).toBe('<p>initial</p>');
  });

  it('renders what `select` picks from the initial value', () => {
    const value = memoryValue('view=side-by-side');
    expect(renderToStaticMarkup(<ShowPart value={value} select={(text) => text.split('=')[1]!} />)).toBe(
      '<p>side-by-side</p>',
    );
  });

  it('does not touch the browser on the server', () => {
    const value = storedValue(
      'test:server',
      (text) => text || 'default',
      (text) => text,
    );
    expect(renderToStaticMarkup(<Show value={value} />)).toBe('<p>default</p>');
  });
});
