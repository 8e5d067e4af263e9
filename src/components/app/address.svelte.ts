/**
 * The page's address, kept on the step being read. Call while the page
 * initialises (it makes an effect).
 */
import { addressFor } from '../../lib/modes/modes';
import type { Views } from './views.svelte';

/** `stepId`: the step being read, or null at the headline; `slide`: the presentation's slide of it. */
export function addressFollowsStep(views: Views, stepId: () => string | null, slide: () => number): void {
  // The address follows the step being read, so a reload or a shared link lands on it, and
  // carries `?present` while presenting, so a reload stays in the presentation.
  // replaceState, not pushState: Back leaves the story instead of replaying every step.
  $effect(() => {
    if (!views.mounted) return;
    const href = addressFor(location.href, { present: views.present, stepId: stepId(), slide: views.present ? slide() : 0 });
    if (href !== location.href) history.replaceState(history.state, '', href);
  });
}
