/**
 * The stepper's one rule: where an action leads, within the story. A step
 * may have several slides in a presentation (slides.ts); the same keys walk
 * through them, and back from a step's first slide is the previous step's last.
 */
import type { KeyAction } from './keys';

export type StepAction = Extract<KeyAction, 'next' | 'prev' | 'first' | 'last'>;

/** Where the stepper stands: a step, and a slide of it (0 where steps are not split). */
export interface StepperPosition {
  index: number;
  slide: number;
}

/** `slides[i]` is the number of slides of step i; the story has `slides.length` steps. */
export function move(at: StepperPosition, action: StepAction, slides: readonly number[]): StepperPosition {
  const last = Math.max(0, slides.length - 1);
  const count = (i: number) => Math.max(1, Math.trunc(slides[i] ?? 1) || 1);
  const index = Math.min(last, Math.max(0, Math.trunc(at.index) || 0));
  const slide = Math.min(count(index) - 1, Math.max(0, Math.trunc(at.slide) || 0));
  switch (action) {
    case 'next':
      if (slide + 1 < count(index)) return { index, slide: slide + 1 };
      return index < last ? { index: index + 1, slide: 0 } : { index, slide };
    case 'prev':
      if (slide > 0) return { index, slide: slide - 1 };
      return index > 0 ? { index: index - 1, slide: count(index - 1) - 1 } : { index, slide };
    case 'first':
      return { index: 0, slide: 0 };
    case 'last':
      return { index: last, slide: count(last) - 1 };
  }
}
