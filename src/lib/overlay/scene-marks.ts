/**
 * Where a scene's marks land on the screen, as every layer over the map must
 * see them: the markers (moved apart where two would print on top of each
 * other, `separateMarkers`) and the two ends of each of the fugitives' lines,
 * which start and end at those markers. The overlay draws from these, and the
 * people's cards and the names keep off them (`obstaclesOf`), so what is drawn
 * and what is kept clear are the same points.
 */
import type { SceneFlight, ScenePlace } from '../scene/scene';
import { markerExtent } from '../charts/markers';
import { pointsAlong, type Point } from './arcs';
import { separateMarkers } from './placement';

export type Project = (lon: number, lat: number) => [number, number];

export interface ScreenMarker {
  id: string;
  x: number;
  y: number;
  extent: number;
  focus: boolean;
  /** Moved off its true position, clear of a neighbour's marker. */
  moved: boolean;
}

/** The places' markers on the screen: the framed ones, then the higher kinds, keep their true place. */
export function markersOnScreen(places: readonly Pick<ScenePlace, 'id' | 'lon' | 'lat' | 'marker' | 'focus' | 'labelPriority'>[], project: Project): ScreenMarker[] {
  return separateMarkers(
    places.map((p) => {
      const [x, y] = project(p.lon, p.lat);
      return { id: p.id, x, y, extent: markerExtent(p.marker), focus: p.focus, priority: (p.focus ? 100 : 0) + p.labelPriority };
    })
  ).map(({ id, x, y, extent, focus, moved }) => ({ id, x, y, extent, focus, moved }));
}

export interface ScreenFlight {
  id: string;
  a: [number, number];
  b: [number, number];
}

/** Each line's ends: at its places' markers where the scene marks them (it does: both ends are marked), else where they project. */
export function flightsOnScreen(flights: readonly Pick<SceneFlight, 'id' | 'from' | 'to' | 'ends'>[], markers: readonly ScreenMarker[], project: Project): ScreenFlight[] {
  const at = new Map(markers.map((m) => [m.id, [m.x, m.y] as [number, number]]));
  return flights.map((f) => ({ id: f.id, a: at.get(f.from) ?? project(...f.ends[0]), b: at.get(f.to) ?? project(...f.ends[1]) }));
}

/** Points along a line's whole curve about every `spacing` pixels, for what should keep off its stroke. */
export function alongCurve(a: Point, b: Point, spacing = 10): Array<[number, number]> {
  const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / spacing));
  return pointsAlong(a, b, n);
}
