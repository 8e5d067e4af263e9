/**
 * The opening step's map as the build drew it into the page (OpeningMap.svelte,
 * after the app's element, never hydrated). The stage keeps it over its own map
 * while that loads, hides it while the reader is away from the opening step,
 * and fades it out once a live map has drawn the same camera. The one place
 * that touches it.
 */
export class OpeningDrawing {
  #element: HTMLElement | null;

  constructor(doc: Document | undefined) {
    this.#element = doc?.querySelector<HTMLElement>('[data-opening]') ?? null;
  }

  show(shown: boolean): void {
    this.#element?.toggleAttribute('data-away', !shown);
  }

  /** Gone for good: over `fade` ms where it shows, at once where it does not (or with reduced motion). */
  handOver(fade: number): void {
    const element = this.#element;
    if (!element) return;
    this.#element = null;
    if (fade <= 0 || element.hasAttribute('data-away') || typeof element.animate !== 'function') return element.remove();
    element.animate([{ opacity: 1 }, { opacity: 0 }], { duration: fade, easing: 'ease-out', fill: 'forwards' }).finished.then(
      () => element.remove(),
      () => element.remove()
    );
  }
}
