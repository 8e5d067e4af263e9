/**
 * Computes a story's routes and writes <story>/routes.json.
 *
 * Run: npx tsx scripts/build-routes.ts   (npm run routes; STORY=<dir> for another story)
 *
 * Which routes, and anything particular to one, is the story's own: the
 * `routes` of <story>/build.json (see scripts/lib/build-recipe.ts), joining
 * places of <story>/places.json. A route goes one of two ways:
 *
 * - `via: "sea"`: along shipping lanes, with searoute-js. searoute's lines
 *   start and end on the nearest vertex of its lane network, up to ~150 km off
 *   the port, so the places themselves are joined to both ends. searoute's own
 *   `length` is wrong (it multiplies statute miles by 1.15078 instead of
 *   dividing), so lengths are recomputed along great circles.
 * - `via: "straight"`: the great circle between the places, with a point every
 *   50 km or less so that Web Mercator shows it as a curve.
 *
 * Either way a route starts exactly at its origin place and ends exactly at
 * its destination place. Deterministic: the same inputs give byte-identical
 * output.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, LineString, Point } from 'geojson';
import type { Place } from '../src/lib/content/schema.ts';
import { readRecipeAndPlaces, routeId, type RouteRecipe } from './lib/build-recipe.ts';
import { geodesicLengthKm, greatCircleLine, joinPorts, roundAndDedupe, type LonLat } from './lib/route-geometry.ts';
import { ROOT, storyDir } from './lib/story-dir.ts';

const DECIMALS = 3;
/** Below 60 km between points, a great circle drawn at the story's zooms shows no corners. */
const STRAIGHT_STEP_KM = 50;

export interface Route {
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

function seaLine(id: string, origin: LonLat, destination: LonLat, dropFirstLanePoint: LonLat | undefined): LonLat[] {
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
  return joinPorts(lanes, origin, destination);
}

function buildRoute(places: ReadonlyMap<string, Place>, spec: RouteRecipe): Route {
  const id = routeId(spec);
  const { from, to } = spec;
  // readRecipeAndPlaces has checked that both ends are places.
  const lonLat = (placeId: string): LonLat => {
    const place = places.get(placeId)!;
    return [place.lon, place.lat];
  };
  const origin = lonLat(from);
  const destination = lonLat(to);
  const line =
    spec.via === 'sea'
      ? seaLine(id, origin, destination, spec.dropFirstLanePoint)
      : greatCircleLine(origin, destination, STRAIGHT_STEP_KM);
  const coordinates = roundAndDedupe(line, DECIMALS);
  // The ends must be the places themselves, also after rounding.
  const first = coordinates[0]!;
  const last = coordinates[coordinates.length - 1]!;
  if (first[0] !== origin[0] || first[1] !== origin[1] || last[0] !== destination[0] || last[1] !== destination[1]) {
    throw new Error(`route ${id}: place coordinates have more than ${DECIMALS} decimals`);
  }
  return { id, from, to, lengthKm: Math.round(geodesicLengthKm(coordinates)), coordinates };
}

/** The routes <dir>/build.json asks for, in its order; throws ContentError on a mistake in build.json or places.json. */
export function buildRoutes(dir: string): Route[] {
  const { recipe, places } = readRecipeAndPlaces(dir);
  return recipe.routes.map((spec) => buildRoute(places, spec));
}

/** One route per line: small diffs, still readable. */
export function formatRoutes(routes: readonly Route[]): string {
  if (routes.length === 0) return '[]\n';
  return `[\n${routes.map((route) => `  ${JSON.stringify(route)}`).join(',\n')}\n]\n`;
}

/** Builds the routes of the story in `dir` and writes them to <dir>/routes.json. */
export function writeRoutes(dir: string, log: (line: string) => void = console.log): Route[] {
  const routes = buildRoutes(dir);
  const path = join(dir, 'routes.json');
  writeFileSync(path, formatRoutes(routes));
  log(`wrote ${relative(ROOT, path)}`);
  for (const route of routes) {
    log(`  ${route.id.padEnd(22)} ${String(route.lengthKm).padStart(6)} km  ${route.coordinates.length} points`);
  }
  return routes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    writeRoutes(storyDir());
  } catch (error) {
    console.error(`build-routes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
