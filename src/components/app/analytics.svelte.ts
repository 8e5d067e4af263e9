/**
 * `story:step` and `story:view` for the host's analytics (lib/modes/events.ts),
 * made once the page is live. Call while the page initialises (it makes effects).
 */
import { onMount } from 'svelte';
import type { Story } from '../../lib/content/schema';
import type { Modes } from '../../lib/modes/modes';
import { storyEvents, type StoryEvents } from '../../lib/modes/events';
import type { Views } from './views.svelte';

/** What the events tell of the page. `reading`: the reader has left the headline. */
export interface ReportedPage {
  story: () => Story;
  modes: () => Modes;
  views: Views;
  printing: () => boolean;
  stepIndex: () => number;
  reading: () => boolean;
}

export function reportToHost({ story, modes, views, printing, stepIndex, reading }: ReportedPage): void {
  let events: StoryEvents | null = null;
  onMount(() => {
    // The presenter view is the same reader, presenting: it reports nothing of its own.
    if (!views.presenterView) events = storyEvents({ embedded: modes().embed, childId: modes().childId });
  });

  // Views first, so that a host hears `present` before the step it opens on.
  $effect(() => {
    if (views.mounted) events?.views({ present: views.present, explore: views.exploring, classroom: views.classroom, print: printing(), embed: views.embed });
  });
  // On the step, not on each scroll report: nothing while the reader reads within a step, and
  // the steps a jump passes over are dropped by storyEvents. Not before the reader is `reading`:
  // at the headline the position already says the first step.
  const index = $derived(stepIndex());
  $effect(() => {
    const current = story().steps[index];
    if (views.mounted && reading() && current) events?.step({ id: current.id, index: current.index, chapter: current.chapter, total: story().steps.length });
  });
}
