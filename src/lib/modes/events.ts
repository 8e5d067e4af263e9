/**
 * Hooks for the host's own analytics, with no tracker: the story tells its
 * own page what the reader does (`story:step`, `story:view` CustomEvents on
 * `window`) and, embedded, tells the host page too. It sends nothing
 * anywhere; a newsroom that counts readers forwards these to its own tools
 * (README.md, "Counting readers").
 *
 * Embedded, the same events go to the parent frame beside the height
 * messages and in the same two conventions: a plain object
 * `{ type: 'story:step', detail }` that any listener can filter on by its
 * `type`, and, when pym.js named the frame, pym's string format, so a host
 * already on pym.js needs only `pymParent.onMessage('story:step', …)`.
 * They go to any origin (`'*'`), as the heights do: the host's origin is not
 * known in advance, and they carry only what the page itself shows.
 */
import { pymMessage } from './embed';

export const STEP_EVENT = 'story:step';
export const VIEW_EVENT = 'story:view';

/** The ways of seeing the story a reader can open (README.md, "In class and in the newsroom"). */
export const VIEWS = ['present', 'explore', 'classroom', 'print', 'embed'] as const;
export type View = (typeof VIEWS)[number];

export interface StepDetail {
  /** The step's id, as in its address (`#three-countries`). */
  id: string;
  /** From 0. */
  index: number;
  /** The id of the chapter the step belongs to. */
  chapter: string;
  /** How many steps the story has. */
  total: number;
}

export interface ViewDetail {
  view: View;
}

export type StoryEvent = { type: typeof STEP_EVENT; detail: StepDetail } | { type: typeof VIEW_EVENT; detail: ViewDetail };

/** What the events need of the page's window (a fake one in the tests). */
export interface EventWindow {
  dispatchEvent(event: Event): boolean;
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
}

export interface StoryEventsOptions {
  /** Also post the events to the parent frame (`?embed`). */
  embedded: boolean;
  /** pym.js's name for the frame, if it gave one. */
  childId: string | null;
  target?: EventWindow;
  /** Runs `announce` later and returns what cancels it; after `SETTLE_MS` unless told. */
  defer?: (announce: () => void) => () => void;
}

/**
 * How long a step must stay current to be announced. The scroller's reports
 * of a jump straggle over a few frames (measured: a link to a step reports the
 * first step, then the linked one, 20 to 50 ms apart); a presenter's clicks
 * come slower than this.
 */
export const SETTLE_MS = 200;

function settled(announce: () => void): () => void {
  const timer = setTimeout(announce, SETTLE_MS);
  return () => clearTimeout(timer);
}

export interface StoryEvents {
  /**
   * The current step. It is announced once it has stayed current a moment
   * (`SETTLE_MS`): the scroller may report the steps a jump passes over (a link
   * to a step, a flick, a run of clicks) one by one, and the reader stopped
   * only at the last. Nothing is sent for the step last announced.
   */
  step(detail: StepDetail): void;
  /** Which views are open now; each that was not open at the last call is announced. */
  views(open: Readonly<Record<View, boolean>>): void;
}

export function storyEvents({ embedded, childId, target, defer = settled }: StoryEventsOptions): StoryEvents {
  let lastStep: string | null = null;
  let cancelPending = () => {};
  let wasOpen = new Set<View>();

  const emit = (event: StoryEvent) => {
    const page = target ?? window;
    // A fresh object for each listener: one that changes its detail cannot change what the next one sees.
    page.dispatchEvent(new CustomEvent(event.type, { detail: { ...event.detail } }));
    const parent = page.parent;
    if (!embedded || !parent || parent === page) return;
    parent.postMessage(event, '*');
    if (childId) parent.postMessage(pymMessage(childId, event.type, JSON.stringify(event.detail)), '*');
  };

  return {
    step(detail) {
      cancelPending();
      cancelPending = () => {};
      if (detail.id === lastStep) return;
      const copy: StepDetail = { id: detail.id, index: detail.index, chapter: detail.chapter, total: detail.total };
      cancelPending = defer(() => {
        cancelPending = () => {};
        lastStep = copy.id;
        emit({ type: STEP_EVENT, detail: copy });
      });
    },
    views(open) {
      const now = new Set(VIEWS.filter((v) => open[v]));
      for (const view of now) if (!wasOpen.has(view)) emit({ type: VIEW_EVENT, detail: { view } });
      wasOpen = now;
    }
  };
}
