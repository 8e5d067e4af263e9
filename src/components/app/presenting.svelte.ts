/**
 * The stepping views (`?present`, `?embed`): where the stepper is, how each
 * step splits into slides on the projector, the presentation's own code
 * (fetched when a presentation starts), the link between the projector's
 * window and the presenter view, and the step on screen showing its current
 * slide. Made while the page initialises (it makes effects); `showSlides`
 * too, after the effects that lay out the page.
 */
import { onMount, tick, untrack } from 'svelte';
import type { Story } from '../../lib/content/schema';
import type { Scene } from '../../lib/scene/scene';
import type { Position } from '../../lib/scroll/scroller';
import { addressFor, slideOf, stepIndexOf } from '../../lib/modes/modes';
import { move, type StepAction, type StepperPosition } from '../../lib/modes/stepper';
import type { SlideStarts } from '../../lib/modes/slides';
import type { PresenterSide, ProjectorLink, ScreenSize } from '../../lib/modes/presenter-link';
import type { Views } from './views.svelte';

/** What the presentation needs of the page. */
export interface PresentedPage {
  story: () => Story;
  views: Views;
  /** The steps' element: the panel that scrolls in the stepping views. */
  panel: () => HTMLElement | undefined;
  scene: () => Scene;
  /** Where the scroller has the reader; set on the way back to scrolling. */
  scrolled: { get(): Position; set(position: Position): void };
}

export class Presenting {
  readonly #page: PresentedPage;
  #projector: ProjectorLink | null = null;
  #presenterSide: PresenterSide | null = null;

  stepped: StepperPosition = $state({ index: 0, slide: 0 });
  /**
   * How each step splits into slides on the projector: measured in this window,
   * or, in the presenter view, as the projector measured it. Null: not split.
   */
  slides: SlideStarts[] | null = $state.raw(null);
  /** The projector's window, in CSS pixels: in the presenter view, as the projector last said; until then a 720p projector's. */
  screen: ScreenSize = $state.raw({ width: 1280, height: 720 });
  /** The projector's window has a presenter view open: the notes are there, not on the projector. */
  presenterOpen = $state(false);
  /** The teacher's notes beside the presentation (N). */
  notesOpen = $state(false);
  /** The presentation's own code (./components/modes/presentation.ts), fetched when a presentation starts. */
  presentation: typeof import('../modes/presentation') | null = $state.raw(null);
  readonly slideCounts = $derived.by(() => this.#page.story().steps.map((_, i) => (this.#page.views.present && this.slides?.[i]?.length) || 1));
  // The slide asked for (by a key, the address, the other window) as far as this step has slides.
  readonly at: StepperPosition = $derived({ index: this.stepped.index, slide: Math.min(this.stepped.slide, this.slideCounts[this.stepped.index]! - 1) });
  readonly notesShown = $derived.by(() => this.#page.views.present && this.notesOpen && !this.presenterOpen && !this.#page.views.presenterView);

  constructor(page: PresentedPage) {
    this.#page = page;
    const { story, views } = page;

    onMount(() => {
      // `?present#step-id` (or `#step-id/2`, its second slide) opens there; otherwise the stepper starts where the reader is.
      const named = stepIndexOf(location.hash, story().steps);
      this.stepped = named === null ? { index: page.scrolled.get().index, slide: 0 } : { index: named, slide: slideOf(location.hash) };
      window.addEventListener('hashchange', this.#followAddress);
      return () => window.removeEventListener('hashchange', this.#followAddress);
    });

    $effect(() => {
      if ((views.present || views.presenterView) && !this.presentation) {
        import('../modes/presentation')
          .then((m) => (this.presentation = m))
          .catch((err: unknown) => console.info('The presentation could not load.', err));
      }
    });

    // The two windows of a presentation find each other once its code is here; the link lasts the page's life.
    $effect(() => {
      const p = this.presentation;
      if (!p) return;
      untrack(() => {
        if (views.presenterView) {
          this.#presenterSide = p.presenterLink((state) => {
            if (state.slides.length === story().steps.length && !p.sameSlides(state.slides, this.slides)) this.slides = state.slides;
            if (state.screen && (state.screen.width !== this.screen.width || state.screen.height !== this.screen.height)) this.screen = state.screen;
            this.stepped = { index: Math.min(state.index, story().steps.length - 1), slide: state.slide };
          });
        } else {
          this.#projector = p.projectorLink({
            // Also after this window reloaded: the notes are the presenter's again, and every move is sent.
            join: () => {
              this.presenterOpen = true;
              this.sendToPresenter();
            },
            goto: (index, slide) => (this.stepped = { index: Math.min(index, story().steps.length - 1), slide }),
            leave: () => (this.presenterOpen = false)
          });
        }
      });
      return () => {
        this.#projector?.stop();
        this.#presenterSide?.stop();
        this.#projector = this.#presenterSide = null;
      };
    });
  }

  /** Measures the slides and shows the current one; call while the page initialises. */
  showSlides(): void {
    const { story, views, panel, scene } = this.#page;

    // On the projector, every step is measured into slides that fit the panel at full size,
    // again whenever the panel, a card or the fonts change, or the classroom setting changes the text.
    $effect(() => {
      const p = this.presentation;
      if (!p || !views.present || views.presenterView || !panel()) return;
      void views.classroom;
      return p.watchSlides(panel()!, '.step > .card', (measured) => {
        if (!p.sameSlides(measured, this.slides)) this.slides = measured;
      });
    });

    // The step on screen shows its current slide, from the top (effects run after the DOM is
    // updated, so the new step is laid out). Leaving the presentation shows every block again.
    $effect(() => {
      const [element, index, slide, starts, p] = [panel(), scene().index, this.at.slide, this.slides?.[this.at.index] ?? [0], this.presentation];
      if (!views.stepping || !element) return;
      const card = element.querySelector<HTMLElement>(`[data-step="${story().steps[index]!.id}"] > .card`);
      if (views.present && card && p) p.showSlide(card, starts, slide);
      element.scrollTop = 0;
      return () => {
        if (card && p) p.showAll(card);
      };
    });

    $effect(() => {
      if (this.presenterOpen) this.sendToPresenter();
    });

    // The presenter view draws its previews at this window's size: it hears when that changes.
    $effect(() => {
      if (!this.presenterOpen) return;
      const resized = () => this.sendToPresenter();
      window.addEventListener('resize', resized);
      return () => window.removeEventListener('resize', resized);
    });
  }

  // A step's address typed or followed while presenting (`#step-id`, `#step-id/2`) goes to that
  // step, as loading the address afresh does. Scrolling, the browser itself scrolls to the step.
  // (The address the page writes as the reader moves is a replaceState: it fires no hashchange.)
  #followAddress = (): void => {
    const named = stepIndexOf(location.hash, this.#page.story().steps);
    if (!this.#page.views.stepping || named === null) return;
    this.stepped = { index: named, slide: slideOf(location.hash) };
    this.#presenterSide?.goto(this.stepped.index, this.stepped.slide);
  };

  // The presenter view hears where the projector is, and how its steps split, whenever either changes.
  sendToPresenter(): void {
    const screen = { width: window.innerWidth, height: window.innerHeight };
    this.#projector?.send({ index: this.at.index, slide: this.at.slide, slides: this.slides ?? this.#page.story().steps.map(() => [0]), screen });
  }

  step = (action: StepAction): void => {
    this.stepped = move(this.at, action, this.slideCounts);
    // The projector follows the presenter view; it answers with where it now is.
    this.#presenterSide?.goto(this.stepped.index, this.stepped.slide);
  };

  togglePresenter = (): void => {
    if (this.presenterOpen) {
      this.#projector?.close();
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set('presenter', '');
    this.presenterOpen = this.#projector?.open(addressFor(url.href, { present: true, stepId: this.#page.scene().stepId, slide: this.at.slide })) ?? false;
  };

  startPresent = async (): Promise<void> => {
    this.stepped = { index: this.#page.scrolled.get().index, slide: 0 };
    this.#page.views.present = true;
    await tick();
    this.#page.panel()?.focus();
  };

  leavePresent = async (): Promise<void> => {
    const { views, panel } = this.#page;
    views.present = false;
    views.sharing = false;
    this.#projector?.close();
    if (views.embed) return;
    // Back to scrolling at the step the presenter left: the scroller confirms it once the page has moved.
    const index = this.at.index;
    this.#page.scrolled.set({ index, progress: 0 });
    await tick();
    const element = panel()?.querySelectorAll<HTMLElement>('[data-step]')[index];
    if (element) {
      // The step's top just past the scroller's trigger line (60 % down the screen).
      const top = element.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.55;
      window.scrollTo({ top, behavior: 'instant' });
    }
    panel()?.focus({ preventScroll: true });
  };
}
