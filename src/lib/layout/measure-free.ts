/**
 * Measures, from the page's real geometry, what covers the map, so that the
 * camera frames into the space the layout leaves (free-region.ts). The layout
 * (CSS) alone decides where things are; elements that may cover the map say
 * so with `data-covers-map`:
 *   - `column`: text that scrolls over the map: its left–right extent covers
 *     the map's whole height, since the card being read can be anywhere in it;
 *   - any other value: the element's own box (a bar, a panel, a button).
 * An element drawn below the map (a lower z-index; on phones the text scrolls
 * under the map) covers nothing, and one inside another that covers the map is
 * counted with it.
 */
import { frameRegion, type Rect } from './free-region';

function zIndex(el: Element): number {
  const z = Number.parseInt(getComputedStyle(el).zIndex, 10);
  return Number.isFinite(z) ? z : 0;
}

/**
 * Whether `el` paints above the stage: compared where their branches of the
 * page part (the children of their closest common ancestor), by z-index, then
 * by order in the page. Enough for this page, whose layers are positioned
 * siblings; not a full model of CSS stacking contexts.
 */
function above(el: Element, stage: HTMLElement): boolean {
  const branch: Element[] = [];
  for (let e: Element | null = stage; e; e = e.parentElement) branch.push(e);
  let mine: Element = el;
  while (mine.parentElement && !branch.includes(mine.parentElement)) mine = mine.parentElement;
  const common = mine.parentElement;
  if (!common) return false;
  const map = branch[branch.indexOf(common) - 1];
  if (!map || map === mine) return false;
  const [a, b] = [zIndex(mine), zIndex(map)];
  if (a !== b) return a > b;
  return Boolean(map.compareDocumentPosition(mine) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * Drawn at all: it has a box, is not `visibility: hidden`, and is not inside a
 * step that `content-visibility` skips (out of sight, before the page goes
 * live: StepCard.svelte). Asked without laying those steps out: reading the
 * box of an element in a skipped step lays that step out, and doing so for
 * every card as the page started took 4 ms a step, 280 ms in all, in a CPU
 * profile of a phone load, on the way to the map's first frame. A skipped
 * step is far from the viewport, so its card covers nothing the reader sees;
 * once the page goes live every card is laid out, resized and measured again.
 */
function shown(el: HTMLElement): boolean {
  // jsdom has no checkVisibility.
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
  if (el.getClientRects().length === 0) return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/** What covers the stage, in the stage's own pixels. */
export function coveringRects(stage: HTMLElement): Rect[] {
  const box = stage.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-covers-map]')) {
    if (el.parentElement?.closest('[data-covers-map]')) continue;
    if (stage.contains(el) || !shown(el) || !above(el, stage)) continue;
    const r = el.getBoundingClientRect();
    const column = el.dataset.coversMap === 'column';
    rects.push({
      left: r.left - box.left,
      right: r.right - box.left,
      top: column ? 0 : r.top - box.top,
      bottom: column ? box.height : r.bottom - box.top
    });
  }
  return rects;
}

/** The region of the stage the camera frames into, in the stage's pixels. */
export function measureFreeRegion(stage: HTMLElement): Rect {
  const box = stage.getBoundingClientRect();
  const r = frameRegion({ left: 0, top: 0, right: box.width, bottom: box.height }, coveringRects(stage));
  // Whole pixels: what the page stamps (data-free) is then exactly what the camera used.
  return { left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) };
}

/** Equal to the pixel: measuring twice must not move the camera. */
export function sameRegion(a: Rect | null, b: Rect | null): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.left - b.left) < 1 && Math.abs(a.top - b.top) < 1 && Math.abs(a.right - b.right) < 1 && Math.abs(a.bottom - b.bottom) < 1
  );
}

/** `left,top,right,bottom`, rounded: the attribute tools and tests read. */
export function regionAttribute(r: Rect | null): string | undefined {
  return r ? [r.left, r.top, r.right, r.bottom].map((v) => Math.round(v)).join(',') : undefined;
}
