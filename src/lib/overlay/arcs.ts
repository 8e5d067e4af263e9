/**
 * Curved lines between two points on the screen, for the fugitives' way out
 * and way back. A quadratic Bézier that bulges to the left of the direction of
 * travel: the way out and the way back between the same two places bulge to
 * opposite sides, so they never lie on top of each other, and neither looks
 * like a sea lane (those follow the water). Growth cuts the curve itself
 * (de Casteljau), because the way out is dashed and a dash pattern cannot
 * also carry how much is drawn.
 */
export type Point = readonly [number, number];

/** How far the control point sits off the chord, as a share of its length (the curve peaks at half of it). */
export const BULGE = 0.32;

const lerp = (a: Point, b: Point, t: number): [number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const dist = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);
const round = (n: number) => Math.round(n * 10) / 10;

export type Quadratic = readonly [Point, Point, Point];

/** The control point: off the chord's middle, to the left of travel as seen on the screen (y grows down). */
export function controlPoint(a: Point, b: Point, bulge = BULGE): [number, number] {
  const [mx, my] = lerp(a, b, 0.5);
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return [mx + dy * bulge, my - dx * bulge];
}

/** Points along the whole arc from a to b, at n evenly spaced parameters strictly inside it. */
export function pointsAlong(a: Point, b: Point, n: number, bulge = BULGE): Array<[number, number]> {
  const c = controlPoint(a, b, bulge);
  return Array.from({ length: n }, (_, i) => {
    const t = (i + 1) / (n + 1);
    return lerp(lerp(a, c, t), lerp(c, b, t), t);
  });
}

/** The part of a quadratic Bézier between parameters t0 and t1 (0 ≤ t0 ≤ t1 ≤ 1), as a quadratic Bézier. */
export function subCurve([p0, p1, p2]: Quadratic, t0: number, t1: number): Quadratic {
  if (t1 <= 0) return [p0, p0, p0];
  // Left part at t1: p0, lerp(p0, p1, t1), the point at t1.
  const a = lerp(p0, p1, t1);
  const end = lerp(a, lerp(p1, p2, t1), t1);
  // In that part, t0 sits at t0 / t1; its right part runs from there to the end.
  const s = t0 / t1;
  const q1 = lerp(a, end, s);
  const start = lerp(lerp(p0, a, s), q1, s);
  return [start, q1, end];
}

/** The direction of travel at parameter t, in radians on the screen. */
export function tangentAngle([p0, p1, p2]: Quadratic, t: number): number {
  const dx = 2 * (1 - t) * (p1[0] - p0[0]) + 2 * t * (p2[0] - p1[0]);
  const dy = 2 * (1 - t) * (p1[1] - p0[1]) + 2 * t * (p2[1] - p1[1]);
  return Math.atan2(dy, dx);
}

export interface Arc {
  /** SVG path of the drawn part. */
  d: string;
  /** Where the drawn part ends, and the direction of travel there (radians). */
  tip: [number, number];
  angle: number;
}

export interface ArcOptions {
  bulge?: number;
  /** Pixels left free before `b`, so that an arrowhead ends beside the place's marker, not under it. Default 0. */
  endGap?: number;
}

/**
 * The first `drawn` (0 to 1) of the curve from a to b, or null when nothing
 * is drawn or the two ends meet on the screen.
 */
export function arcPath(a: Point, b: Point, drawn: number, { bulge = BULGE, endGap = 0 }: ArcOptions = {}): Arc | null {
  if (!(drawn > 0) || !(dist(a, b) > 0.5) || ![...a, ...b].every(Number.isFinite)) return null;
  const curve: Quadratic = [a, controlPoint(a, b, bulge), b];
  // Near an end, the curve moves 2·|control − end| pixels per unit of t.
  const last = 1 - Math.min(0.45, endGap / (2 * dist(curve[1], b)));
  const t = Math.min(1, drawn) * last;
  const [p0, p1, p2] = subCurve(curve, 0, t);
  return {
    d: `M${round(p0[0])},${round(p0[1])}Q${round(p1[0])},${round(p1[1])} ${round(p2[0])},${round(p2[1])}`,
    tip: [p2[0], p2[1]],
    angle: tangentAngle(curve, t)
  };
}

/** An arrowhead of the given length with its point at `tip`, pointing along `angle`. */
export function arrowHead(tip: Point, angle: number, length: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (x: number, y: number) => `${round(tip[0] + x * cos - y * sin)},${round(tip[1] + x * sin + y * cos)}`;
  const half = length * 0.45;
  // A notched back, so it reads as an arrow and not as another place symbol.
  return `M${at(0, 0)}L${at(-length, -half)}L${at(-length * 0.72, 0)}L${at(-length, half)}Z`;
}
