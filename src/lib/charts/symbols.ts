/**
 * Shapes that tell kinds of timeline event apart without colour: story.json
 * gives each kind its own outline, and the chart names the kind in words as well.
 */
import type { SymbolShape } from '../content/declarations';

export type { SymbolShape };

const r = (n: number) => Math.round(n * 100) / 100;

/** An SVG path for a shape centred on 0,0 that fits a square of side `size`. */
export function symbolPath(shape: SymbolShape, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'triangle':
      // Pointing right: someone sent on elsewhere.
      return `M${r(-h * 0.8)},${r(-h)}L${r(h)},0L${r(-h * 0.8)},${r(h)}Z`;
    case 'cross': {
      const t = h * 0.34;
      return (
        `M${r(-h)},${r(-h + t)}L${r(-h + t)},${r(-h)}L0,${r(-t)}L${r(h - t)},${r(-h)}L${r(h)},${r(-h + t)}L${r(t)},0` +
        `L${r(h)},${r(h - t)}L${r(h - t)},${r(h)}L0,${r(t)}L${r(-h + t)},${r(h)}L${r(-h)},${r(h - t)}L${r(-t)},0Z`
      );
    }
    case 'square': {
      const s = h * 0.82;
      return `M${r(-s)},${r(-s)}H${r(s)}V${r(s)}H${r(-s)}Z`;
    }
    case 'diamond':
    case 'open-diamond':
      return `M0,${r(-h)}L${r(h)},0L0,${r(h)}L${r(-h)},0Z`;
    case 'circle': {
      const c = h * 0.85;
      return `M${r(-c)},0A${r(c)},${r(c)} 0 1,0 ${r(c)},0A${r(c)},${r(c)} 0 1,0 ${r(-c)},0Z`;
    }
  }
}

/** Open shapes are drawn as an outline only. */
export function isOpen(shape: SymbolShape): boolean {
  return shape === 'open-diamond';
}
