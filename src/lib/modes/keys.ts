/**
 * Which keys step the story in the stepping modes. Clickers send
 * PageDown/PageUp (some send the arrows, or Space); a keyboard has the arrows,
 * Space, Home and End. A pure function of the key event, so it is tested
 * without a browser.
 */
export type KeyAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'notes' | 'presenter' | 'exit';

/** The parts of a KeyboardEvent that decide the action. */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  isComposing?: boolean;
  target?: EventTarget | null;
}

const ACTIONS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'notes',
  N: 'notes',
  p: 'presenter',
  P: 'presenter',
  Escape: 'exit'
};

interface ElementLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/** Input types that take no text: keys pressed on them are not typing. */
const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** The reader is typing: a key there belongs to the field, not to the story. */
export function isTyping(target: EventTarget | null | undefined): boolean {
  const el = target as ElementLike | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TEXT.has((el.type ?? 'text').toLowerCase());
  return el.isContentEditable === true;
}

/** Space and Enter on a button or link press that control; the story must not also step. */
function isControl(target: EventTarget | null | undefined): boolean {
  const el = target as ElementLike | null | undefined;
  return typeof el?.closest === 'function' && el.closest('button, a[href], summary, [role="button"], [role="link"]') != null;
}

export function keyAction(event: KeyLike): KeyAction | null {
  if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTyping(event.target)) return null;
  if (event.key === ' ' && isControl(event.target)) return null;
  // Shift+Space reads back, as it scrolls back in a browser.
  if (event.key === ' ' && event.shiftKey) return 'prev';
  return ACTIONS[event.key] ?? null;
}

interface Scrollable {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * ↑ and ↓ in a step panel that has the focus and can still scroll that way
 * scroll it, as they do anywhere on the web; at its end they step.
 */
export function scrollsFirst(key: string, panel: Scrollable | null): boolean {
  if (!panel || (key !== 'ArrowDown' && key !== 'ArrowUp')) return false;
  if (key === 'ArrowUp') return panel.scrollTop > 0;
  return panel.scrollTop + panel.clientHeight < panel.scrollHeight - 1;
}
