/**
 * The one seam around Scrollama. It reports where the reader is (which step,
 * and how far through it) and knows nothing of maps or scenes.
 */
import scrollama from 'scrollama';

export interface Position {
  index: number;
  progress: number;
}

/** Where on the screen a step becomes current: 60 % of the way down. */
export const TRIGGER_LINE = 0.6;

export interface ScrollerOptions {
  /** CSS selector of the step elements inside the node. */
  steps: string;
  onPosition: (position: Position) => void;
  /** Where on the screen a step becomes current, 0 (top) to 1 (bottom), in tenths. */
  offset?: scrollama.DecimalType;
}

/** How far a line (in the viewport's pixels) has moved through a box, 0 to 1. */
export function progressAt(box: { top: number; height: number }, line: number): number {
  if (box.height <= 0) return 0;
  return Math.min(1, Math.max(0, (line - box.top) / box.height));
}

/** How far the trigger line has moved through a step, 0 to 1. */
export function progressThrough(element: HTMLElement, offset: number): number {
  return progressAt(element.getBoundingClientRect(), window.innerHeight * offset);
}

/**
 * The step whose box the trigger line has reached: the last laid-out step whose
 * top is at or above the line; the first step while the headline is in view.
 * -1 when nothing is laid out (as in jsdom).
 */
export function stepAtLine(boxes: readonly { top: number; height: number }[], line: number): number {
  let index = -1;
  let laidOut = false;
  boxes.forEach((box, i) => {
    if (box.height <= 0) return;
    laidOut = true;
    if (box.top <= line) index = i;
  });
  return laidOut ? Math.max(0, index) : -1;
}

/**
 * Svelte action: `use:scrollPosition={{ steps: '[data-step]', onPosition }}`.
 * Scrollama wakes it when a step crosses the trigger line; which step is current
 * and how far through it the reader is are then read from the page's geometry,
 * once per frame. Scrollama's own index and progress lag or skip on programmatic
 * jumps, fast flicks and fragments followed before the script ran, and an
 * intersection callback can arrive after the scroll that made it stale.
 */
export function scrollPosition(node: HTMLElement, options: ScrollerOptions): { destroy(): void } {
  const elements = Array.from(node.querySelectorAll<HTMLElement>(options.steps));
  const offset = options.offset ?? TRIGGER_LINE;
  const scroller = scrollama();
  /** Scrollama's last word, used only where there is no layout to read. */
  let entered = 0;
  let frame = 0;

  const report = () => {
    frame = 0;
    const measured = stepAtLine(
      elements.map((el) => el.getBoundingClientRect()),
      window.innerHeight * offset
    );
    const index = measured >= 0 ? measured : entered;
    const element = elements[index];
    if (element) options.onPosition({ index, progress: progressThrough(element, offset) });
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(report);
  };

  scroller.setup({ step: elements, offset }).onStepEnter(({ index: i }) => {
    entered = i;
    cancelAnimationFrame(frame);
    report();
  });
  schedule();
  // Scrollama places its trigger line in pixels at setup; a resize or a rotation moves it.
  const resize = () => {
    scroller.resize();
    schedule();
  };
  // Steps move without a scroll when the layout changes under them (fonts, images, cards).
  const layout = new ResizeObserver(schedule);
  layout.observe(node);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', resize, { passive: true });

  return {
    destroy() {
      cancelAnimationFrame(frame);
      layout.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', resize);
      scroller.destroy();
    }
  };
}
