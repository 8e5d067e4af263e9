/**
 * A reload lands where the reader was: on the step the address names, as far
 * through it as they had read. The browser's own restoration puts back a pixel
 * offset, and lands a step early wherever the page lays out a little
 * differently on its second load (seen in Chromium's headless shell: 193 px
 * short, on the step before the address's). So the page keeps the place
 * itself, as a step and a fraction through it: written to sessionStorage as
 * the page is left, and scrolled back to as the page starts.
 */
import { progressAt, stepAtLine, TRIGGER_LINE } from './scroller';
import { fragmentStepId } from '../modes/modes';
import { goLive } from '../layout/live';

export interface ReadingPlace {
  /** The address the place belongs to: a place is only put back on the same address. */
  href: string;
  id: string;
  progress: number;
}

const KEY = 'story:reading-place';

/** The step the trigger line has reached and how far through it; null at the headline, or where nothing is laid out. */
export function placeOf(steps: readonly HTMLElement[], viewportHeight: number): Omit<ReadingPlace, 'href'> | null {
  const line = viewportHeight * TRIGGER_LINE;
  const boxes = steps.map((el) => el.getBoundingClientRect());
  const index = stepAtLine(boxes, line);
  const id = steps[index]?.dataset.step;
  const box = boxes[index];
  if (!id || !box || box.top > line || box.height <= 0) return null;
  return { id, progress: progressAt(box, line) };
}

/** How far to scroll so that the trigger line is `progress` of the way through a step's box. */
export function scrollToProgress(box: { top: number; height: number }, progress: number, viewportHeight: number): number {
  return box.top + box.height * progress - viewportHeight * TRIGGER_LINE;
}

/** A saved place, if it is one: storage is the browser's, and may hold anything. */
export function parsePlace(text: string | null): ReadingPlace | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<ReadingPlace>;
    const ok = typeof v.href === 'string' && typeof v.id === 'string' && typeof v.progress === 'number' && v.progress >= 0 && v.progress <= 1;
    return ok ? (v as ReadingPlace) : null;
  } catch {
    return null;
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    // Storage turned off, or a sandboxed frame: the browser's fragment scroll is all there is.
    return null;
  }
}

/**
 * Takes the reading place over from the browser in the scrolling view: keeps
 * it as the page is left, and `restore`s it as the page starts, unless the
 * reader or the browser (following a fresh link to a step) has already scrolled.
 */
export function keepReadingPlace(win: Window, restore: boolean): void {
  const doc = win.document;
  const steps = () => Array.from(doc.querySelectorAll<HTMLElement>('[data-step]'));
  win.history.scrollRestoration = 'manual';
  win.addEventListener('pagehide', () => {
    const place = placeOf(steps(), win.innerHeight);
    try {
      if (place) storageOf(win)?.setItem(KEY, JSON.stringify({ href: win.location.href, ...place }));
      else storageOf(win)?.removeItem(KEY);
    } catch {
      // Full or refused: the next load falls back to the address alone.
    }
  });
  if (!restore || win.scrollY !== 0) return;
  const saved = parsePlace(storageOf(win)?.getItem(KEY) ?? null);
  const kept = saved?.href === win.location.href ? saved : null;
  const id = kept?.id ?? fragmentStepId(win.location.hash);
  const step = id ? steps().find((el) => el.dataset.step === id) : undefined;
  if (!step) return;
  // Measured with every step above it laid out: left to `content-visibility`, their estimated
  // heights would put the step thousands of pixels from where it ends up.
  goLive(doc);
  if (kept) win.scrollBy(0, scrollToProgress(step.getBoundingClientRect(), kept.progress, win.innerHeight));
  // No place kept (storage off): where a fresh link to the step would land.
  else step.scrollIntoView();
}
