// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepReadingPlace, parsePlace, placeOf, scrollToProgress } from '../../src/lib/scroll/reading-place';

/** Steps 1,000 px tall one under the other, the first starting `first` px below the top of the screen. */
function layOut(ids: string[], first: number): HTMLElement[] {
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  document.body.innerHTML = ids.map((id) => `<section data-step="${id}" id="${id}"></section>`).join('');
  const steps = Array.from(document.querySelectorAll<HTMLElement>('[data-step]'));
  steps.forEach((el, i) => {
    el.getBoundingClientRect = () => ({ top: first + i * 1000 - window.scrollY, height: 1000 }) as DOMRect;
  });
  return steps;
}

function scrolledTo(y: number): void {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
}

describe('the reading place', () => {
  afterEach(() => {
    sessionStorage.clear();
    scrolledTo(0);
    window.location.hash = '';
    vi.restoreAllMocks();
  });

  it('is the step at the trigger line (60 % down) and how far through it', () => {
    const steps = layOut(['a', 'b', 'c'], -1200);
    // 800 px screen: the line at 480; b spans -200..800.
    expect(placeOf(steps, 800)).toEqual({ id: 'b', progress: 0.68 });
  });

  it('is none while the headline is above the first step', () => {
    expect(placeOf(layOut(['a', 'b'], 600), 800)).toBeNull();
  });

  it('is put back by scrolling the line to the same fraction of the step', () => {
    // The step now starts 2,000 px down; 0.68 of it is 2,680; the line sits at 480.
    expect(scrollToProgress({ top: 2000, height: 1000 }, 0.68, 800)).toBeCloseTo(2200);
  });

  it('is read back only when it is one', () => {
    expect(parsePlace('{"href":"x","id":"b","progress":0.5}')).toEqual({ href: 'x', id: 'b', progress: 0.5 });
    for (const bad of [null, '', 'not json', '{"href":"x","id":"b"}', '{"href":"x","id":"b","progress":2}', '[]']) expect(parsePlace(bad)).toBeNull();
  });

  it('is kept as the page is left, and restored on the same address, taking over from the browser', () => {
    window.location.hash = 'b';
    layOut(['a', 'b', 'c'], -1200);
    keepReadingPlace(window, false);
    expect(history.scrollRestoration).toBe('manual');
    window.dispatchEvent(new Event('pagehide'));
    expect(parsePlace(sessionStorage.getItem('story:reading-place'))).toEqual({ href: window.location.href, id: 'b', progress: 0.68 });

    // The next load: the page at the top, laid out a little differently (b now starts 1,100 px down).
    layOut(['a', 'b', 'c'], 100);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    keepReadingPlace(window, true);
    expect(scrollBy).toHaveBeenCalledWith(0, 1100 + 680 - 480);
  });

  it('follows the address alone where nothing was kept, and leaves a page the reader has already scrolled', () => {
    window.location.hash = 'c';
    const steps = layOut(['a', 'b', 'c'], 100);
    const into = vi.fn();
    steps[2]!.scrollIntoView = into;
    keepReadingPlace(window, true);
    expect(into).toHaveBeenCalledTimes(1);

    scrolledTo(300);
    keepReadingPlace(window, true);
    expect(into).toHaveBeenCalledTimes(1);
  });

  it('is not put back on another address', () => {
    sessionStorage.setItem('story:reading-place', JSON.stringify({ href: 'https://elsewhere.example/#b', id: 'b', progress: 0.5 }));
    layOut(['a', 'b'], 100);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    keepReadingPlace(window, true);
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
