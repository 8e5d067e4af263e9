/**
 * Builds the basemap GeoJSON for MapLibre from Natural Earth 1:50m (world-atlas):
 *
 *   static/basemap/land.json     land (all countries merged), one MultiPolygon
 *   static/basemap/borders.json  interior country borders, one MultiLineString
 *
 * Run: npx tsx scripts/build-basemap.ts
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
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';

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

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'basemap');
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

/** Projected [x, y] back to [lon, lat]. */
function unproject([x, y]: Position): XY {
  if (x === undefined || y === undefined) throw new Error('projected point without x/y');
  return [x, -y];
}

// --- planar helpers ------------------------------------------------------------

const factor = 10 ** DECIMALS;
function round(value: number): number {
  const r = Math.round(value * factor) / factor;
  return r === 0 ? 0 : r; // no -0
}

function roundDedupe(points: XY[]): XY[] {
  const out: XY[] = [];
  for (const point of points) {
    const p: XY = [round(point[0]), round(point[1])];
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

function mercatorY(lat: number): number {
  const phi = (Math.max(-89, Math.min(89, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
}

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
      return [lon, mercatorY(qy * ky + ty)];
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

function projectedPolygons(geometry: Geometry): Position[][][] {
  const projected = geoProject(geometry, identity);
  if (!projected) return [];
  if (projected.type === 'Polygon') return [projected.coordinates];
  if (projected.type === 'MultiPolygon') return projected.coordinates;
  throw new Error(`expected polygons after projection, got ${projected.type}`);
}

function projectedLines(geometry: Geometry): Position[][] {
  const projected = geoProject(geometry, identity);
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
function cleanPolygons(geometry: Geometry): Ring[][] {
  const polygons: Ring[][] = [];
  for (const polygon of projectedPolygons(geometry)) {
    const rings: Ring[] = [];
    for (const [index, projectedRing] of polygon.entries()) {
      const ring = roundDedupe(projectedRing.map(unproject));
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

function cleanLines(geometry: Geometry): Line[] {
  return projectedLines(geometry)
    .map((line) => roundDedupe(line.map(unproject)))
    .filter((line) => line.length >= 2);
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

// --- main --------------------------------------------------------------------------

function main(): void {
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

  // Write ------------------------------------------------------------------------
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
  mkdirSync(outDir, { recursive: true });
  const files: [string, unknown][] = [
    [join(outDir, 'land.json'), landCollection],
    [join(outDir, 'borders.json'), borderCollection],
  ];
  for (const [path, data] of files) {
    const text = `${JSON.stringify(data)}\n`;
    writeFileSync(path, text);
    console.log(`wrote ${relative(root, path)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
  }
  console.log(
    `land: ${landPolygons.length} polygons, ${landPolygons.flat().length} rings, ${landPolygons.flat(2).length} points; ` +
      `borders: ${borderLines.length} lines, ${borderLines.flat().length} points`,
  );
}

main();
