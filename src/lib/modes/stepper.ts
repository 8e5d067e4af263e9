/** The stepper's one rule: where an action leads from a step, within the story. */
import type { KeyAction } from './keys';

export type StepAction = Extract<KeyAction, 'next' | 'prev' | 'first' | 'last'>;

export function move(index: number, action: StepAction, count: number): number {
  const last = Math.max(0, count - 1);
  const here = Math.min(last, Math.max(0, Math.trunc(index) || 0));
  switch (action) {
    case 'next':
      return Math.min(last, here + 1);
    case 'prev':
      return Math.max(0, here - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
