/**
 * Pure geometry helpers for scripts/build-routes.ts (and its tests).
 * Coordinates are [longitude, latitude] in degrees. No function mutates its
 * input.
 */
import { geoDistance, geoInterpolate, geoLength } from 'd3-geo';

export type LonLat = [lon: number, lat: number];

/** Mean Earth radius (IUGG), in km: the radius turf and searoute use too. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Rounds to `decimals` places, never returning -0 (which JSON would print as 0 anyway). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

function samePoint(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds every coordinate to `decimals` places (3 ≈ 110 m) and drops points
 * equal to the one before them (after rounding). Extra dimensions (altitude)
 * are dropped.
 */
export function roundAndDedupe(coordinates: readonly (readonly number[])[], decimals = 3): LonLat[] {
  const out: LonLat[] = [];
  for (const point of coordinates) {
    const [lon, lat] = point;
    if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new Error(`invalid coordinate: ${JSON.stringify(point)}`);
    }
    const rounded: LonLat = [roundTo(lon, decimals), roundTo(lat, decimals)];
    const previous = out[out.length - 1];
    if (previous && samePoint(previous, rounded)) continue;
    out.push(rounded);
  }
  return out;
}

/**
 * Joins the ports to a route that starts and ends on the shipping lanes:
 * returns a new line that starts exactly at `origin` and ends exactly at
 * `destination`. A port already at an end of the line is not repeated. The
 * added legs are straight (great-circle) lines, which is what the length
 * counts; they are only as accurate as that.
 */
export function joinPorts(route: readonly (readonly number[])[], origin: LonLat, destination: LonLat): LonLat[] {
  const line: LonLat[] = route.map(([lon, lat]) => {
    if (lon === undefined || lat === undefined) throw new Error(`invalid coordinate in route`);
    return [lon, lat];
  });
  const first = line[0];
  if (!first || !samePoint(first, origin)) line.unshift([origin[0], origin[1]]);
  const last = line[line.length - 1]!;
  if (!samePoint(last, destination)) line.push([destination[0], destination[1]]);
  return line;
}

/** Length of the line along great circles between its points, in km (unrounded). */
export function geodesicLengthKm(coordinates: readonly (readonly number[])[]): number {
  if (coordinates.length < 2) return 0;
  return geoLength({ type: 'LineString', coordinates: coordinates.map((p) => [...p]) }) * EARTH_RADIUS_KM;
}

/**
 * The great circle from `origin` to `destination` as a line with a point at
 * least every `maxStepKm`, so that a planar renderer (Web Mercator) draws it
 * as the smooth curve it is rather than as a chord. The ends are the inputs
 * exactly. Throws for a line that would cross the antimeridian (its
 * longitudes would jump by 360°, a band across the whole map) and for
 * antipodes (no single great circle joins them).
 */
export function greatCircleLine(origin: LonLat, destination: LonLat, maxStepKm = 50): LonLat[] {
  const angle = geoDistance(origin, destination);
  // d3 still returns a circle for antipodes (sin π is not quite 0 in floating point), but an arbitrary one.
  if (Math.PI - angle < 1e-9) {
    throw new Error(`no single great circle joins ${JSON.stringify(origin)} and ${JSON.stringify(destination)}: they are antipodes`);
  }
  const at = geoInterpolate(origin, destination);
  const segments = Math.max(1, Math.ceil((angle * EARTH_RADIUS_KM) / maxStepKm));
  const line: LonLat[] = [[origin[0], origin[1]]];
  for (let i = 1; i < segments; i++) line.push(at(i / segments));
  line.push([destination[0], destination[1]]);
  for (let i = 1; i < line.length; i++) {
    if (Math.abs(line[i]![0] - line[i - 1]![0]) > 180) {
      throw new Error(`the great circle from ${JSON.stringify(origin)} to ${JSON.stringify(destination)} crosses the antimeridian`);
    }
  }
  return line;
}
