/**
 * Where the names of countries and seas go. They only orient the reader, so
 * they come last in the overlay's placement (placement.ts): after the
 * people's cards and the place and circle labels, and an area label that
 * would touch one of them, a marker, a line's end, another area label, or
 * cross the edge of the free part of the screen is left out rather than
 * squeezed in. Pure, so that the MapLibre map
 * and the SVG map show the same names in the same places.
 */
import { Placement, around, type Box } from './placement';
import type { Rect } from '../layout/free-region';

export { around };

export type AreaKind = 'country' | 'sea';

/** A rectangle of the screen in CSS pixels: the free region the map stage measured. */
export type Region = Rect;

export interface AreaCandidate {
  id: string;
  kind: AreaKind;
  /** Where the name is centred, in screen pixels. */
  x: number;
  y: number;
  /** The name, one line each. */
  lines: readonly string[];
  /** Higher goes first. */
  priority: number;
}

export interface PlacedAreaLabel extends AreaCandidate {
  /** The name's centre after a nudge up or down to clear a place label. */
  cy: number;
  box: Box;
}

/**
 * The type as the overlay sets it (see AreaLabels.svelte), as widths per
 * character that err on the wide side: a name measured too short could touch
 * a port's label (measured in Chromium, the widest names: MOROCCO 11.1 px a
 * character with its letter-spacing, Mediterranean 6.9 px). Countries: 12 px
 * sans, upper case, letter-spaced; seas: 14 px serif italic.
 */
export const AREA_TYPE: Record<AreaKind, { size: number; charWidth: number; lineHeight: number }> = {
  country: { size: 12, charWidth: 11.2, lineHeight: 14 },
  sea: { size: 14, charWidth: 7.2, lineHeight: 16 }
};

/** Clear space kept around an area label, so that it never touches what it names the land around. */
const MARGIN = 3;
/** Names longer than this break into two lines at the space nearest their middle. */
const MAX_LINE = 12;

/** A name in one line, or two where it is long and has a space to break at. */
export function nameLines(name: string): string[] {
  if (name.length <= MAX_LINE) return [name];
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return [name];
  const middle = name.length / 2;
  const at = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [name.slice(0, at), name.slice(at + 1)];
}

export function areaLabelSize(kind: AreaKind, lines: readonly string[]): { width: number; height: number } {
  const type = AREA_TYPE[kind];
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return { width: longest * type.charWidth, height: lines.length * type.lineHeight };
}

function boxAt(c: AreaCandidate, cy: number): Box {
  const { width, height } = areaLabelSize(c.kind, c.lines);
  return { x0: c.x - width / 2 - MARGIN, y0: cy - height / 2 - MARGIN, x1: c.x + width / 2 + MARGIN, y1: cy + height / 2 + MARGIN };
}

/**
 * Places area labels in priority order (then by id, so the result never
 * depends on the input's order). Each is tried at its anchor, then nudged up
 * or down by its own height, no further, so that a name stays on what it
 * names; one whose anchor is out of the region is not shown.
 *
 * Into `placement`, the overlay's one placement (it already holds the cards,
 * the markers, the line ends and the place names), or into a fresh one where
 * `taken` (boxes already on the screen) and `region` (the part of the screen
 * labels may use; the whole screen by default) say what is there.
 */
export function placeAreaLabels(candidates: readonly AreaCandidate[], placement: Placement): PlacedAreaLabel[];
export function placeAreaLabels(candidates: readonly AreaCandidate[], taken: readonly Box[], width: number, height: number, region?: Region): PlacedAreaLabel[];
export function placeAreaLabels(
  candidates: readonly AreaCandidate[],
  into: Placement | readonly Box[],
  width = 0,
  height = 0,
  region?: Region
): PlacedAreaLabel[] {
  const placement = into instanceof Placement ? into : new Placement(width, height, region, [], into);
  const { x0: left, y0: top, x1: right, y1: bottom } = placement.bounds;
  const placed: PlacedAreaLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    // A name whose anchor is out of view would name something the reader cannot see.
    if (!(c.x >= left && c.x <= right && c.y >= top && c.y <= bottom) || c.lines.length === 0) continue;
    const step = areaLabelSize(c.kind, c.lines).height + 2 * MARGIN;
    const spot = placement.place([c.y, c.y - step, c.y + step].map((cy, rank) => ({ cy, box: boxAt(c, cy), cost: rank })));
    if (spot) placed.push({ ...c, lines: [...c.lines], cy: spot.cy, box: spot.box });
  }
  return placed;
}

/**
 * The map's zoom, read from its projection: Web Mercator at zoom z spans
 * 512 · 2^z pixels around the world, whatever the map's bearing. Lets a
 * renderer that only knows how to project (the overlay) show each label in
 * its zoom range, on the MapLibre map and on the SVG map alike.
 */
export function zoomOf(project: (lon: number, lat: number) => [number, number]): number {
  const [x0, y0] = project(0, 0);
  const [x1, y1] = project(1, 0);
  return Math.log2((Math.hypot(x1 - x0, y1 - y0) * 360) / 512);
}

/** Shown at this zoom: from `minZoom` up to, not including, `maxZoom` (MapLibre's convention). */
export function inZoomRange(label: { minZoom: number; maxZoom: number }, zoom: number): boolean {
  return zoom >= label.minZoom && zoom < label.maxZoom;
}
