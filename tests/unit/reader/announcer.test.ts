import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer } from '@/lib/reader/announcer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAnnouncer (the page’s live region)', () => {
  it('says nothing at first, and on the server', () => {
    const { message } = createAnnouncer();
    expect(message.get()).toBe('');
    expect(message.initial()).toBe('');
  });

  it('shows a message for a few seconds, then clears it, telling subscribers each time', () => {
    const { message, announce } = createAnnouncer();
    const seen: string[] = [];
    message.subscribe(() => seen.push(message.get()));
    announce('Link copied');
    expect(message.get()).toBe('Link copied');
    vi.advanceTimersByTime(3999);
    expect(message.get()).toBe('Link copied');
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['Link copied', '']);
  });

  it('gives a new message its full time: the earlier one’s clearing is called off', () => {
    const { message, announce } = createAnnouncer();
    announce('first');
    vi.advanceTimersByTime(3000);
    announce('second');
    vi.advanceTimersByTime(3000);
    expect(message.get()).toBe('second');
    vi.advanceTimersByTime(1000);
    expect(message.get()).toBe('');
  });

  it('keeps each page’s messages apart', () => {
    const a = createAnnouncer();
    const b = createAnnouncer();
    a.announce('only a');
    expect(b.message.get()).toBe('');
  });
});
