/**
 * Camera maths in Web Mercator, pure so that the scene, the validator and the
 * map renderer agree to the last decimal on where a step looks.
 */
import { latitudeOf, mercatorY } from './mercator';

export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
  /**
   * When set, the renderer fits these bounds into the part of the map the page
   * leaves free (measured by the stage, see lib/layout/) instead of using `zoom`.
   */
  fit: Bounds | null;
}

/**
 * The free part of a typical desktop screen (1280 × 800 with the text column on
 * the left). Only for `zoom` of a fitted camera, which says roughly how close a
 * step looks; every renderer fits to the region it measures.
 */
export const REFERENCE_FREE = { width: 700, height: 640 };
/** A typical desktop window, for sizes drawn before the page knows its own (the legend's circles). */
export const REFERENCE_VIEWPORT = { width: 1280, height: 800 };
const TILE = 512;
const MIN_ZOOM = 0.5;
// Natural Earth 1:50m turns coarse past this zoom.
export const MAX_ZOOM = 7;


export function boundsOf(points: readonly LonLat[]): Bounds {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [lon, lat] of points) {
    w = Math.min(w, lon); e = Math.max(e, lon);
    s = Math.min(s, lat); n = Math.max(n, lat);
  }
  return [[w, s], [e, n]];
}

/** Centre of the bounds as it looks on a Mercator map (not the plain average of latitudes). */
export function boundsCenter([[w, s], [e, n]]: Bounds): LonLat {
  return [round((w + e) / 2), round(latitudeOf((mercatorY(s) + mercatorY(n)) / 2))];
}

/** The zoom at which the bounds fill a region of this size (in CSS pixels), with a small margin. */
export function fitZoom([[w, s], [e, n]]: Bounds, region: { width: number; height: number }, margin = 0.82): number {
  const availW = region.width * margin;
  const availH = region.height * margin;
  const dx = (e - w) / 360;
  const dy = (mercatorY(n) - mercatorY(s)) / (2 * Math.PI);
  const zx = dx > 0 ? Math.log2(availW / (TILE * dx)) : Infinity;
  const zy = dy > 0 ? Math.log2(availH / (TILE * dy)) : Infinity;
  const z = Math.min(zx, zy, MAX_ZOOM);
  return round(Math.max(MIN_ZOOM, z), 2);
}

export interface CameraSpec {
  focus?: readonly LonLat[];
  center?: LonLat;
  zoom?: number;
  bearing?: number;
  pitch?: number;
}

export type CameraResult = { ok: true; camera: Camera } | { ok: false; reason: string };

/**
 * A step's camera: an explicit centre and zoom, one focus place and a zoom, or
 * the bounds of two or more distinct focus places.
 */
export function deriveCamera(spec: CameraSpec): CameraResult {
  const bearing = spec.bearing ?? 0;
  const pitch = spec.pitch ?? 0;
  const focus = spec.focus ?? [];
  const distinct = new Set(focus.map(([lon, lat]) => `${lon},${lat}`)).size;
  const base = { bearing, pitch };

  if (distinct >= 2) {
    const bounds = boundsOf(focus);
    const center = spec.center ?? boundsCenter(bounds);
    if (spec.zoom !== undefined) return { ok: true, camera: { ...base, center, zoom: spec.zoom, fit: null } };
    return { ok: true, camera: { ...base, center, zoom: fitZoom(bounds, REFERENCE_FREE), fit: bounds } };
  }
  const center = spec.center ?? focus[0];
  if (!center) return { ok: false, reason: 'a `focus` of places or a `center`' };
  if (spec.zoom === undefined) {
    return { ok: false, reason: 'a `zoom` (one place or a centre alone does not say how close to look)' };
  }
  return { ok: true, camera: { ...base, center, zoom: spec.zoom, fit: null } };
}

export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
