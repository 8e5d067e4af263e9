/**
 * Lays out cards that point at places on the map (the people of a step):
 * cards at the same place stack into one column, each column sits beside its
 * place, diagonally off it so the place's own label stays clear, inside the
 * part of the screen the text does not cover, and no two cards overlap.
 * The cards are the first layer of the overlay's one placement
 * (lib/overlay/placement.ts): no card covers an obstacle (a marker, a line's
 * end) where any spot keeps clear of them all.
 * Pure: positions in, positions out.
 */
import { Placement, type Obstacle } from '../overlay/placement';

export interface CalloutAnchor {
  id: string;
  /** Cards with the same group (a place id) stack together. */
  group: string;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Callout {
  id: string;
  group: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What ties a column of cards to its place. */
export interface Leader {
  group: string;
  /** From the place to the column (to the card itself when it is one card). Null when the column covers the place. */
  line: Segment | null;
  /** For a stack: a bracket along the column's side facing the place, with a tick into each card. */
  bracket: { spine: Segment; ticks: Segment[] } | null;
}

export interface CalloutOptions {
  /** Space between stacked cards. */
  gap?: number;
  /** How far a column keeps from its place, across and along. */
  dx?: number;
  dy?: number;
  /** Space kept from the screen's edges. */
  margin?: number;
  /** Other places on the map (the ones the camera frames) that cards must not cover either. */
  keepClear?: ReadonlyArray<{ x: number; y: number }>;
  /** Points cards keep off where they can (along the lines drawn on the map), but less than places. */
  avoid?: ReadonlyArray<{ x: number; y: number }>;
  /** What no card may cover (markers, the ends of lines: `obstaclesOf`). Default none. */
  obstacles?: readonly Obstacle[];
}

type Beside = 'right-below' | 'left-below' | 'right-above' | 'left-above';
const PLACEMENTS: readonly Beside[] = ['right-below', 'left-below', 'right-above', 'left-above'];
/** Spots tried across the free region when none beside the place is clear: (GRID + 1)² of them. */
const GRID = 6;

function area(a: Rect): number {
  return Math.max(0, a.right - a.left) * Math.max(0, a.bottom - a.top);
}

function intersection(a: Rect, b: Rect): Rect {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

/** Moves a span of `size` into [lo, hi] when it fits, else pins it to `lo`. */
function fit(start: number, size: number, lo: number, hi: number): number {
  if (size >= hi - lo) return lo;
  return Math.min(hi - size, Math.max(lo, start));
}

export function layoutCallouts(
  anchors: readonly CalloutAnchor[],
  sizes: Readonly<Record<string, Size>>,
  viewport: Size,
  /** Where cards should go (the part of the map the text leaves free); the viewport when left out. */
  region?: Rect,
  options: CalloutOptions = {}
): { cards: Callout[]; leaders: Leader[] } {
  const { gap = 6, dx = 16, dy = 14, margin = 8, keepClear = [], avoid = [], obstacles = [] } = options;
  const screen: Rect = { left: margin, top: margin, right: viewport.width - margin, bottom: viewport.height - margin };
  const free = region ? intersection(screen, region) : screen;
  const groups = [...new Set(anchors.map((a) => a.group))].map((group) => {
    const members = anchors.filter((a) => a.group === group);
    return { group, x: members[0]!.x, y: members[0]!.y, members };
  });
  const sizeOf = (id: string): Size => sizes[id] ?? { width: 160, height: 56 };
  // Cards keep to the free region where they fit; one taller than it is pinned inside the screen, partly outside the region.
  const placement = new Placement(viewport.width, viewport.height, free, obstacles);
  const cards: Callout[] = [];
  const leaders: Leader[] = [];

  for (const g of groups) {
    const width = Math.max(...g.members.map((m) => sizeOf(m.id).width));
    const height = g.members.reduce((h, m) => h + sizeOf(m.id).height, 0) + gap * (g.members.length - 1);
    // The place and its label's row stay uncovered (a place's label sits to its right, or to its
    // left where the screen's edge is near: both sides are kept);
    // two cards on top of each other hide a name, a card over a place hides the place the text
    // speaks of, a card over a stretch of line hides least: they weigh in that order.
    const cost = (box: Rect): number => {
      const clearOf = (a: { x: number; y: number }) => area(intersection(box, { left: a.x - 70, top: a.y - 10, right: a.x + 70, bottom: a.y + 10 }));
      const covers = [...groups, ...keepClear].reduce((sum, other) => sum + clearOf(other), 0);
      const crosses = avoid.reduce((sum, point) => sum + area(intersection(box, { left: point.x - 6, top: point.y - 6, right: point.x + 6, bottom: point.y + 6 })), 0);
      return covers * 200 + crosses * 50;
    };
    const boxAt = (left: number, top: number): Rect => ({ left, top, right: left + width, bottom: top + height });
    const candidates = PLACEMENTS.map((where, rank) => {
      const right = where.startsWith('right');
      const below = where.endsWith('below');
      const x0 = right ? g.x + dx : g.x - dx - width;
      const y0 = below ? g.y + dy : g.y - dy - height;
      // Inside the free region if it fits there, and always on screen.
      const box = boxAt(fit(fit(x0, width, free.left, free.right), width, screen.left, screen.right), fit(fit(y0, height, free.top, free.bottom), height, screen.top, screen.bottom));
      const shifted = Math.hypot(box.left - x0, box.top - y0);
      const outside = area(box) - area(intersection(box, free));
      return { box, score: cost(box) + outside * 2 + shifted + rank };
    });
    // Where every spot beside the place is taken (a small map, two groups near each other),
    // anywhere else in the free region will do, the further away the worse, with its leader line.
    const cx = (free.left + free.right) / 2;
    const cy = (free.top + free.bottom) / 2;
    for (let i = 0; i <= GRID; i++) {
      for (let j = 0; j <= GRID; j++) {
        const box = boxAt(
          fit(free.left + ((free.right - free.left - width) * i) / GRID, width, screen.left, screen.right),
          fit(free.top + ((free.bottom - free.top - height) * j) / GRID, height, screen.top, screen.bottom)
        );
        const mx = box.left + width / 2;
        const my = box.top + height / 2;
        const far = Math.hypot(mx - g.x, my - g.y) + Math.hypot(mx - cx, my - cy) / 4;
        candidates.push({ box, score: cost(box) + far * 2 + PLACEMENTS.length });
      }
    }
    // Another card and an obstacle are never covered where a spot avoids them (Placement.place).
    const best = placement.place(
      candidates.map((c) => ({ box: { x0: c.box.left, y0: c.box.top, x1: c.box.right, y1: c.box.bottom }, cost: c.score, rect: c.box })),
      { must: true, outside: 2 }
    )!;
    const box = best.rect;
    let top = box.top;
    const mids: number[] = [];
    for (const m of g.members) {
      const size = sizeOf(m.id);
      cards.push({ id: m.id, group: g.group, x: box.left, y: top, width: size.width, height: size.height });
      mids.push(top + size.height / 2);
      top += size.height + gap;
    }
    leaders.push(leaderFor(g, box, mids));
  }
  return { cards, leaders };
}

/** The line from a place to its column, and for a stack the bracket that gathers the cards. */
function leaderFor(anchor: { group: string; x: number; y: number }, box: Rect, mids: readonly number[]): Leader {
  const { x, y, group } = anchor;
  if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return { group, line: null, bracket: null };
  const beside = x > box.right ? 'right' : x < box.left ? 'left' : null;
  if (mids.length > 1 && beside) {
    const sx = beside === 'right' ? box.right + 5 : box.left - 5;
    const edge = beside === 'right' ? box.right : box.left;
    const y1 = mids[0]!;
    const y2 = mids.at(-1)!;
    const spine = { x1: sx, y1, x2: sx, y2 };
    const ticks = mids.map((my) => ({ x1: sx, y1: my, x2: edge, y2: my }));
    return { group, line: { x1: x, y1: y, x2: sx, y2: Math.min(y2, Math.max(y1, y)) }, bracket: { spine, ticks } };
  }
  // The nearest point of the card (or column): a little inside its corners, so the line meets an edge.
  const nx = Math.min(box.right - 4, Math.max(box.left + 4, x));
  const ny = Math.min(box.bottom - 4, Math.max(box.top + 4, y));
  const px = beside === 'right' ? box.right : beside === 'left' ? box.left : nx;
  const py = beside ? ny : y < box.top ? box.top : box.bottom;
  return { group, line: { x1: x, y1: y, x2: px, y2: py }, bracket: null };
}
