import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Position } from 'geojson';

const url = (file: string): URL => new URL(`../../static/basemap/${file}`, import.meta.url);
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
] as const)('static/basemap/%s', (file, collection, types) => {
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

describe('static/basemap/land.json', () => {
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

describe('static/basemap', () => {
  it('stays within the size budget (≤ 900 KB for both files)', () => {
    const bytes = statSync(url('land.json')).size + statSync(url('borders.json')).size;
    expect(bytes).toBeLessThanOrEqual(900_000);
  });
});
