/**
 * The one seam around Scrollama. It reports where the reader is (which step,
 * and how far through it) and knows nothing of maps or scenes.
 */
import scrollama from 'scrollama';

export interface Position {
  index: number;
  progress: number;
}

export interface ScrollerOptions {
  /** CSS selector of the step elements inside the node. */
  steps: string;
  onPosition: (position: Position) => void;
  /** Where on the screen a step becomes current, 0 (top) to 1 (bottom), in tenths. */
  offset?: scrollama.DecimalType;
}

/** How far the trigger line has moved through a step, 0 to 1. */
export function progressThrough(element: HTMLElement, offset: number): number {
  const rect = element.getBoundingClientRect();
  if (rect.height <= 0) return 0;
  return Math.min(1, Math.max(0, (window.innerHeight * offset - rect.top) / rect.height));
}

/**
 * Svelte action: `use:scrollPosition={{ steps: '[data-step]', onPosition }}`.
 * Scrollama says which step is current; progress is read from the step's
 * geometry once per frame, because its own progress events skip programmatic
 * jumps (links, reloads, fast flicks).
 */
export function scrollPosition(node: HTMLElement, options: ScrollerOptions): { destroy(): void } {
  const elements = Array.from(node.querySelectorAll<HTMLElement>(options.steps));
  const offset = options.offset ?? 0.6;
  const scroller = scrollama();
  let index = 0;
  let frame = 0;

  const report = () => {
    frame = 0;
    const element = elements[index];
    if (element) options.onPosition({ index, progress: progressThrough(element, offset) });
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(report);
  };

  scroller.setup({ step: elements, offset }).onStepEnter(({ index: i }) => {
    index = i;
    report();
  });
  // The page may already be scrolled when this starts (a deep link followed before the script
  // ran, a restored reload): read the step at the trigger line from the geometry, not from
  // whether Scrollama's first callbacks come.
  // (Not laid out, as in jsdom: the first step.)
  const line = window.innerHeight * offset;
  const passed = elements.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().top <= line).length;
  index = Math.max(0, passed - 1);
  schedule();
  // Scrollama places its trigger line in pixels at setup; a resize or a rotation moves it.
  const resize = () => {
    scroller.resize();
    schedule();
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', resize, { passive: true });

  return {
    destroy() {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', resize);
      scroller.destroy();
    }
  };
}
