/**
 * When the page lays out the steps out of sight (StepCard.svelte leaves them to
 * `content-visibility` until the root has `data-live`). Until then the page is
 * cheap to lay out again, and it is laid out again several times while it
 * starts: when the web fonts and the map's stylesheet arrive. Laid out whole,
 * each time cost 50–90 ms on a phone at full speed (a trace of a cold load).
 * The geometry of far steps matters only once the reader moves, so the page
 * goes live at the reader's first move, or once the map has first drawn, or
 * after `latestMs`, whichever comes first.
 */
// Printing lays out every step too.
const MOVES = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'resize', 'hashchange', 'beforeprint'] as const;

/** Lays out every step now: the page is about to be scrolled to a far one. */
export function goLive(doc: Document): void {
  doc.documentElement.toggleAttribute('data-live', true);
}

export function goLiveWhen(win: Window, settled: Promise<unknown>, latestMs: number): void {
  let timer = 0;
  const live = () => {
    goLive(win.document);
    for (const type of MOVES) win.removeEventListener(type, live, true);
    win.clearTimeout(timer);
  };
  for (const type of MOVES) win.addEventListener(type, live, { capture: true, passive: true });
  timer = win.setTimeout(live, latestMs);
  void settled.then(live);
}
