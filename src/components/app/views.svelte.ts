/**
 * The ways of seeing the story open in this window: presenting (`?present`),
 * embedded (`?embed`), the teacher's presenter view, exploring the map, the
 * QR code, the classroom version. The address asks for them (main.ts reads
 * it); they switch on once the page is mounted. They change the layout, never
 * the scene. Made while the page initialises (it switches them on in onMount).
 */
import { onMount, tick } from 'svelte';
import { reportHeight } from '../../lib/modes/embed';
import { isPresenterView, type Modes } from '../../lib/modes/modes';

export class Views {
  readonly #classroomPage: () => boolean;
  readonly #panel: () => HTMLElement | undefined;
  /** Where the focus was before exploring, to give it back. */
  #focusBeforeExplore: HTMLElement | null = null;

  // Until mounted the page must be exactly what the server rendered (the scrolling story),
  // or hydration would not match: the views switch on in onMount.
  mounted = $state(false);
  present = $state(false);
  embed = $state(false);
  /** The reader pans and zooms the map freely; the story's position is kept for the way back. */
  exploring = $state(false);
  sharing = $state(false);
  /** QR codes of http(s) addresses only: a phone cannot open a file on the presenter's computer. */
  canShare = $state(false);
  /** This window is the teacher's presenter view, opened by the projector's window (`?present&presenter`). */
  presenterView = $state(false);
  /**
   * A presenter view, known from the first render on (the other views switch on once mounted): it
   * draws its small maps as SVG, so the page's map is never made, and its MapLibre code never fetched.
   */
  readonly mapless: boolean;
  /** `?classroom` on the full page: the sensitive items leave the DOM once it is live. */
  classroomAsked = $state(false);
  readonly classroom = $derived.by(() => this.#classroomPage() || this.classroomAsked);
  readonly stepping = $derived(this.present || this.embed);
  readonly layout = $derived(this.presenterView ? 'presenter' : this.present ? 'present' : this.embed ? 'embed' : 'scroll');

  /** `classroomPage`: this is classroom.html. `panel`: the steps' element, where the focus goes back. */
  constructor(modes: () => Modes, classroomPage: () => boolean, panel: () => HTMLElement | undefined) {
    this.#classroomPage = classroomPage;
    this.#panel = panel;
    this.mapless = typeof window !== 'undefined' && isPresenterView(modes(), window);
    onMount(() => {
      const asked = modes();
      this.present = asked.present;
      this.embed = asked.embed;
      this.presenterView = isPresenterView(asked, window);
      this.canShare = /^https?:$/.test(location.protocol);
      this.classroomAsked = asked.classroom;
      this.mounted = true;
    });
  }

  /** The root's attributes and the embed's height; call while the page initialises. */
  layOutPage(childId: () => string | null): void {
    // The views lay out the whole page (app.css): the root carries them.
    $effect(() => {
      const root = document.documentElement;
      if (this.layout === 'scroll') delete root.dataset.mode;
      else root.dataset.mode = this.layout;
      root.toggleAttribute('data-embed', this.embed);
      root.toggleAttribute('data-explore', this.exploring);
      return () => {
        delete root.dataset.mode;
        root.removeAttribute('data-embed');
        root.removeAttribute('data-explore');
      };
    });

    // The host page sizes the frame from these messages (pym.js and AMP).
    $effect(() => {
      if (this.embed) return reportHeight(childId());
    });
  }

  startExplore = (): void => {
    this.#focusBeforeExplore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.sharing = false;
    this.exploring = true;
  };

  leaveExplore = async (): Promise<void> => {
    this.exploring = false;
    await tick();
    (this.#focusBeforeExplore ?? this.#panel())?.focus({ preventScroll: true });
  };
}
