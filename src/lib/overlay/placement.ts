/**
 * One placement for everything written over the map: people's cards, the
 * names of places and the names of countries and seas. What the reader must
 * always see of the drawing (the markers of the places the step marks and the
 * ends of its lines) is an obstacle that nothing placed may cover; each piece
 * then takes, in turn, the cheapest of its spots that stays inside the free
 * part of the map and clear of the obstacles and of every piece placed before
 * it. Cards come first (the map measures them, People.svelte), then place
 * names, then area names (Overlay.svelte): each later layer is handed what the
 * earlier ones took. Pure: boxes in, boxes out; the same input gives the same
 * picture, whichever renderer draws it.
 */

/** The free region, as the layout measures it (lib/layout/free-region.ts's Rect, which this must not import: callouts.ts holds it). */
interface Rect { left: number; top: number; right: number; bottom: number }

/** A rectangle in screen pixels: left, top, right, bottom. */
export interface Box { x0: number; y0: number; x1: number; y1: number }

/** Something drawn that must stay in sight. `owner`: the place whose own name may sit against it. */
export interface Obstacle extends Box {
  owner?: string;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The square a symbol of radius `r` covers around its centre. */
export function around(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** Area of the part of `a` that `b` covers. */
export function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

/** Clear space kept around the end of a line: the end itself and the first pixels of its stroke. */
export const LINE_END_CLEAR = 5;
/** Clear space kept beyond a marker's own extent, so that nothing touches it. */
export const MARKER_CLEAR = 2;

export interface MarkerAt {
  id: string;
  x: number;
  y: number;
  /** How far the marker reaches from its centre (markerExtent). */
  extent: number;
}

/** The boxes nothing may cover: every marker (its own place's name may touch it) and every end of a line. */
export function obstaclesOf(markers: readonly MarkerAt[], lineEnds: ReadonlyArray<readonly [number, number]>): Obstacle[] {
  return [
    ...markers.map((m) => ({ ...around(m.x, m.y, m.extent + MARKER_CLEAR), owner: m.id })),
    ...lineEnds.map(([x, y]) => around(x, y, LINE_END_CLEAR))
  ];
}

export interface PlaceOptions {
  /** Whose own marker the piece may touch (a place's name). */
  owner?: string;
  /** The piece has to show: where no spot is clear it takes the least bad. Default false. */
  must?: boolean;
  /**
   * Weight, per pixel, of a spot's part outside the region when no spot is
   * clear, against 1000 for covering what was placed before. A name out of the
   * region is lost under the text (the default, 2000, keeps it in); a card
   * pushed partly under it still shows the rest (People passes less).
   */
  outside?: number;
}

const OUTSIDE = 2000;

export interface Spot {
  box: Box;
  /** Higher is worse; among the clear spots the cheapest wins. */
  cost: number;
}

/**
 * The screen as the pieces fill it: the free region, the obstacles and what
 * has been placed so far. A layout makes one, or is handed one that earlier
 * layers filled, and places its pieces into it in order.
 */
export class Placement {
  readonly bounds: Box;
  readonly obstacles: readonly Obstacle[];
  readonly #taken: Box[];

  /**
   * @param region    where pieces may go (the part of the map no text covers); the whole map by default
   * @param taken     boxes earlier layers already placed (the people's cards, say)
   */
  constructor(width: number, height: number, region: Rect | undefined, obstacles: readonly Obstacle[] = [], taken: readonly Box[] = []) {
    this.bounds = {
      x0: Math.max(0, region?.left ?? 0),
      y0: Math.max(0, region?.top ?? 0),
      x1: Math.min(width, region?.right ?? width),
      y1: Math.min(height, region?.bottom ?? height)
    };
    this.obstacles = obstacles;
    this.#taken = [...taken];
  }

  /** Everything placed so far, earlier layers' included. */
  get taken(): readonly Box[] {
    return this.#taken;
  }

  /** Marks `box` as taken (a circle drawn on the map, say): later pieces keep off it. */
  take(box: Box): void {
    this.#taken.push(box);
  }

  /** A copy to place more into, leaving this one as it is (a layer that may be drawn again on its own). */
  fork(): Placement {
    const b = this.bounds;
    return new Placement(b.x1, b.y1, { left: b.x0, top: b.y0, right: b.x1, bottom: b.y1 }, this.obstacles, this.#taken);
  }

  inside(box: Box): boolean {
    const b = this.bounds;
    return box.x0 >= b.x0 && box.y0 >= b.y0 && box.x1 <= b.x1 && box.y1 <= b.y1;
  }

  /** Covers no obstacle but its owner's. */
  uncovering(box: Box, owner?: string): boolean {
    return !this.obstacles.some((o) => (owner === undefined || o.owner !== owner) && overlaps(o, box));
  }

  /** Inside the region, over no obstacle and no piece placed before. */
  clear(box: Box, owner?: string): boolean {
    return this.inside(box) && this.uncovering(box, owner) && !this.#taken.some((t) => overlaps(t, box));
  }

  /**
   * The cheapest clear spot, taken; null when none is clear. With `must`, a
   * piece that has to show (a framed place's name, a card) takes, where no
   * spot is clear, the least bad: over no obstacle if any spot allows it,
   * then covering least of what was placed before, then least outside the region.
   */
  place<S extends Spot>(spots: readonly S[], { owner, must = false, outside = OUTSIDE }: PlaceOptions = {}): S | null {
    let best: S | null = null;
    for (const s of spots) if (this.clear(s.box, owner) && (!best || s.cost < best.cost)) best = s;
    if (!best && must && spots.length) {
      const covered = (box: Box) => this.obstacles.reduce((sum, o) => sum + (o.owner !== undefined && o.owner === owner ? 0 : overlapArea(box, o)), 0);
      const beyond = (box: Box) => (box.x1 - box.x0) * (box.y1 - box.y0) - overlapArea(box, this.bounds);
      const badness = (s: S) =>
        covered(s.box) * 1e6 + this.#taken.reduce((sum, t) => sum + overlapArea(s.box, t), 0) * 1000 + beyond(s.box) * outside + s.cost;
      best = spots.reduce((a, b) => (badness(b) < badness(a) ? b : a));
    }
    if (best) this.#taken.push(best.box);
    return best;
  }
}

export interface Separable {
  id: string;
  x: number;
  y: number;
  extent: number;
  /** Higher keeps its true position; ties go by id. */
  priority: number;
}

/** Space left between two markers moved apart. */
const MARKER_GAP = 2;

/**
 * Markers of places so close that they would print on top of each other at
 * this zoom (a suburb beside its city on a map of a continent) are moved apart, the
 * lesser one only, just far enough that both show, in the direction it
 * really lies (straight down where the two coincide). A place is never moved
 * further than the markers' own size: a map reader sees two neighbours, not
 * a wrong place. Pure; positions of markers that touch nothing are kept.
 */
export function separateMarkers<M extends Separable>(markers: readonly M[]): Array<M & { moved: boolean }> {
  const order = [...markers].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const placed: Array<M & { moved: boolean }> = [];
  for (const m of order) {
    let x = m.x;
    let y = m.y;
    // A few rounds: moving clear of one neighbour can land on another.
    for (let round = 0; round < 4; round++) {
      const hit = placed.find((p) => Math.hypot(p.x - x, p.y - y) < p.extent + m.extent + MARKER_GAP - 1e-6);
      if (!hit) break;
      const dx = m.x - hit.x;
      const dy = m.y - hit.y;
      const d = Math.hypot(dx, dy);
      const [ux, uy] = d > 0.5 ? [dx / d, dy / d] : [0, 1];
      const want = hit.extent + m.extent + MARKER_GAP;
      x = hit.x + ux * want;
      y = hit.y + uy * want;
    }
    placed.push({ ...m, x, y, moved: x !== m.x || y !== m.y });
  }
  const byId = new Map(placed.map((p) => [p.id, p]));
  return markers.map((m) => byId.get(m.id)!);
}
