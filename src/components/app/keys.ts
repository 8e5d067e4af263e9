/**
 * What a key does on the page: the keys themselves are read by
 * lib/modes/keys.ts; this decides what each does in the view that is open.
 */
import { keyAction, scrollsFirst } from '../../lib/modes/keys';
import { toggleFullscreen } from '../../lib/modes/fullscreen';
import type { Presenting } from './presenting.svelte';
import type { Views } from './views.svelte';

/** The window's keydown handler. `panel`: the steps' element. */
export function storyKeys(views: Views, presenting: Presenting, panel: () => HTMLElement | undefined): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.defaultPrevented) return;
    const action = keyAction(event);
    if (action === null) return;
    const storyElement = panel();
    if (views.presenterView) {
      // The presenter view only steps; the projector's window has the other tools.
      if (action !== 'next' && action !== 'prev' && action !== 'first' && action !== 'last') return;
      presenting.step(action);
      event.preventDefault();
      return;
    }
    // Escape closes the innermost thing first: the QR code, then exploring, then the presentation.
    if (action === 'exit') {
      if (views.sharing) views.sharing = false;
      else if (views.exploring) void views.leaveExplore();
      else if (views.present) void presenting.leavePresent();
      else return;
    } else if (views.exploring || !views.stepping) {
      // While exploring, the map's own keys pan it; scrolling reads the page as usual.
      return;
    } else if (event.target instanceof Node && storyElement?.contains(event.target) && scrollsFirst(event.key, storyElement)) {
      return;
    } else if (action === 'fullscreen') {
      if (!views.present) return;
      void toggleFullscreen();
    } else if (action === 'notes') {
      // With a presenter view open, the notes are on the teacher's screen only.
      if (!views.present || presenting.presenterOpen) return;
      presenting.notesOpen = !presenting.notesOpen;
    } else if (action === 'presenter') {
      if (!views.present) return;
      presenting.togglePresenter();
    } else {
      presenting.step(action);
    }
    event.preventDefault();
  };
}
