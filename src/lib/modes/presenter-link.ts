/**
 * The presenter view: a second window of the same page (`?present&presenter`)
 * on the teacher's own screen, kept in step with the window on the projector.
 *
 * The two talk by `postMessage` through the window references they hold (the
 * one `window.open` returned, and `window.opener`). That needs no server and
 * works from the offline file too, where BroadcastChannel and storage events
 * would not reach the other window: a `file://` page has an opaque origin
 * (Chromium calls it "file://", others "null"), which `postMessage` cannot
 * name as its target, so there it sends to `'*'` and the receiver checks who
 * sent it. A message counts only
 * if it comes from the other window of the pair, from the page's own origin,
 * in one of the shapes below; the messages carry nothing but a position.
 */
import type { SlideStarts } from './slides';

const CHANNEL = 'story-presenter';
/** The name of the presenter's window: a second P finds the same window. */
const WINDOW_NAME = 'story-presenter';
/**
 * How often the presenter says it is there. A projector's window that reloads loses its reference
 * to the presenter's window, and nothing tells the presenter that it did; the next "here" reconnects
 * them, within this time, with no key pressed.
 */
const HERE_EVERY_MS = 1000;

export type LinkMessage =
  /** Presenter to projector, when it starts: "where are we?" */
  | { type: 'hello' }
  /** Presenter to projector, every second: "still here". A projector's window that reloaded finds the presenter by it. */
  | { type: 'here' }
  /** Presenter to projector: the teacher moved. */
  | { type: 'goto'; index: number; slide: number }
  /**
   * Projector to presenter: where the projector is, how its steps split into slides, and the size of
   * its window in CSS pixels (the presenter draws its previews at that size).
   */
  | { type: 'state'; index: number; slide: number; slides: SlideStarts[]; screen?: ScreenSize };

export interface ScreenSize {
  width: number;
  height: number;
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** The message, if `data` is one of ours; anything else is null. */
export function readMessage(data: unknown): LinkMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.channel !== CHANNEL) return null;
  if (m.type === 'hello' || m.type === 'here') return { type: m.type };
  if (!isCount(m.index) || !isCount(m.slide)) return null;
  if (m.type === 'goto') return { type: 'goto', index: m.index, slide: m.slide };
  const slides = m.slides;
  if (m.type === 'state' && Array.isArray(slides) && slides.every((s) => Array.isArray(s) && s.length > 0 && s.every(isCount))) {
    const state = { type: 'state' as const, index: m.index, slide: m.slide, slides: slides as SlideStarts[] };
    const screen = m.screen as Record<string, unknown> | undefined;
    const sized = typeof screen === 'object' && screen !== null && isCount(screen.width) && isCount(screen.height) && screen.width > 0 && screen.height > 0;
    return sized ? { ...state, screen: { width: screen.width as number, height: screen.height as number } } : state;
  }
  return null;
}

const opaque = () => location.protocol === 'file:' || location.origin === 'null';

function post(target: Window, message: LinkMessage): void {
  try {
    target.postMessage({ channel: CHANNEL, ...message }, opaque() ? '*' : location.origin);
  } catch {
    // The other window has gone: the caller learns it from `closed`.
  }
}

/** From the page's own origin, or, for a file, from another file. */
function sameOrigin(event: MessageEvent): boolean {
  return opaque() ? event.origin === 'null' || event.origin === 'file://' : event.origin === location.origin;
}

function openedByThisWindow(source: Window): boolean {
  try {
    return source.opener === window;
  } catch {
    return false;
  }
}

export interface ProjectorLink {
  /** Opens the presenter's window at `url`, or brings it forward; false where the browser refused. */
  open(url: string): boolean;
  close(): void;
  /** Tells the presenter where the projector is. */
  send(state: Omit<Extract<LinkMessage, { type: 'state' }>, 'type'>): void;
  stop(): void;
}

/**
 * The projector's side. `onjoin` when a presenter window says hello (a new one,
 * or one reloaded) or is first heard after this window reloaded, `ongoto` when
 * the teacher moves there, `onleave` once it is closed.
 */
export function projectorLink(on: { join: () => void; goto: (index: number, slide: number) => void; leave: () => void }): ProjectorLink {
  let presenter: Window | null = null;
  let watch = 0;
  const forget = () => {
    window.clearInterval(watch);
    watch = 0;
    if (!presenter) return;
    presenter = null;
    on.leave();
  };
  const adopt = (w: Window) => {
    presenter = w;
    // A closed window sends nothing: ask it now and then whether it is still there.
    if (!watch) {
      watch = window.setInterval(() => {
        if (presenter?.closed) forget();
      }, 500);
    }
  };
  const receive = (event: MessageEvent) => {
    const source = event.source as Window | null;
    if (!source || !sameOrigin(event)) return;
    // The window this one opened; after a reload of this page, the reference is gone but the window still names us its opener.
    if (source !== presenter && !openedByThisWindow(source)) return;
    const message = readMessage(event.data);
    if (!message) return;
    const known = source === presenter;
    if (!known) adopt(source);
    // A presenter that starts (or reloads) says hello; one this window does not know yet, here.
    if (message.type === 'hello' || (message.type === 'here' && !known)) on.join();
    else if (message.type === 'goto') on.goto(message.index, message.slide);
  };
  window.addEventListener('message', receive);
  return {
    open(url) {
      if (presenter && !presenter.closed) {
        presenter.focus();
        return true;
      }
      const opened = window.open(url, WINDOW_NAME, 'popup,width=1100,height=760');
      if (!opened) return false;
      adopt(opened);
      return true;
    },
    close() {
      presenter?.close();
      forget();
    },
    send(state) {
      if (presenter && !presenter.closed) post(presenter, { type: 'state', ...state });
    },
    stop() {
      window.removeEventListener('message', receive);
      window.clearInterval(watch);
    }
  };
}

export interface PresenterSide {
  goto(index: number, slide: number): void;
  stop(): void;
}

/** The presenter's side: says hello to the window that opened it and hears where it is. */
export function presenterLink(onstate: (state: Extract<LinkMessage, { type: 'state' }>) => void): PresenterSide {
  const projector = window.opener as Window | null;
  const receive = (event: MessageEvent) => {
    if (!projector || event.source !== projector || !sameOrigin(event)) return;
    const message = readMessage(event.data);
    if (message?.type === 'state') onstate(message);
  };
  window.addEventListener('message', receive);
  if (projector) post(projector, { type: 'hello' });
  const here = window.setInterval(() => {
    if (projector && !projector.closed) post(projector, { type: 'here' });
  }, HERE_EVERY_MS);
  return {
    goto(index, slide) {
      if (projector && !projector.closed) post(projector, { type: 'goto', index, slide });
    },
    stop() {
      window.removeEventListener('message', receive);
      window.clearInterval(here);
    }
  };
}
