/**
 * Web Mercator, the projection of the MapLibre map, the SVG map and the
 * social card alike: one formula for every place that needs a latitude's y.
 */

/** Where the square Web Mercator world ends, north and south. */
export const MERCATOR_LIMIT = 85;

/** The y of a latitude on the unit sphere (0 at the equator, up to about π at the limit); latitudes held within ±`limit`. */
export function mercatorY(lat: number, limit = MERCATOR_LIMIT): number {
  const phi = (Math.max(-limit, Math.min(limit, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

/** The latitude of a y on the unit sphere: the inverse of `mercatorY`. */
export function latitudeOf(y: number): number {
  return ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
}

/**
 * The same y in degrees, so that it pairs with a longitude on a plane where
 * one degree across is one degree up (for geometry done on the map's plane:
 * label points, simplification).
 */
export function mercatorDegrees(lat: number, limit = MERCATOR_LIMIT): number {
  return (mercatorY(lat, limit) * 180) / Math.PI;
}

/** The latitude of a y in degrees: the inverse of `mercatorDegrees`. */
export function latitudeOfDegrees(y: number): number {
  return latitudeOf((y * Math.PI) / 180);
}
