/**
 * How things grow as the reader moves through a step: routes, the fugitives'
 * lines and the charts all ease in with the same curve, one after another.
 */

/** `x` held to 0…1; anything that is not a finite number counts as 0. */
export function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

/** An ease-in-out over 0…1: growth starts and ends gently. */
export function smoothstep(x: number): number {
  return x * x * (3 - 2 * x);
}

/** Routes that grow start one after another, each this share of the step later. */
const STAGGER = 0.12;

/** How far item `i` of `n` has grown at a step's progress, 0 to 1, in thousandths. */
export function grownFraction(progress: number, i: number, n: number): number {
  const span = Math.max(0.2, 1 - STAGGER * (n - 1));
  return Math.round(smoothstep(clamp01((progress - STAGGER * i) / span)) * 1000) / 1000;
}
