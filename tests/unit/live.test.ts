// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { goLiveWhen } from '../../src/lib/layout/live';

const live = () => document.documentElement.hasAttribute('data-live');

describe('the page goes live (every step laid out)', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-live');
    vi.useRealTimers();
  });

  it('at the reader\'s first move', () => {
    goLiveWhen(window, new Promise(() => {}), 60_000);
    expect(live()).toBe(false);
    window.dispatchEvent(new Event('scroll'));
    expect(live()).toBe(true);
  });

  it('once the map has drawn', async () => {
    let settle = () => {};
    goLiveWhen(window, new Promise<void>((r) => (settle = r)), 60_000);
    expect(live()).toBe(false);
    settle();
    await Promise.resolve();
    await Promise.resolve();
    expect(live()).toBe(true);
  });

  it('at the latest after the given time, map or not', () => {
    vi.useFakeTimers();
    goLiveWhen(window, new Promise(() => {}), 4000);
    vi.advanceTimersByTime(3999);
    expect(live()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(live()).toBe(true);
  });
});
