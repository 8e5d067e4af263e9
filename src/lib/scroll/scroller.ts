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
  /** Where on the screen a step becomes current, 0 (top) to 1 (bottom). */
  offset?: number;
}

/** Svelte action: `use:scrollPosition={{ steps: '[data-step]', onPosition }}` */
export function scrollPosition(node: HTMLElement, options: ScrollerOptions): { destroy(): void } {
  const elements = Array.from(node.querySelectorAll<HTMLElement>(options.steps));
  const scroller = scrollama();
  let index = 0;
  scroller
    .setup({ step: elements, offset: options.offset ?? 0.6, progress: true })
    .onStepEnter(({ index: i }) => {
      index = i;
      options.onPosition({ index: i, progress: 0 });
    })
    .onStepProgress(({ index: i, progress }) => {
      // Progress reports for a step that is leaving arrive after the next one entered.
      if (i === index) options.onPosition({ index: i, progress });
    });
  return {
    destroy() {
      scroller.destroy();
    }
  };
}
