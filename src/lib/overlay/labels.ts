/**
 * Place names beside their markers, through the overlay's one placement
 * (placement.ts): in priority order, each name tries the spots beside its
 * symbol (right, then left, then a row above or below) and takes the first
 * that stays in the free part of the map, off every marker and line end, and
 * off whatever was placed before it. A name the step must show (a framed
 * place's, `must`) that finds none of those clear goes further out, with a
 * leader line back to its marker, and is never left out.
 */
import { Placement, overlaps, type Box, type Obstacle } from './placement';
import type { Rect } from '../layout/free-region';

export { overlaps, type Box };

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  text: string;
  priority: number;
  /** Radius of the symbol the label belongs to; the label sits clear of it. */
  radius?: number;
  /** The name must show (a place the camera frames): it may go further out, on a leader. Default false. */
  must?: boolean;
}

export interface Segment { x1: number; y1: number; x2: number; y2: number }

/** `y` is where the label's row sits: the symbol's, or a row above or below it. */
export interface PlacedLabel extends LabelCandidate {
  anchor: 'start' | 'end';
  dx: number;
  /** From the marker to a name set further out than the rows beside it; null beside it. */
  leader: Segment | null;
}

// Measured in Chromium: 13 px Inter at weight 600 runs 8.1–9.4 px a character
// (over place names of 6 to 9 letters); a box measured short lets labels touch.
const CHAR_WIDTH = 8.8;
const HEIGHT = 16;
const GAP = 8;

function boxFor(c: LabelCandidate, anchor: 'start' | 'end', dx: number): Box {
  const w = c.text.length * CHAR_WIDTH;
  const x0 = anchor === 'start' ? c.x + dx : c.x + dx - w;
  return { x0, y0: c.y - HEIGHT / 2, x1: x0 + w, y1: c.y + HEIGHT / 2 };
}

/** The screen box a placed label covers, for layouts that must keep clear of it. */
export function labelBox(label: PlacedLabel): Box {
  return boxFor(label, label.anchor, label.dx);
}

/** Beside the symbol: its row, then the rows just above and below. */
const BESIDE = [
  ['start', 0],
  ['end', 0],
  ['start', -1],
  ['end', -1],
  ['start', 1],
  ['end', 1]
] as const;
/** Further out, on a leader: two and three rows off, then beside but pushed out sideways. */
const FURTHER = [
  ['start', -2, 0],
  ['end', -2, 0],
  ['start', 2, 0],
  ['end', 2, 0],
  ['start', -3, 0],
  ['end', -3, 0],
  ['start', 3, 0],
  ['end', 3, 0],
  ['start', 0, 2],
  ['end', 0, 2],
  ['start', -1, 2],
  ['end', -1, 2],
  ['start', 1, 2],
  ['end', 1, 2]
] as const;

/** From the symbol's edge towards the name, ending at the name's nearer side. */
function leaderTo(c: LabelCandidate, box: Box, anchor: 'start' | 'end'): Segment {
  const x2 = anchor === 'start' ? box.x0 - 2 : box.x1 + 2;
  const y2 = (box.y0 + box.y1) / 2;
  const d = Math.hypot(x2 - c.x, y2 - c.y) || 1;
  const r = (c.radius ?? 0) + 4;
  return { x1: c.x + ((x2 - c.x) / d) * r, y1: c.y + ((y2 - c.y) / d) * r, x2, y2 };
}

/**
 * Places the names into `placement` (or into a fresh one over `width` × `height`,
 * `region` and `obstacles`). Each name may touch its own place's marker
 * (an obstacle owned by the candidate's id), nothing else's.
 */
export function placeLabels(candidates: readonly LabelCandidate[], placement: Placement): PlacedLabel[];
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number, region?: Rect, obstacles?: readonly Obstacle[]): PlacedLabel[];
export function placeLabels(
  candidates: readonly LabelCandidate[],
  into: Placement | number,
  height = 0,
  region?: Rect,
  obstacles: readonly Obstacle[] = []
): PlacedLabel[] {
  const placement = typeof into === 'number' ? new Placement(into, height, region, obstacles) : into;
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const gap = GAP + (c.radius ?? 0);
    const beside = BESIDE.map(([anchor, row], rank) => {
      const at = { ...c, y: c.y + row * HEIGHT };
      const dx = anchor === 'start' ? gap : -gap;
      return { box: boxFor(at, anchor, dx), cost: rank, label: { ...at, anchor, dx, leader: null } as PlacedLabel };
    });
    const further = c.must
      ? FURTHER.map(([anchor, row, out], rank) => {
          const at = { ...c, y: c.y + row * HEIGHT };
          const dx = (anchor === 'start' ? 1 : -1) * (gap + out * GAP);
          const box = boxFor(at, anchor, dx);
          return { box, cost: BESIDE.length + rank, label: { ...at, anchor, dx, leader: leaderTo(c, box, anchor) } as PlacedLabel };
        })
      : [];
    const spot = placement.place([...beside, ...further], { owner: c.id, must: c.must ?? false });
    if (spot) placed.push(spot.label);
  }
  return placed;
}
