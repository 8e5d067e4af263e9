/**
 * Makes a box's content fit it by shrinking the type (the `--fit` zoom the
 * box's stylesheet applies to its content), never below `min` of its size
 * nor below `minPx` for the text: past that the box scrolls, which is better
 * than unreadable type. Used for the teacher's notes beside a slide; the
 * slides themselves never shrink (they split: slides.ts).
 *
 * It refits when the box is resized or the fonts arrive; the returned
 * function removes the zoom.
 */
export interface FitOptions {
  /** The smallest zoom. */
  min?: number;
  /** The smallest size, in CSS pixels, of the text found by `text`. */
  minPx?: number;
  /** The box's running text, whose size `minPx` bounds. */
  text?: string;
}

export function fitToBox(box: HTMLElement, { min = 0.6, minPx = 14, text = 'p' }: FitOptions = {}): () => void {
  const fits = () => box.scrollHeight <= box.clientHeight;
  const fit = () => {
    box.style.removeProperty('--fit');
    if (box.clientHeight <= 0 || fits()) return;
    const size = parseFloat(getComputedStyle(box.querySelector(text) ?? box).fontSize) || minPx;
    // Wrapping changes with the zoom, so search rather than divide.
    let lo = Math.min(1, Math.max(min, minPx / size));
    let hi = 1;
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      box.style.setProperty('--fit', mid.toFixed(3));
      if (fits()) lo = mid;
      else hi = mid;
    }
    box.style.setProperty('--fit', lo.toFixed(3));
  };
  fit();
  let live = true;
  const observer = new ResizeObserver(() => fit());
  observer.observe(box);
  void document.fonts?.ready.then(() => {
    if (live) fit();
  });
  return () => {
    live = false;
    observer.disconnect();
    box.style.removeProperty('--fit');
  };
}
