import { describe, expect, it } from 'vitest';
import { arcPath, arrowHead, BULGE, controlPoint, subCurve, tangentAngle, type Point, type Quadratic } from '../../src/lib/overlay/arcs.ts';

/** A point on a quadratic Bézier, straight from the definition. */
function at([p0, p1, p2]: Quadratic, t: number): [number, number] {
  const u = 1 - t;
  return [u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]];
}

function parse(d: string): Quadratic {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return [[n[0]!, n[1]!], [n[2]!, n[3]!], [n[4]!, n[5]!]];
}

const curve: Quadratic = [[0, 0], [50, -40], [100, 10]];

describe('controlPoint', () => {
  it.each<[Point, Point, [number, number]]>([
    // Heading east (right), left of travel is up the screen.
    [[0, 0], [100, 0], [50, -100 * BULGE]],
    // Heading west, left of travel is down.
    [[100, 0], [0, 0], [50, 100 * BULGE]],
    // Heading down the screen (south), left of travel is east.
    [[0, 0], [0, 100], [100 * BULGE, 50]]
  ])('from %j to %j bulges to %j', (a, b, want) => {
    const [x, y] = controlPoint(a, b);
    expect(x).toBeCloseTo(want[0], 9);
    expect(y).toBeCloseTo(want[1], 9);
  });
  it('puts the way back on the other side of the way out', () => {
    const a: Point = [10, 20];
    const b: Point = [300, 140];
    const out = controlPoint(a, b);
    const back = controlPoint(b, a);
    const side = (p: Point) => Math.sign((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]));
    expect(side(out)).toBe(-side(back));
  });
});

describe('subCurve', () => {
  it.each([
    [0, 1],
    [0, 0.4],
    [0.25, 0.75],
    [0.6, 1]
  ])('from t=%d to t=%d lies on the original curve', (t0, t1) => {
    const part = subCurve(curve, t0, t1);
    for (const s of [0, 0.3, 0.5, 1]) {
      const [x, y] = at(part, s);
      const [wx, wy] = at(curve, t0 + (t1 - t0) * s);
      expect(x).toBeCloseTo(wx, 9);
      expect(y).toBeCloseTo(wy, 9);
    }
  });
  it('collapses to the start at t1 = 0 and leaves its input alone', () => {
    const copy = structuredClone(curve);
    expect(subCurve(curve, 0, 0)).toEqual([[0, 0], [0, 0], [0, 0]]);
    expect(curve).toEqual(copy);
  });
});

describe('tangentAngle', () => {
  it('follows the control polygon at both ends', () => {
    expect(tangentAngle(curve, 0)).toBeCloseTo(Math.atan2(-40, 50), 9);
    expect(tangentAngle(curve, 1)).toBeCloseTo(Math.atan2(50, 50), 9);
  });
});

describe('arcPath', () => {
  const a: Point = [20, 200];
  const b: Point = [320, 80];
  const full = [a, controlPoint(a, b), b] as const;
  const length = (d: string) => {
    const q = parse(d);
    let sum = 0;
    for (let i = 1; i <= 200; i++) {
      const p = at(q, (i - 1) / 200);
      const n = at(q, i / 200);
      sum += Math.hypot(n[0] - p[0], n[1] - p[1]);
    }
    return sum;
  };

  it('draws nothing at 0, the whole curve at 1, and its first part in between', () => {
    expect(arcPath(a, b, 0)).toBeNull();
    const whole = arcPath(a, b, 1)!;
    expect(parse(whole.d)[0]).toEqual([20, 200]);
    expect(parse(whole.d)[2]).toEqual([320, 80]);
    const half = arcPath(a, b, 0.5)!;
    const [hx, hy] = at(full, 0.5);
    expect(half.tip[0]).toBeCloseTo(hx, 6);
    expect(half.tip[1]).toBeCloseTo(hy, 6);
  });

  it('grows monotonically with drawn', () => {
    let last = 0;
    for (const drawn of [0.05, 0.2, 0.4, 0.6, 0.8, 1]) {
      const len = length(arcPath(a, b, drawn)!.d);
      expect(len).toBeGreaterThan(last);
      last = len;
    }
    // Longer than the chord: it is a curve.
    expect(last).toBeGreaterThan(Math.hypot(300, 120) * 1.02);
  });

  it('stops endGap pixels short of the end, pointing onwards', () => {
    const arc = arcPath(a, b, 1, { endGap: 8 })!;
    expect(Math.hypot(b[0] - arc.tip[0], b[1] - arc.tip[1])).toBeGreaterThan(6);
    expect(Math.hypot(b[0] - arc.tip[0], b[1] - arc.tip[1])).toBeLessThan(10);
    expect(arc.angle).toBeCloseTo(tangentAngle(full, 1), 1);
  });

  it('draws nothing between points that meet on the screen or are not finite', () => {
    expect(arcPath([5, 5], [5.2, 5], 1)).toBeNull();
    expect(arcPath([Number.NaN, 5], [50, 5], 1)).toBeNull();
  });
});

describe('arrowHead', () => {
  it('has its point at the tip and its back behind it', () => {
    const d = arrowHead([100, 50], 0, 10);
    expect(d.startsWith('M100,50L90,45.5')).toBe(true);
    const pointingDown = arrowHead([0, 0], Math.PI / 2, 10).match(/-?\d+(\.\d+)?/g)!.map(Number);
    // Its back points sit above the tip when it points down the screen.
    expect(pointingDown[3]).toBeCloseTo(-10, 6);
  });
});
