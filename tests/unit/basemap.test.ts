import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { readRecipe } from '../../scripts/lib/build-recipe.ts';
import { ROOT } from '../../scripts/lib/story-dir.ts';

const url = (file: string): URL => new URL(`../../data/basemap/${file}`, import.meta.url);
const text = (file: string): string => readFileSync(url(file), 'utf8');
const land = JSON.parse(text('land.json')) as FeatureCollection;
const borders = JSON.parse(text('borders.json')) as FeatureCollection;

/** Every ring (polygons) or line (lines) of a geometry. */
function paths(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(paths);
    default:
      return [];
  }
}

function polygons(collection: FeatureCollection): Position[][][] {
  return collection.features.flatMap(({ geometry }) =>
    geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [],
  );
}

/** Coordinates outside [-180, 180] × [-90, 90] (or not numbers). */
const outOfRange = (path: Position[]): Position[] =>
  path.filter(([lon, lat]) => !(typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= 180 && Math.abs(lat) <= 90));

/** Consecutive pairs more than 180° of longitude apart: a shape smeared across the map. */
const smears = (path: Position[]): [Position, Position][] =>
  path.slice(1).flatMap((p, i) => (Math.abs(p[0]! - path[i]![0]!) > 180 ? [[path[i]!, p] as [Position, Position]] : []));

/** Even-odd point in polygon, planar lon/lat. */
function contains(polygon: Position[][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
const isLand = (point: [number, number]): boolean => polygons(land).some((polygon) => contains(polygon, point));

describe('the checks themselves', () => {
  it('flag a ring smeared across the antimeridian and out-of-range points', () => {
    expect(smears([[179, 60], [-179, 60], [-178, 61]])).toHaveLength(1);
    expect(smears([[-180, -90], [0, -90], [180, -90]])).toHaveLength(0);
    expect(outOfRange([[0, 0], [181, 0], [0, -90.5]])).toHaveLength(2);
  });
});

describe.each([
  ['land.json', land, ['Polygon', 'MultiPolygon']],
  ['borders.json', borders, ['LineString', 'MultiLineString']],
] as const)('data/basemap/%s', (file, collection, types) => {
  it('is a FeatureCollection with features of the expected geometry types', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(types).toContain(feature.geometry?.type);
    }
  });

  it('has many points, all numbers within [-180, 180] × [-90, 90]', () => {
    const all = collection.features.flatMap((f) => paths(f.geometry));
    expect(all.flat().length).toBeGreaterThan(5_000);
    expect(all.flatMap(outOfRange)).toEqual([]);
  });

  it('has no consecutive points more than 180° of longitude apart', () => {
    expect(collection.features.flatMap((f) => paths(f.geometry)).flatMap(smears)).toEqual([]);
  });

  it('ends with a newline', () => {
    expect(text(file).endsWith('}\n')).toBe(true);
  });
});

describe('data/basemap/land.json', () => {
  it('has closed rings of at least 4 points', () => {
    for (const ring of polygons(land).flat()) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring.at(-1)).toEqual(ring[0]);
    }
  });

  it('winds rings the RFC 7946 way: exteriors counter-clockwise, holes clockwise', () => {
    const area2 = (ring: Position[]): number =>
      ring.slice(1).reduce((sum, [x1, y1], i) => sum + ring[i]![0]! * y1! - x1! * ring[i]![1]!, 0);
    for (const [exterior, ...holes] of polygons(land)) {
      expect(area2(exterior!)).toBeGreaterThan(0);
      for (const hole of holes) expect(area2(hole)).toBeLessThan(0);
    }
  });

  it('keeps Antarctica, closed along the south pole across the whole map', () => {
    const antarctica = polygons(land).find((p) => p[0]!.some(([, lat]) => lat! <= -89.99));
    expect(antarctica).toBeDefined();
    const lons = antarctica![0]!.map(([lon]) => lon!);
    expect(Math.min(...lons)).toBe(-180);
    expect(Math.max(...lons)).toBe(180);
  });

  it.each<[string, [number, number]]>([
    ['Moscow', [37.62, 55.75]],
    ['Chukotka, east of 180°', [-173.5, 65.5]],
    ['Chukotka, west of 180°', [175, 67]],
    ['Antarctica near the pole', [0, -85]],
    ['Antarctica, far west', [-170, -85]],
    ['Vanua Levu, Fiji', [179.3, -16.6]],
    ['Antwerp', [4.4, 51.26]],
  ])('%s %j is land', (_label, point) => {
    expect(isLand(point)).toBe(true);
  });

  it.each<[string, [number, number]]>([
    ['Gulf of Guinea', [0, 0]],
    ['North Pacific (a smeared Russia would cover it)', [-160, 40]],
    ['Irminger Sea', [-32, 62]],
    ['Southern Ocean', [0, -60]],
    ['South Pacific at Fiji’s latitude', [-100, -16.6]],
    ['Caspian Sea (the one hole)', [50.5, 42]],
  ])('%s %j is sea', (_label, point) => {
    expect(isLand(point)).toBe(false);
  });
});

describe('data/basemap', () => {
  it('stays within the size budget (≤ 900 KB for both files)', () => {
    const bytes = statSync(url('land.json')).size + statSync(url('borders.json')).size;
    expect(bytes).toBeLessThanOrEqual(900_000);
  });
});

// --- the 1:10m detail layer for the Low Countries -----------------------------------

/** The detail this story declares (basemap.detail in data/build.json): the window the detail files are clipped to, and its checks. */
const DETAIL = readRecipe(join(ROOT, 'data')).basemap.detail!;
const WINDOW = DETAIL.window;
const landDetail = JSON.parse(text('land-detail.json')) as FeatureCollection;
const bordersDetail = JSON.parse(text('borders-detail.json')) as FeatureCollection;

const ofKind = (collection: FeatureCollection, kind: string) =>
  collection.features.filter((f) => (f.properties as { kind?: string } | null)?.kind === kind);
const detailLand: FeatureCollection = { type: 'FeatureCollection', features: ofKind(landDetail, 'land') };
const isDetailLand = (point: [number, number]): boolean => polygons(detailLand).some((polygon) => contains(polygon, point));
const detailPaths = (collection: FeatureCollection): Position[][] => collection.features.flatMap((f) => paths(f.geometry));

const outsideWindow = (path: Position[]): Position[] =>
  path.filter(
    ([lon, lat]) =>
      !(typeof lon === 'number' && typeof lat === 'number') ||
      lon < WINDOW.west ||
      lon > WINDOW.east ||
      lat < WINDOW.south ||
      lat > WINDOW.north,
  );
/** A segment along one of the window's edges (where the clip closed a ring). */
const alongEdge = ([x0, y0]: Position, [x1, y1]: Position): boolean =>
  (x0 === x1 && (x0 === WINDOW.west || x0 === WINDOW.east)) || (y0 === y1 && (y0 === WINDOW.south || y0 === WINDOW.north));
/** Consecutive points more than 1° apart, other than along the window's edges: a ring or line that jumps. */
const jumps = (path: Position[]): [Position, Position][] =>
  path.slice(1).flatMap((p, i) => {
    const q = path[i]!;
    return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!) > 1 && !alongEdge(q, p) ? [[q, p] as [Position, Position]] : [];
  });

describe('the detail checks themselves', () => {
  it('flag points outside the window and jumps that do not follow its edges', () => {
    expect(outsideWindow([[4, 51], [-4.1, 51], [4, 55.01], [10, 47.5]])).toHaveLength(2);
    expect(jumps([[4, 51], [6, 51], [6.1, 51.1]])).toHaveLength(1);
    // Along x = -4 and y = 55 the clip follows the window's edges; across at y = 54 it is a jump.
    expect(jumps([[-4, 48], [-4, 54], [10, 54], [10, 55], [-4, 55]])).toEqual([[[-4, 54], [10, 54]]]);
  });
});

describe.each([
  ['land-detail.json', landDetail, ['land', 'coast', 'window']],
  ['borders-detail.json', bordersDetail, ['border']],
] as const)('data/basemap/%s', (file, collection, kinds) => {
  it('is a FeatureCollection with one feature of each kind', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => (f.properties as { kind: string }).kind)).toEqual(kinds);
    const types = { land: 'MultiPolygon', coast: 'MultiLineString', window: 'Polygon', border: 'MultiLineString' };
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry?.type).toBe(types[(feature.properties as { kind: keyof typeof types }).kind]);
    }
  });

  it('has every coordinate inside the window (lon -4…10, lat 47.5…55)', () => {
    const all = detailPaths(collection);
    expect(all.flat().length).toBeGreaterThan(500);
    expect(all.flatMap(outsideWindow)).toEqual([]);
  });

  it('has no ring or line that jumps (> 1°, other than along the window’s edge)', () => {
    expect(detailPaths(collection).flatMap(jumps)).toEqual([]);
    expect(detailPaths(collection).flatMap(smears)).toEqual([]);
  });

  it('ends with a newline', () => {
    expect(text(file).endsWith('}\n')).toBe(true);
  });
});

describe('data/basemap/land-detail.json', () => {
  it('states the window it is clipped to', () => {
    const [window] = ofKind(landDetail, 'window');
    const { west, south, east, north } = WINDOW;
    expect(window?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
    });
  });

  it('has closed, RFC 7946-wound land rings of at least 4 points', () => {
    const area2 = (ring: Position[]): number =>
      ring.slice(1).reduce((sum, [x1, y1], i) => sum + ring[i]![0]! * y1! - x1! * ring[i]![1]!, 0);
    const all = polygons(detailLand);
    expect(all.length).toBeGreaterThan(10);
    for (const [exterior, ...holes] of all) {
      for (const ring of [exterior!, ...holes]) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1)).toEqual(ring[0]);
      }
      expect(area2(exterior!)).toBeGreaterThan(0);
      for (const hole of holes) expect(area2(hole)).toBeLessThan(0);
    }
  });

  it('is rounded to at most 4 decimals', () => {
    const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;
    const coordinates = detailPaths(landDetail).concat(detailPaths(bordersDetail)).flat(2) as number[];
    expect(Math.max(...coordinates.map(decimals))).toBeLessThanOrEqual(4);
  });

  it('draws the coast without the window’s edges (no frame where land is cut)', () => {
    const coast = ofKind(landDetail, 'coast').flatMap((f) => paths(f.geometry));
    expect(coast.length).toBeGreaterThan(10);
    const edges = coast.flatMap((line) => line.slice(1).filter((p, i) => alongEdge(line[i]!, p)));
    expect(edges).toEqual([]);
    // …and the land itself is cut there: its rings do run along the edges.
    expect(polygons(detailLand).flat().some((ring) => ring.slice(1).some((p, i) => alongEdge(ring[i]!, p)))).toBe(true);
  });

  it('has land at and around Antwerp’s port (4.40, 51.26)', () => {
    expect(isDetailLand([4.4, 51.26])).toBe(true);
    const around = [-0.05, 0, 0.05].flatMap((dx) => [-0.05, 0, 0.05].map((dy): [number, number] => [4.4 + dx, 51.26 + dy]));
    expect(around.filter(isDetailLand).length).toBeGreaterThanOrEqual(5);
  });

  it.each<[string, [number, number]]>([
    ['Brussels', [4.35, 50.85]],
    ['Amsterdam', [4.88, 52.34]],
    ['Rotterdam', [4.48, 51.92]],
    ['Walcheren (Middelburg)', [3.61, 51.5]],
    ['London', [-0.12, 51.5]],
  ])('%s %j is land', (_label, point) => {
    expect(isDetailLand(point)).toBe(true);
  });

  it.each<[string, [number, number]]>([
    ['North Sea', [3, 52.5]],
    ['Western Scheldt off Vlissingen', [3.6, 51.42]],
    ['Western Scheldt off Terneuzen', [3.8, 51.36]],
    ['the Scheldt by Doel (land at 1:50m)', [4.25, 51.35]],
    ['Eastern Scheldt', [3.95, 51.6]],
    ['Wadden Sea', [5.2, 53.25]],
    ['English Channel', [-1, 50.2]],
  ])('%s %j is sea', (_label, point) => {
    expect(isDetailLand(point)).toBe(false);
  });

  it.each(DETAIL.land)('%s %j is land, as data/build.json says', (_label, point) => {
    expect(isDetailLand(point)).toBe(true);
  });

  it.each(DETAIL.sea)('%s %j is sea, as data/build.json says', (_label, point) => {
    expect(isDetailLand(point)).toBe(false);
  });

  it('is finer than 1:50m there: the Scheldt by Doel is sea here and land at 1:50m', () => {
    expect(isLand([4.25, 51.35])).toBe(true);
  });
});

describe('data/basemap detail files', () => {
  it('stay within their size budget (≤ 250 KB for both)', () => {
    const bytes = statSync(url('land-detail.json')).size + statSync(url('borders-detail.json')).size;
    expect(bytes).toBeLessThanOrEqual(250_000);
  });
});
