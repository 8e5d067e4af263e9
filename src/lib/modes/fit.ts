/**
 * Presentation mode shows one step in large type; a long step would overflow
 * its panel, and a clicker cannot scroll. This shrinks the current step just
 * enough to fit (the `--fit` zoom in app.css), but never below `min` of its
 * size nor below `minPx` for the text: past that the panel scrolls, which is
 * better than unreadable type.
 *
 * Call it after the step is laid out; it refits when the panel is resized or
 * the fonts arrive, and the returned function removes the zoom.
 */
export interface FitOptions {
  /** The smallest zoom. */
  min?: number;
  /** The smallest size, in CSS pixels, of the step's running text. */
  minPx?: number;
}

export function fitToPanel(panel: HTMLElement, { min = 0.6, minPx = 16 }: FitOptions = {}): () => void {
  const fits = () => panel.scrollHeight <= panel.clientHeight + 1;
  const fit = () => {
    panel.style.removeProperty('--fit');
    if (panel.clientHeight <= 0 || fits()) return;
    const text = panel.querySelector('[aria-current="step"] p') ?? panel;
    const size = parseFloat(getComputedStyle(text).fontSize) || minPx;
    // Wrapping changes with the zoom, so search rather than divide.
    let lo = Math.min(1, Math.max(min, minPx / size));
    let hi = 1;
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      panel.style.setProperty('--fit', mid.toFixed(3));
      if (fits()) lo = mid;
      else hi = mid;
    }
    panel.style.setProperty('--fit', lo.toFixed(3));
  };
  fit();
  let live = true;
  const observer = new ResizeObserver(() => fit());
  observer.observe(panel);
  void document.fonts?.ready.then(() => {
    if (live) fit();
  });
  return () => {
    live = false;
    observer.disconnect();
    panel.style.removeProperty('--fit');
  };
}
