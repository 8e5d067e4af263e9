/**
 * The viewport both the SVG map and the attributes it stamps use. A module of
 * its own so that the page can stamp them without loading the SVG map's code.
 */
import type { Viewport } from '../map/target';

export function viewportOf(width: number, height: number): Viewport {
  // jsdom and a not-yet-laid-out page report 0; the stage covers the window.
  const w = width > 0 ? width : typeof window === 'undefined' ? 0 : window.innerWidth;
  const h = height > 0 ? height : typeof window === 'undefined' ? 0 : window.innerHeight;
  return { width: Math.max(1, w), height: Math.max(1, h) };
}
