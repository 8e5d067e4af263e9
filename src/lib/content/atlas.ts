/**
 * Natural Earth countries (world-atlas, 1:50m) as the build knows them: which
 * names exist, and where a country's label goes. Build time only (it reads a
 * 750 KB file); the page receives the computed positions in the story.
 *
 * A label goes at the pole of inaccessibility (polylabel) of the country's
 * largest polygon, the inner point farthest from any edge, so the name sits
 * in the widest part of the mainland, not at a centroid that may fall in a bay
 * or between islands. It is computed in Web Mercator, the projection the map
 * shows, so "farthest" is measured as the reader sees it.
 */
import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { Feature, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../geo/camera.ts';
import { latitudeOfDegrees, mercatorDegrees } from '../geo/mercator.ts';

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** In degrees of Mercator y: about 1 km, finer than a label can be placed. */
const PRECISION = 0.01;

let byName: Map<string, CountriesTopology['objects']['countries']['geometries'][number]> | undefined;
let topology: CountriesTopology | undefined;
const anchors = new Map<string, LonLat | null>();

function countries(): NonNullable<typeof byName> {
  if (!byName) {
    topology = createRequire(import.meta.url)('world-atlas/countries-50m.json') as CountriesTopology;
    byName = new Map(topology.objects.countries.geometries.map((g) => [(g.properties as { name?: string } | undefined)?.name ?? '', g]));
  }
  return byName;
}

/** Natural Earth's name for every country, for error messages and checks. */
export function countryNames(): string[] {
  return [...countries().keys()].filter(Boolean).sort();
}

export function isCountry(name: string): boolean {
  return countries().has(name);
}


/**
 * The label point of one polygon (GeoJSON rings in longitude/latitude).
 * Longitudes are unwrapped from the first point on, so a polygon that crosses
 * the antimeridian stays in one piece; the result is wrapped back.
 */
export function labelPoint(rings: readonly (readonly Position[])[]): LonLat {
  const first = rings[0]?.[0]?.[0] ?? 0;
  const planar = rings.map((ring) =>
    ring.map(([lon = 0, lat = 0]): [number, number] => {
      const unwrapped = lon - 360 * Math.round((lon - first) / 360);
      return [unwrapped, mercatorDegrees(lat)];
    })
  );
  const [x, y] = polylabel(planar, PRECISION);
  const lon = ((((x + 180) % 360) + 360) % 360) - 180;
  return [Math.round(lon * 100) / 100, Math.round(latitudeOfDegrees(y) * 100) / 100];
}

/** Where the name of a country goes, or null if Natural Earth has no country of that name. */
export function countryAnchor(name: string): LonLat | null {
  if (anchors.has(name)) return anchors.get(name)!;
  const geometry = countries().get(name);
  let anchor: LonLat | null = null;
  if (geometry && topology && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) {
    const shape = (feature(topology, geometry) as Feature).geometry;
    const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.type === 'MultiPolygon' ? shape.coordinates : [];
    // The mainland: by area on the sphere, as Mercator would favour polar islands.
    const area = (coordinates: Position[][]): number => geoArea({ type: 'Polygon', coordinates } satisfies Polygon);
    const largest = polygons.reduce<Position[][] | null>((best, p) => (!best || area(p) > area(best) ? p : best), null);
    if (largest) anchor = labelPoint(largest);
  }
  anchors.set(name, anchor);
  return anchor;
}
