/**
 * Camera maths in Web Mercator, pure so that the scene, the validator and the
 * map renderer agree to the last decimal on where a step looks.
 */
export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

/** Space kept clear of the text, as fractions of the viewport. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
  /** When set, the renderer fits these bounds to its actual viewport instead of using `zoom`. */
  fit: Bounds | null;
  padding: { narrow: Padding; wide: Padding };
}

/** Phones: text cards cover the lower part of the screen. Desktops: a column on the left. */
export const PADDING: Camera['padding'] = {
  narrow: { top: 0.08, right: 0.08, bottom: 0.45, left: 0.08 },
  wide: { top: 0.1, right: 0.06, bottom: 0.1, left: 0.44 }
};

/** Widths up to this many CSS pixels get the phone layout (kept in step with the CSS). */
export const NARROW_MAX_WIDTH = 760;
export const REFERENCE_VIEWPORT = { width: 1280, height: 800 };
const TILE = 512;
const MIN_ZOOM = 0.5;
// Natural Earth 1:50m turns coarse past this zoom.
export const MAX_ZOOM = 7;

export function layoutFor(width: number): 'narrow' | 'wide' {
  return width <= NARROW_MAX_WIDTH ? 'narrow' : 'wide';
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

function latFromMercatorY(y: number): number {
  return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

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
  return [round((w + e) / 2), round(latFromMercatorY((mercatorY(s) + mercatorY(n)) / 2))];
}

/** The zoom at which the bounds fill the viewport's unpadded area, with a small margin. */
export function fitZoom(
  [[w, s], [e, n]]: Bounds,
  viewport: { width: number; height: number },
  padding: Padding,
  margin = 0.82
): number {
  const availW = viewport.width * (1 - padding.left - padding.right) * margin;
  const availH = viewport.height * (1 - padding.top - padding.bottom) * margin;
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
  const base = { bearing, pitch, padding: PADDING };

  if (distinct >= 2) {
    const bounds = boundsOf(focus);
    const center = spec.center ?? boundsCenter(bounds);
    if (spec.zoom !== undefined) return { ok: true, camera: { ...base, center, zoom: spec.zoom, fit: null } };
    return { ok: true, camera: { ...base, center, zoom: fitZoom(bounds, REFERENCE_VIEWPORT, PADDING.wide), fit: bounds } };
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
