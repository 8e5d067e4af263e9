/**
 * Which of a legend's keys have something within the visible map: a key to
 * a symbol the reader cannot find on the screen (a port a thousand miles
 * north of a map of one city) would send them looking for it. Pure: the scene, the
 * map's size and the part of it the reader sees in, the keys out. The camera
 * is the one the map flies to (targetCamera), projected as Web Mercator; the
 * fugitives' lines are followed along their curve, a sea route along the
 * straight line between its ends (the legend does not load the routes'
 * geometry: a lane bends, but the camera frames the ends it joins).
 */
import type { LegendKey, Scene } from './scene';
import { targetCamera, type Viewport } from '../map/target';
import { mercatorY } from '../geo/mercator';
import type { Rect } from '../layout/free-region';
import { pointsAlong } from '../overlay/arcs';

type Point = [number, number];

/** Longitude and latitude to the map's pixels, for the camera the map has at this scene in `region` of `viewport`. */
export function projectionAt(scene: Scene, viewport: Viewport, region: Rect): (lon: number, lat: number) => Point {
  const camera = targetCamera(scene, viewport, region);
  const world = 512 * 2 ** camera.zoom;
  const { top, right, bottom, left } = camera.padding;
  const cx = left + (viewport.width - left - right) / 2;
  const cy = top + (viewport.height - top - bottom) / 2;
  const [lon0, lat0] = camera.center;
  const y0 = mercatorY(lat0);
  return (lon, lat) => [cx + ((lon - lon0) / 360) * world, cy - ((mercatorY(lat) - y0) / (2 * Math.PI)) * world];
}

const within = ([x, y]: Point, r: Rect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Whether the segment from a to b crosses the rectangle (Liang–Barsky clipping). */
function crosses(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const [p, q] of [[-dx, a[0] - r.left], [dx, r.right - a[0]], [-dy, a[1] - r.top], [dy, r.bottom - a[1]]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * The keys of `scene.legend` with at least one of theirs inside `region`
 * (the part of the map the reader sees; the whole map by default), in the
 * legend's order.
 */
export function keysInView(scene: Scene, viewport: Viewport, region: Rect = { left: 0, top: 0, right: viewport.width, bottom: viewport.height }): LegendKey[] {
  const project = projectionAt(scene, viewport, region);
  const at = new Map(scene.places.map((p) => [p.id, project(p.lon, p.lat)]));
  const seen = new Set<LegendKey>();
  for (const p of scene.places) if (within(at.get(p.id)!, region)) seen.add(p.kind);
  for (const r of scene.routes) {
    const a = at.get(r.from);
    const b = at.get(r.to);
    if (a && b && crosses(a, b, region)) seen.add('route');
  }
  for (const f of scene.flights) {
    const a = project(...f.ends[0]);
    const b = project(...f.ends[1]);
    if ([a, ...pointsAlong(a, b, 24), b].some((p) => within(p, region))) seen.add(f.kind);
  }
  if (scene.circles.some((c) => within(project(c.lon, c.lat), region))) seen.add('circles');
  return scene.legend.filter((k) => seen.has(k));
}
