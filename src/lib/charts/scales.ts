/**
 * Scales shared by the map overlay, the legend and the charts, so that a
 * symbol in the legend is the size of the one on the map, and every bar grows
 * from the same reading of the reader's progress. Pure: D3 computes, Svelte draws.
 */
import { clamp01, smoothstep } from '../scene/growth';

/**
 * The two scales the story draws with, written out: d3-scale would bring
 * d3-interpolate, d3-color, d3-format and d3-array (about 14 KB gzip) into the
 * JavaScript every reader loads before the map, for two straight lines. The
 * unit tests check them against d3-scale's scaleSqrt and scaleLinear.
 */
export type Scale = (value: number) => number;

/** Like d3's scaleSqrt().domain([0, max]).range([0, top]): area grows with the value. */
export function sqrtScale(max: number, top: number): Scale {
  const k = top / Math.sqrt(max);
  return (value) => Math.sign(value) * Math.sqrt(Math.abs(value)) * k;
}

/** Like d3's scaleLinear().domain([0, max]).range([0, top]).clamp(true). */
export function linearScale(max: number, top: number): Scale {
  return (value) => (Math.min(max, Math.max(0, value)) / max) * top;
}

/** The largest value of a dataset's records: its circles are sized against it, so they compare between steps. */
export function maxValueOf(rows: readonly { value: number }[]): number {
  return Math.max(1, ...rows.map((r) => r.value));
}

/** The radius, in pixels, of the circle for the largest value in a map of this size. */
export function maxCircleRadius(width: number, height: number): number {
  return Math.max(18, Math.min(width, height) * 0.07);
}

/** A value to a circle's radius (area proportional to the value), as the map draws them. */
export function circleRadius(max: number, width: number, height: number): Scale {
  return sqrtScale(Math.max(1, max), maxCircleRadius(width, height));
}

/**
 * Round values for a circle key: the largest 1, 2 or 5 times a power of ten
 * not above the maximum, then a half and a fifth of it (100, 50, 20 for 123).
 */
export function referenceValues(max: number): number[] {
  if (!(max > 0)) return [];
  const power = 10 ** Math.floor(Math.log10(max));
  const top = [5, 2, 1].map((m) => m * power).find((v) => v <= max) ?? power;
  return [top, top / 2, top / 5];
}

/** A value to a share of a bar's track, 0 to 100 (SVG percentages need no measuring, on the server too). */
export function percentScale(max: number): Scale {
  return linearScale(Math.max(Number.EPSILON, max), 100);
}


/**
 * Where in a step's progress the charts grow: a card's chart comes into view
 * shortly after the step becomes current and is fully read well before it leaves.
 */
export const GROW_WINDOW: readonly [number, number] = [0.04, 0.36];

/**
 * How far item `i` of `n` has grown, 0 to 1, at a step's progress. Items start
 * one after another and the last one ends with the window; progress 1 (reduced
 * motion, an inactive step, the server) is always the final state.
 */
export function grow(progress: number, i = 0, n = 1): number {
  const [start, end] = GROW_WINDOW;
  const t = clamp01((progress - start) / (end - start));
  const count = Math.max(1, Math.trunc(n));
  const span = count > 1 ? 0.55 : 1;
  const delay = count > 1 ? ((1 - span) / (count - 1)) * Math.min(count - 1, Math.max(0, i)) : 0;
  return Math.round(smoothstep(clamp01((t - delay) / span)) * 1000) / 1000;
}

export interface KeyCircle {
  value: number;
  r: number;
  /** Centre, with the circles standing on one baseline. */
  cx: number;
  cy: number;
  /** Where its value is written: level with the circle's top unless that would collide. */
  labelY: number;
}

/**
 * A key of nested circles standing on one baseline, each labelled at its top;
 * labels closer than `minGap` pixels are pushed up so that none overlap.
 */
export function circleKey(values: readonly number[], radius: (value: number) => number, minGap = 12): { circles: KeyCircle[]; width: number; height: number } {
  const sorted = [...values].sort((a, b) => b - a);
  const maxR = Math.max(0, ...sorted.map(radius));
  const top = minGap / 2;
  const base = top + Math.max(2 * maxR, minGap * sorted.length);
  // Smallest first, from the bottom: each label at its circle's top, or higher if the one below is too close.
  const placed: KeyCircle[] = [];
  let lastY = Infinity;
  for (const value of [...sorted].reverse()) {
    const r = radius(value);
    const want = base - 2 * r;
    const labelY = Math.min(want, lastY - minGap);
    lastY = labelY;
    placed.push({ value, r, cx: maxR, cy: base - r, labelY });
  }
  const lowest = Math.min(top, ...placed.map((c) => c.labelY));
  const shift = top - lowest;
  return {
    circles: placed.reverse().map((c) => ({ ...c, cy: c.cy + shift, labelY: c.labelY + shift })),
    width: 2 * maxR,
    height: base + shift + 1
  };
}
