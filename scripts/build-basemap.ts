/**
 * Builds a story's basemap GeoJSON for MapLibre from Natural Earth (world-atlas):
 *
 *   <story>/basemap/land.json            1:50m land (all countries merged), one MultiPolygon
 *   <story>/basemap/borders.json         1:50m interior country borders, one MultiLineString
 *   <story>/basemap/land-detail.json     1:10m land clipped to the detail window: a `land`
 *                                       MultiPolygon, a `coast` MultiLineString (its outline
 *                                       without the window's edges) and a `window` Polygon
 *                                       (the window itself, which the map style reads)
 *   <story>/basemap/borders-detail.json  1:10m interior borders clipped to the detail window
 *   <story>/basemap/countries.json       the countries a step can tint (those of places.json):
 *                                       each at 1:50m (`kind: country`) and, where it reaches
 *                                       into the detail window, at 1:10m clipped to it
 *                                       (`kind: country-detail`), with its Natural Earth `name`
 *
 * The detail files are for the story's close views, where 1:50m turns coarse;
 * the map style draws them over the 1:50m layers inside the window only (see
 * src/lib/map/style.ts). Where the window lies is the story's: `basemap.detail`
 * in <story>/build.json, with named points its 1:10m land must and must not
 * cover, or, when it declares none, derived from the places its closest views
 * frame (deriveDetailWindow in scripts/lib/build-recipe.ts).
 *
 * Run: npx tsx scripts/build-basemap.ts   (npm run basemap; STORY=<dir> for another story)
 *
 * world-atlas geometry is spherical (d3 convention): Russia, Fiji and
 * Antarctica have edges that cross the antimeridian, which a planar renderer
 * such as MapLibre draws as a band smeared across the whole map. Every
 * geometry is therefore streamed through d3-geo with an identity
 * equirectangular projection: d3 cuts rings and lines at ±180° (and closes
 * Antarctica along the south pole), and the planar output is read back as
 * longitude/latitude. Arcs are simplified (Douglas–Peucker, on the shared
 * topology so coasts and borders stay aligned) and coordinates rounded to fit
 * the size budget; rings are wound the RFC 7946 way (exteriors
 * counter-clockwise). The script checks its output and fails if a shape is
 * smeared, out of range, missing or inverted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { loadStory } from '../src/lib/content/load.ts';
import { mercatorDegrees } from '../src/lib/geo/mercator.ts';
import {
  DETAIL_DECIMALS,
  deriveDetailWindow,
  insideWindow,
  readRecipeAndPlaces,
  type Detail,
  type DetailWindow,
  type Recipe,
} from './lib/build-recipe.ts';
import { basemapDir, ROOT, storyDir } from './lib/story-dir.ts';

/**
 * Size budget: both files together ≤ 900 KB. Rounding alone does not get there
 * (the 1:50m source keeps ~80,000 points, ≈ 1.3 MB at 3 decimals), so the arcs
 * are also simplified first.
 *
 * DECIMALS: 2 decimals ≈ 1.1 km, finer than what 1:50m resolves.
 * TOLERANCE: Douglas–Peucker tolerance in Web Mercator degrees (0.015 ≈ 1.7 km
 * at the equator, ≈ 1.4 px at zoom 6 anywhere on the map).
 * Together ≈ 850 kB raw (land 700 kB, borders 149 kB), ≈ 260 kB gzipped.
 */
const DECIMALS = 2;
const TOLERANCE = 0.015;

/**
 * The 1:10m detail layer, clipped to the story's detail window (build.json's
 * `basemap.detail`, or derived from its closest views). Budget, for this
 * story's window (tests/unit/basemap.test.ts): both files ≤ 250 KB (≈ 110 KB
 * raw, ≈ 35 KB gzipped); a wider window costs more.
 *
 * DETAIL_DECIMALS (scripts/lib/build-recipe.ts): 4 decimals ≈ 11 m, finer
 * than the source's quantisation (world-atlas 1:10m is stored on a grid of
 * ≈ 0.0036° × 0.0017°).
 * DETAIL_TOLERANCE: a light Douglas–Peucker pass in Web Mercator degrees
 * (0.002 ≈ 0.4 px at zoom 7), which mostly drops points that add nothing.
 */
const DETAIL_TOLERANCE = 0.002;

const require = createRequire(import.meta.url);

type XY = [x: number, y: number];
type Ring = XY[];
type Line = XY[];
type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

// --- projection: identity equirectangular ------------------------------------

/**
 * With scale 180/π and no translation d3's equirectangular projection returns
 * [longitude°, −latitude°] (screen y grows downwards). precision(0) turns off
 * adaptive resampling, so no points are added along edges: only the
 * antimeridian cut (d3's default pre-clip) changes the geometry. The y axis is
 * flipped back in `unproject` rather than with projection.reflectY(true),
 * because geoProject classifies rings (exterior vs hole) by their winding in
 * screen space and would mistake every exterior for a hole in a y-up output.
 */
const identity = geoEquirectangular()
  .scale(180 / Math.PI)
  .translate([0, 0])
  .precision(0);

/**
 * The same identity projection with a rectangular clip (d3's
 * geoClipRectangle, in projected space where y = −latitude): polygons are cut
 * along the window's edges and closed along them, lines are cut where they
 * leave it.
 */
function identityClipped({ west, south, east, north }: DetailWindow): typeof identity {
  return geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0)
    .clipExtent([
      [west, -north],
      [east, -south],
    ]);
}

/** Projected [x, y] back to [lon, lat]. */
function unproject([x, y]: Position): XY {
  if (x === undefined || y === undefined) throw new Error('projected point without x/y');
  return [x, -y];
}

// --- planar helpers ------------------------------------------------------------

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const r = Math.round(value * factor) / factor;
  return r === 0 ? 0 : r; // no -0
}

function roundDedupe(points: XY[], decimals: number): XY[] {
  const out: XY[] = [];
  for (const point of points) {
    const p: XY = [round(point[0], decimals), round(point[1], decimals)];
    const prev = out[out.length - 1];
    if (prev && prev[0] === p[0] && prev[1] === p[1]) continue;
    out.push(p);
  }
  return out;
}

/** Twice the signed area (shoelace); positive for counter-clockwise rings, y up. */
function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Even-odd point-in-polygon test over all rings of one polygon (planar lon/lat). */
function polygonContains(polygon: Ring[], [px, py]: XY): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// --- simplification ------------------------------------------------------------------


function segmentDistance2([px, py]: XY, [ax, ay]: XY, [bx, by]: XY): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Douglas–Peucker: indices of the points to keep (always the first and the last). */
function douglasPeucker(points: XY[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstD2 = tol2;
    for (let i = first + 1; i < last; i++) {
      const d2 = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d2 > worstD2) {
        worst = i;
        worstD2 = d2;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  const indices: number[] = [];
  keep.forEach((k, i) => {
    if (k) indices.push(i);
  });
  return indices;
}

/**
 * Simplifies every arc of a quantised topology, keeping arc end points (the
 * junctions between countries and coasts) so that land and borders, which
 * share arcs, stay aligned. Distances are measured in Web Mercator (in degree
 * units at the equator), the projection the map is shown in, with longitudes
 * unwrapped across the antimeridian.
 */
function simplifyTopology<T extends Topology>(topo: T, tolerance: number): T {
  const transform = topo.transform;
  if (!transform) throw new Error('expected a quantised topology');
  const [kx, ky] = transform.scale;
  const [tx, ty] = transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const absolute = arc.map(([dx = 0, dy = 0]): XY => [(x += dx), (y += dy)]);
    let previousLon: number | undefined;
    const planar = absolute.map(([qx, qy]): XY => {
      let lon = qx * kx + tx;
      if (previousLon !== undefined) {
        while (lon - previousLon > 180) lon -= 360;
        while (lon - previousLon < -180) lon += 360;
      }
      previousLon = lon;
      return [lon, mercatorDegrees(qy * ky + ty, 89)];
    });
    let px = 0;
    let py = 0;
    return douglasPeucker(planar, tolerance).map((i) => {
      const [qx, qy] = absolute[i]!;
      const delta = [qx - px, qy - py];
      px = qx;
      py = qy;
      return delta;
    });
  });
  return { ...topo, arcs };
}

// --- projecting ------------------------------------------------------------------

/** How geometry is projected (and clipped) and how finely it is rounded. */
interface Output {
  projection: typeof identity;
  decimals: number;
}
const WORLD: Output = { projection: identity, decimals: DECIMALS };
const detailOutput = (window: DetailWindow): Output => ({ projection: identityClipped(window), decimals: DETAIL_DECIMALS });

function projectedPolygons(geometry: Geometry, projection: typeof identity): Position[][][] {
  const projected = geoProject(geometry, projection);
  if (!projected) return [];
  if (projected.type === 'Polygon') return [projected.coordinates];
  if (projected.type === 'MultiPolygon') return projected.coordinates;
  throw new Error(`expected polygons after projection, got ${projected.type}`);
}

function projectedLines(geometry: Geometry, projection: typeof identity): Position[][] {
  const projected = geoProject(geometry, projection);
  if (!projected) return [];
  if (projected.type === 'LineString') return [projected.coordinates];
  if (projected.type === 'MultiLineString') return projected.coordinates;
  throw new Error(`expected lines after projection, got ${projected.type}`);
}

/**
 * Cuts polygons at the antimeridian, rounds them, drops repeated points and
 * rings that collapse, and winds them the RFC 7946 way (exteriors
 * counter-clockwise, holes clockwise).
 */
function cleanPolygons(geometry: Geometry, { projection, decimals }: Output = WORLD): Ring[][] {
  const polygons: Ring[][] = [];
  for (const polygon of projectedPolygons(geometry, projection)) {
    const rings: Ring[] = [];
    for (const [index, projectedRing] of polygon.entries()) {
      const ring = roundDedupe(projectedRing.map(unproject), decimals);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0], first[1]]);
      const area = signedArea2(ring);
      if (ring.length < 4 || area === 0) {
        if (index === 0) break; // the exterior collapsed: drop the polygon with its holes
        continue; // a hole collapsed: drop the hole
      }
      const exterior = index === 0;
      if (exterior !== area > 0) ring.reverse();
      rings.push(ring);
    }
    if (rings.length > 0) polygons.push(rings);
  }
  return polygons;
}

function cleanLines(geometry: Geometry, { projection, decimals }: Output = WORLD): Line[] {
  return projectedLines(geometry, projection)
    .map((line) => roundDedupe(line.map(unproject), decimals))
    .filter((line) => line.length >= 2);
}

// --- detail window ---------------------------------------------------------------

type Edge = 'west' | 'south' | 'east' | 'north';

/** The window edge a (rounded) point lies on, if any. */
function edgesOf(window: DetailWindow, [lon, lat]: XY): Edge[] {
  const edges: Edge[] = [];
  if (lon === window.west) edges.push('west');
  if (lon === window.east) edges.push('east');
  if (lat === window.south) edges.push('south');
  if (lat === window.north) edges.push('north');
  return edges;
}

/** A segment that runs along the window's edge: added by the clip, not coast. */
function onWindowEdge(window: DetailWindow, a: XY, b: XY): boolean {
  const edgesB = edgesOf(window, b);
  return edgesOf(window, a).some((edge) => edgesB.includes(edge));
}

/**
 * The coastline of clipped land: every ring's outline without the segments
 * the clip drew along the window's edges, so that a line layer shows no frame
 * where the window cuts through land. A ring the clip did not touch stays one
 * closed line; a cut ring becomes the runs between its edge segments.
 */
function coastOf(window: DetailWindow, polygons: Ring[][]): Line[] {
  const lines: Line[] = [];
  for (const ring of polygons.flat()) {
    const n = ring.length - 1; // closed: ring[n] equals ring[0]
    const cut = (i: number): boolean => onWindowEdge(window, ring[i]!, ring[i + 1]!);
    const start = [...Array(n).keys()].find(cut);
    if (start === undefined) {
      lines.push(ring);
      continue;
    }
    let run: Line = [];
    for (let k = 1; k <= n; k++) {
      const i = (start + k) % n; // segment ring[i] → ring[i + 1], starting just after a cut
      if (cut(i)) {
        if (run.length >= 2) lines.push(run);
        run = [];
        continue;
      }
      if (run.length === 0) run.push(ring[i]!);
      run.push(ring[i + 1]!);
    }
    if (run.length >= 2) lines.push(run);
  }
  return lines;
}

// --- checks ----------------------------------------------------------------------

function* allPoints(lines: XY[][]): Generator<XY> {
  for (const line of lines) yield* line;
}

/** Throws if a ring/line jumps more than 180° of longitude or leaves the globe. */
function checkLines(label: string, lines: XY[][]): void {
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const [lon, lat] = line[i]!;
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        throw new Error(`${label}: coordinate out of range: [${lon}, ${lat}]`);
      }
      if (i > 0 && Math.abs(lon - line[i - 1]![0]) > 180) {
        throw new Error(`${label}: jump of more than 180° longitude at [${line[i - 1]}] → [${lon}, ${lat}]`);
      }
    }
  }
}

function landAt(polygons: Ring[][], point: XY): boolean {
  return polygons.some((polygon) => polygonContains(polygon, point));
}

// --- detail layer ------------------------------------------------------------------

/** Throws unless every point lies inside the detail window. */
function checkInsideWindow(window: DetailWindow, label: string, lines: XY[][]): void {
  for (const point of allPoints(lines)) {
    if (!insideWindow(window, point)) throw new Error(`${label}: ${JSON.stringify(point)} lies outside the detail window`);
  }
}

/**
 * Quantisation flips the winding of a few of the 1:10m file's tiniest islets
 * (e.g. one off Ceuta, one near Pitcairn), and d3 reads a ring by its winding:
 * such a polygon means "the whole globe but this islet", which the window clip
 * turns into a polygon covering the whole window. Polygons larger than a
 * hemisphere are therefore turned back into the islet they stand for.
 */
function rewindInverted(land: MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: land.coordinates.map((polygon) =>
      geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon,
    ),
  };
}

/** Land, coast and borders at 1:10m, clipped to the detail window; the land passes the detail's checks. */
function buildDetail(
  { window, land: mustBeLand, sea: mustBeSea }: Detail,
  log: Log,
): { land: FeatureCollection; borders: FeatureCollection<MultiLineString> } {
  const DETAIL = detailOutput(window);
  const topoPath = require.resolve('world-atlas/countries-10m.json');
  const topo = simplifyTopology(JSON.parse(readFileSync(topoPath, 'utf8')) as CountriesTopology, DETAIL_TOLERANCE);
  const countries = topo.objects.countries;
  const countryPolygons = countries.geometries.filter(
    (g): g is TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }> =>
      g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const landPolygons = cleanPolygons(rewindInverted(merge(topo, countryPolygons)), DETAIL);
  const coastLines = coastOf(window, landPolygons);
  const borderLines = cleanLines(mesh(topo, countries, (a, b) => a !== b), DETAIL);

  checkLines('land-detail', landPolygons.flat());
  checkLines('borders-detail', borderLines);
  checkInsideWindow(window, 'land-detail', landPolygons.flat());
  checkInsideWindow(window, 'borders-detail', borderLines);
  // The clip closes cut rings along the window's edges, but no coast runs along one.
  for (const line of coastLines) {
    for (let i = 1; i < line.length; i++) {
      if (onWindowEdge(window, line[i - 1]!, line[i]!)) throw new Error(`coast-detail: edge segment at ${JSON.stringify(line[i])}`);
    }
  }
  for (const [label, point] of mustBeLand) {
    if (!landAt(landPolygons, point)) throw new Error(`land-detail.json: ${label} ${JSON.stringify(point)} is not land`);
  }
  for (const [label, point] of mustBeSea) {
    if (landAt(landPolygons, point)) throw new Error(`land-detail.json: ${label} ${JSON.stringify(point)} is land`);
  }

  const { west, south, east, north } = window;
  const windowRing: Ring = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  log(
    `land-detail: ${landPolygons.length} polygons, ${landPolygons.flat(2).length} points; ` +
      `coast-detail: ${coastLines.length} lines; borders-detail: ${borderLines.length} lines, ${borderLines.flat().length} points`,
  );
  return {
    land: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: landPolygons } },
        { type: 'Feature', properties: { kind: 'coast' }, geometry: { type: 'MultiLineString', coordinates: coastLines } },
        { type: 'Feature', properties: { kind: 'window' }, geometry: { type: 'Polygon', coordinates: [windowRing] } },
      ],
    },
    borders: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: borderLines } },
      ],
    },
  };
}

// --- countries a step can tint --------------------------------------------------

/**
 * Budget for countries.json: ≤ 150 KB. Only the story's countries are in it
 * (the tint marks what a step is about; the rest of the world stays land),
 * with the same simplification and rounding as land.json and
 * land-detail.json, so a tint meets the coast it fills to the pixel.
 */
const COUNTRIES_BUDGET = 150 * 1024;

function buildCountries(
  world: CountriesTopology,
  countryNames: readonly string[],
  placesFile: string,
  window: DetailWindow,
  log: Log,
): FeatureCollection<MultiPolygon> {
  const DETAIL = detailOutput(window);
  const detailTopo = simplifyTopology(
    JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as CountriesTopology,
    DETAIL_TOLERANCE
  );
  const find = (topo: CountriesTopology, name: string): Geometry => {
    const geometry = topo.objects.countries.geometries.find((g) => (g.properties as { name?: string } | undefined)?.name === name);
    if (!geometry) throw new Error(`countries.json: ${placesFile} names "${name}", which world-atlas does not have`);
    return (feature(topo, geometry) as Feature).geometry;
  };
  const features: Feature<MultiPolygon>[] = [];
  for (const name of countryNames) {
    const polygons = cleanPolygons(find(world, name));
    checkLines(`countries: ${name}`, polygons.flat());
    if (polygons.length === 0) throw new Error(`countries.json: ${name} has no shape left after simplification`);
    features.push({ type: 'Feature', properties: { kind: 'country', name }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    // 1:10m wherever the map draws the detail layer, so the tint fills its finer coast.
    const detail = cleanPolygons(rewindInverted({ type: 'MultiPolygon', coordinates: toMulti(find(detailTopo, name)) }), DETAIL);
    if (detail.length > 0) {
      checkInsideWindow(window, `countries-detail: ${name}`, detail.flat());
      features.push({ type: 'Feature', properties: { kind: 'country-detail', name }, geometry: { type: 'MultiPolygon', coordinates: detail } });
    }
  }
  log(`countries: ${features.map((f) => `${f.properties?.name}${f.properties?.kind === 'country-detail' ? ' (1:10m)' : ''}`).join(', ')}`);
  return { type: 'FeatureCollection', features };
}

function toMulti(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`expected a country's polygons, got ${geometry.type}`);
}

// --- the story's basemap ------------------------------------------------------------

type Log = (line: string) => void;

/** build.json's detail, or one derived from the story's closest views (with no land/sea checks: nobody named any). */
export function basemapDetail(dir: string, recipe: Recipe, log: Log = () => {}): Detail {
  const declared = recipe.basemap.detail;
  if (declared) return declared;
  const window = deriveDetailWindow(loadStory(dir, ROOT));
  log(`detail window derived from the story's closest views: ${JSON.stringify(window)}`);
  return { window, land: [], sea: [] };
}

/** A file of <story>/basemap/, named as it is written there. */
export interface BasemapFile {
  name: string;
  text: string;
}

/**
 * The basemap files of the story in `dir`: throws if a check fails or
 * build.json or places.json has a mistake (ContentError). With no detail
 * declared it reads the whole story (loadStory), routes.json included.
 */
export function buildBasemap(dir: string, log: Log = console.log): BasemapFile[] {
  const { recipe, places } = readRecipeAndPlaces(dir);
  const detailRecipe = basemapDetail(dir, recipe, log);
  const countryNames = [...new Set([...places.values()].map((p) => p.country))].sort();

  const topoPath = require.resolve('world-atlas/countries-50m.json');
  const topo = simplifyTopology(JSON.parse(readFileSync(topoPath, 'utf8')) as CountriesTopology, TOLERANCE);
  const countries = topo.objects.countries;

  const countryPolygons = countries.geometries.filter(
    (g): g is TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }> =>
      g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const land: MultiPolygon = merge(topo, countryPolygons);
  const borders: MultiLineString = mesh(topo, countries, (a, b) => a !== b);

  const landPolygons = cleanPolygons(land);
  const borderLines = cleanLines(borders);

  // Sanity checks on the output -------------------------------------------------
  checkLines('land', landPolygons.flat());
  checkLines('borders', borderLines);

  // Nothing was lost or inverted: the land area before and after (recomputed on
  // the sphere, in d3's clockwise winding) agree within 0.5 %.
  const sphereArea = (polygons: Ring[][]): number =>
    geoArea({ type: 'MultiPolygon', coordinates: polygons.map((p) => p.map((r) => [...r].reverse())) });
  const before = geoArea(land);
  const after = sphereArea(landPolygons);
  if (Math.abs(after / before - 1) > 0.005) {
    throw new Error(`land area changed: ${before.toFixed(4)} sr before, ${after.toFixed(4)} sr after`);
  }
  const landShare = before / (4 * Math.PI);
  if (landShare < 0.25 || landShare > 0.32) throw new Error(`land covers ${landShare} of the globe`);

  // Shapes that cross the antimeridian are present, on both sides, and not smeared.
  const byName = (name: string): Feature => {
    const geometry = countries.geometries.find((g) => (g.properties as { name?: string } | undefined)?.name === name);
    if (!geometry) throw new Error(`${name} missing from world-atlas`);
    return feature(topo, geometry) as Feature;
  };
  for (const name of ['Russia', 'Antarctica', 'Fiji']) {
    const polygons = cleanPolygons(byName(name).geometry);
    const points = [...allPoints(polygons.flat())];
    const east = points.some(([lon]) => lon > 170);
    const west = points.some(([lon]) => lon < -170);
    if (!east || !west) throw new Error(`${name}: expected shapes on both sides of the antimeridian`);
  }
  const mustBeLand: [string, XY][] = [
    ['Moscow', [37.62, 55.75]],
    ['Chukotka, east of 180°', [-173.5, 65.5]],
    ['Chukotka, west of 180°', [175, 67]],
    ['Antarctica near the pole', [0, -85]],
    ['Antarctica, Ross Ice Shelf edge side', [-150, -85]],
    ['Vanua Levu (Fiji)', [179.3, -16.6]],
  ];
  const mustBeSea: [string, XY][] = [
    ['Gulf of Guinea', [0, 0]],
    ['North Pacific', [-160, 40]],
    ['Irminger Sea', [-32, 62]],
    ['Southern Ocean', [0, -60]],
    ['South Pacific at Fiji latitude', [-100, -16.6]],
    ['Arctic Ocean', [0, 88]],
  ];
  for (const [label, point] of mustBeLand) {
    if (!landAt(landPolygons, point)) throw new Error(`land.json: ${label} ${JSON.stringify(point)} is not land`);
  }
  for (const [label, point] of mustBeSea) {
    if (landAt(landPolygons, point)) throw new Error(`land.json: ${label} ${JSON.stringify(point)} is land`);
  }

  const detail = buildDetail(detailRecipe, log);
  const countryShapes = buildCountries(topo, countryNames, relative(ROOT, join(dir, 'places.json')), detailRecipe.window, log);

  // Files ------------------------------------------------------------------------
  const landCollection: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: landPolygons } }],
  };
  const borderCollection: FeatureCollection<MultiLineString> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: borderLines } },
    ],
  };
  const files: BasemapFile[] = (
    [
      ['land.json', landCollection],
      ['borders.json', borderCollection],
      ['land-detail.json', detail.land],
      ['borders-detail.json', detail.borders],
      ['countries.json', countryShapes],
    ] as const
  ).map(([name, data]) => ({ name, text: `${JSON.stringify(data)}\n` }));
  const countriesBytes = Buffer.byteLength(files.find((f) => f.name === 'countries.json')!.text);
  if (countriesBytes > COUNTRIES_BUDGET) {
    throw new Error(`countries.json is ${countriesBytes} bytes, over its budget of ${COUNTRIES_BUDGET}`);
  }
  log(
    `land: ${landPolygons.length} polygons, ${landPolygons.flat().length} rings, ${landPolygons.flat(2).length} points; ` +
      `borders: ${borderLines.length} lines, ${borderLines.flat().length} points`,
  );
  return files;
}

/** Builds the basemap of the story in `dir` and writes it to <dir>/basemap/ (basemapDir). */
export function writeBasemap(dir: string, log: Log = console.log): BasemapFile[] {
  const files = buildBasemap(dir, log);
  const outDir = basemapDir(dir);
  mkdirSync(outDir, { recursive: true });
  for (const { name, text } of files) {
    const path = join(outDir, name);
    writeFileSync(path, text);
    log(`wrote ${relative(ROOT, path)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    writeBasemap(storyDir());
  } catch (error) {
    console.error(`build-basemap: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
