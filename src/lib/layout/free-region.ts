/**
 * Where on the map the reader can actually see: the largest rectangle of the
 * map's box that nothing drawn above it (the text column, a panel, a bar)
 * overlaps. Pure, so that the camera, the people's cards and the tests agree
 * on it; the page measures the rectangles (measure-free.ts) and hands them in.
 */
import type { Rect } from '../charts/callouts';

export type { Rect };

/** Below this the map shows too little to frame anything in; frame in the whole map instead. */
const MIN_WIDTH = 120;
const MIN_HEIGHT = 100;

export function width(r: Rect): number {
  return Math.max(0, r.right - r.left);
}

export function height(r: Rect): number {
  return Math.max(0, r.bottom - r.top);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clip(r: Rect, to: Rect): Rect | null {
  const c = { left: Math.max(r.left, to.left), top: Math.max(r.top, to.top), right: Math.min(r.right, to.right), bottom: Math.min(r.bottom, to.bottom) };
  return c.left < c.right && c.top < c.bottom ? c : null;
}

/**
 * The largest rectangle inside `stage` that overlaps none of `obstacles`.
 * Its edges can only lie on the stage's or an obstacle's edges, so trying
 * every pair of those (a handful of obstacles gives a few thousand) finds it.
 * Ties go to the first found, scanning from the top left, so the result is stable.
 */
export function largestFreeRect(stage: Rect, obstacles: readonly Rect[]): Rect {
  const inside = obstacles.map((o) => clip(o, stage)).filter((o): o is Rect => o !== null);
  if (inside.length === 0) return { ...stage };
  const xs = [...new Set([stage.left, stage.right, ...inside.flatMap((o) => [o.left, o.right])])].sort((a, b) => a - b);
  const ys = [...new Set([stage.top, stage.bottom, ...inside.flatMap((o) => [o.top, o.bottom])])].sort((a, b) => a - b);
  let best: Rect | null = null;
  let bestArea = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++) {
        for (let l = k + 1; l < ys.length; l++) {
          const r = { left: xs[i]!, right: xs[j]!, top: ys[k]!, bottom: ys[l]! };
          const area = width(r) * height(r);
          if (area <= bestArea) continue;
          if (inside.some((o) => overlaps(o, r))) continue;
          best = r;
          bestArea = area;
        }
      }
    }
  }
  return best ?? { ...stage };
}

/**
 * The rectangle the camera frames in: the free rectangle with a margin, so
 * that markers and their labels are not cut at its edge; the whole stage when
 * too little is free to frame anything (a panel over a tiny screen).
 */
export function frameRegion(stage: Rect, obstacles: readonly Rect[], margin = 12): Rect {
  const free = largestFreeRect(stage, obstacles);
  const m = Math.min(margin, width(free) / 8, height(free) / 8);
  const framed = { left: free.left + m, top: free.top + m, right: free.right - m, bottom: free.bottom - m };
  return width(framed) >= MIN_WIDTH && height(framed) >= MIN_HEIGHT ? framed : { ...stage };
}

/** The same region as MapLibre's camera padding: the distances from each edge of a stage of this size. */
export function paddingOf(region: Rect, size: { width: number; height: number }): Rect {
  return {
    top: Math.round(Math.max(0, region.top)),
    left: Math.round(Math.max(0, region.left)),
    right: Math.round(Math.max(0, size.width - region.right)),
    bottom: Math.round(Math.max(0, size.height - region.bottom))
  };
}
