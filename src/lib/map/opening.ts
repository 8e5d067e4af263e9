/**
 * The layouts the opening step's map is drawn for at build time
 * (components/map/OpeningMap.svelte), one per layout of the page (app.css:
 * held upright, the map above the text; wide, the text a column on its left),
 * the wide one twice: a phone held sideways frames into so small a region that
 * the names of the map are placed otherwise there.
 * Each drawing has the opening camera's centre in its middle and covers the
 * screens of its layout around the free region's middle; beyond it, the sea's
 * colour shows until the live map takes over. Its names are placed for the
 * free region of a typical screen of the layout, and a fitted camera is
 * fitted to that region.
 */
import type { Rect } from '../layout/free-region';
import type { Viewport } from './target';

export interface OpeningLayout {
  name: 'upright' | 'sideways' | 'wide';
  /**
   * What the drawing covers around the camera's centre, in CSS pixels: to its left and right, above
   * and below it. The wide layout's free region is right of the text, so more of it lies to the left.
   */
  reach: { left: number; right: number; up: number; down: number };
  /** The free region of a typical screen of this layout (390×844; 844×390; 1280×800), as measure-free.ts finds it. */
  region: Viewport;
}

export const OPENING_LAYOUTS: readonly OpeningLayout[] = [
  // Up to a tablet held upright: the map's band is at most 1024 px wide and 44 % of its height high.
  { name: 'upright', reach: { left: 512, right: 512, up: 310, down: 310 }, region: { width: 366, height: 347 } },
  // A phone held sideways (a wide screen at most 500 px high): the names are placed for its small free region.
  { name: 'sideways', reach: { left: 760, right: 320, up: 250, down: 240 }, region: { width: 333, height: 306 } },
  // Up to a 1920×1080 desktop, whose free region's middle is 1,262 px from its left edge and 570 from its top.
  { name: 'wide', reach: { left: 1270, right: 660, up: 580, down: 520 }, region: { width: 677, height: 716 } }
];

/** The drawing's size. */
export function drawingSize({ reach }: OpeningLayout): Viewport {
  return { width: reach.left + reach.right, height: reach.up + reach.down };
}

/**
 * A box twice the reach to the left and above: centred on the free region's middle by CSS, its top
 * left corner is where the drawing's is, whatever the reach to the right and below.
 */
export function anchorSize({ reach }: OpeningLayout): Viewport {
  return { width: 2 * reach.left, height: 2 * reach.up };
}

/** The layout's typical free region, centred on the camera's centre. */
export function openingRegion({ reach, region }: OpeningLayout): Rect {
  const left = reach.left - region.width / 2;
  const top = reach.up - region.height / 2;
  return { left, top, right: left + region.width, bottom: top + region.height };
}
