import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoDistance } from 'd3-geo';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRoutes, formatRoutes } from '../../scripts/build-routes.ts';
import { readRecipe, routeId } from '../../scripts/lib/build-recipe.ts';
import { ROOT } from '../../scripts/lib/story-dir.ts';
import {
  EARTH_RADIUS_KM,
  geodesicLengthKm,
  greatCircleLine,
  joinPorts,
  roundAndDedupe,
  roundTo,
  type LonLat,
} from '../../scripts/lib/route-geometry.ts';

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

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const places = readJson('../../data/places.json') as Place[];
const routes = readJson('../../data/routes.json') as Route[];
const recipe = readRecipe(join(ROOT, 'data'));

const place = (id: string): Place => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(`no place "${id}" in data/places.json`);
  return found;
};
const km = (a: LonLat, b: LonLat): number => geoDistance(a, b) * EARTH_RADIUS_KM;
const steps = <T>(points: T[]): [T, T][] => points.slice(1).map((p, i) => [points[i]!, p]);

/** Expected routes with a plausible length window (km). */
const EXPECTED: [id: string, minKm: number, maxKm: number][] = [
  ['cartagena-antwerp', 8_000, 9_500],
  ['buenaventura-antwerp', 9_000, 11_000],
  ['guayaquil-antwerp', 9_000, 12_000],
  ['colon-antwerp', 8_000, 10_000],
  ['asuncion-antwerp', 11_500, 14_000],
  ['santos-antwerp', 9_500, 11_000],
  ['santos-freetown', 5_000, 6_500],
  ['freetown-antwerp', 5_000, 6_500],
];

/** Near the Panama Canal (between its Pacific and Caribbean approaches). */
const inPanamaCanal = ([lon, lat]: LonLat): boolean => lon > -80.2 && lon < -79.3 && lat > 8.5 && lat < 9.8;

describe('data/routes.json', () => {
  it('holds exactly the 8 expected routes, each once', () => {
    expect(routes.map((r) => r.id).sort()).toEqual(EXPECTED.map(([id]) => id).sort());
  });

  it('holds the routes data/build.json asks for, in its order', () => {
    expect(routes.map((r) => r.id)).toEqual(recipe.routes.map(routeId));
    expect(routes.map(({ from, to }) => ({ from, to }))).toEqual(recipe.routes.map(({ from, to }) => ({ from, to })));
  });

  it('is what building the recipe again gives, to the byte', () => {
    expect(formatRoutes(buildRoutes(join(ROOT, 'data')))).toBe(readFileSync(join(ROOT, 'data', 'routes.json'), 'utf8'));
  });

  it.each(recipe.routes.filter((r) => r.dropFirstLanePoint).map((r) => [routeId(r), r.dropFirstLanePoint!] as const))(
    '%s leaves out the lane point build.json drops (%j)',
    (id, dropped) => {
      const route = routes.find((r) => r.id === id)!;
      expect(route.coordinates).not.toContainEqual(dropped);
    },
  );

  describe.each(EXPECTED)('%s', (id, minKm, maxKm) => {
    const route = routes.find((r) => r.id === id)!;

    it('has exactly id, from, to, lengthKm, coordinates, with from/to matching the id', () => {
      expect(Object.keys(route)).toEqual(['id', 'from', 'to', 'lengthKm', 'coordinates']);
      expect(`${route.from}-${route.to}`).toBe(id);
    });

    it('starts exactly at its origin place and ends exactly at its destination place', () => {
      const from = place(route.from);
      const to = place(route.to);
      expect(route.coordinates[0]).toEqual([from.lon, from.lat]);
      expect(route.coordinates.at(-1)).toEqual([to.lon, to.lat]);
    });

    it('has valid, rounded, non-repeating coordinates', () => {
      expect(route.coordinates.length).toBeGreaterThanOrEqual(3);
      for (const [lon, lat] of route.coordinates) {
        expect(Math.abs(lon)).toBeLessThanOrEqual(180);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
        expect(roundTo(lon, 3)).toBe(lon);
        expect(roundTo(lat, 3)).toBe(lat);
      }
      for (const [a, b] of steps(route.coordinates)) expect(b).not.toEqual(a);
    });

    it('has no jumps: steps ≤ 1,500 km and ≤ 180° of longitude', () => {
      const longest = Math.max(...steps(route.coordinates).map(([a, b]) => km(a, b)));
      const widest = Math.max(...steps(route.coordinates).map(([a, b]) => Math.abs(b[0] - a[0])));
      expect(longest).toBeLessThanOrEqual(1_500);
      expect(widest).toBeLessThanOrEqual(180);
    });

    it('has a length equal to its recomputed geodesic length', () => {
      // Independent of geodesicLengthKm: sum of great-circle steps.
      const sum = steps(route.coordinates).reduce((total, [a, b]) => total + km(a, b), 0);
      expect(Number.isInteger(route.lengthKm)).toBe(true);
      expect(Math.abs(route.lengthKm - sum)).toBeLessThanOrEqual(0.5 + 1e-6);
      expect(route.lengthKm).toBe(Math.round(geodesicLengthKm(route.coordinates)));
    });

    it(`has a plausible length (${minKm}–${maxKm} km, ≤ 1.35 × the great-circle distance)`, () => {
      const from = place(route.from);
      const to = place(route.to);
      const direct = km([from.lon, from.lat], [to.lon, to.lat]);
      expect(route.lengthKm).toBeGreaterThanOrEqual(minKm);
      expect(route.lengthKm).toBeLessThanOrEqual(maxKm);
      expect(route.lengthKm).toBeGreaterThanOrEqual(Math.floor(direct));
      expect(route.lengthKm).toBeLessThanOrEqual(direct * 1.35);
    });
  });

  it.each(['buenaventura-antwerp', 'guayaquil-antwerp'])('%s crosses to the Atlantic through Panama', (id) => {
    const route = routes.find((r) => r.id === id)!;
    expect(route.coordinates.some(inPanamaCanal)).toBe(true);
    // Not round Cape Horn or through the Strait of Magellan.
    expect(Math.min(...route.coordinates.map(([, lat]) => lat))).toBeGreaterThan(-10);
  });

  it.each(['cartagena-antwerp', 'colon-antwerp', 'asuncion-antwerp', 'santos-antwerp', 'santos-freetown', 'freetown-antwerp'])(
    '%s stays out of the Pacific',
    (id) => {
      const route = routes.find((r) => r.id === id)!;
      // The Pacific side of Panama and Colombia: west of 77° W, south of 8.5° N.
      expect(route.coordinates.filter(([lon, lat]) => lon < -77 && lat < 8.5)).toEqual([]);
    },
  );
});

// --- pure helpers --------------------------------------------------------------

const deepFrozen = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFrozen(inner);
    Object.freeze(value);
  }
  return value;
};

describe('roundTo', () => {
  it.each([
    [1.23456, 3, 1.235],
    [-75.25049, 3, -75.25],
    [10.3949, 2, 10.39],
    [179.99951, 3, 180],
    [4.4, 3, 4.4],
    [12, 0, 12],
  ])('roundTo(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('never returns -0', () => {
    expect(Object.is(roundTo(-0.0004, 3), 0)).toBe(true);
    expect(Object.is(roundTo(-0, 3), 0)).toBe(true);
  });
});

describe('roundAndDedupe', () => {
  it.each<[string, number[][], number | undefined, LonLat[]]>([
    ['empty line', [], undefined, []],
    ['rounds to 3 decimals by default', [[1.23456, -2.34567]], undefined, [[1.235, -2.346]]],
    ['drops points equal after rounding', [[1.00001, 2.00001], [1.00002, 2.00002], [3, 4]], undefined, [[1, 2], [3, 4]]],
    ['drops exact repeats', [[0, 0], [0, 0], [0, 0], [1, 1]], undefined, [[0, 0], [1, 1]]],
    ['keeps non-consecutive repeats', [[0, 0], [1, 1], [0, 0]], undefined, [[0, 0], [1, 1], [0, 0]]],
    ['drops extra dimensions', [[1, 2, 100]], undefined, [[1, 2]]],
    ['honours the decimals argument', [[1.26, 2.24], [1.31, 2.21]], 1, [[1.3, 2.2]]],
  ])('%s', (_label, input, decimals, expected) => {
    const before = structuredClone(input);
    expect(roundAndDedupe(deepFrozen(input), decimals)).toEqual(expected);
    expect(input).toEqual(before);
  });

  it.each([[[[Number.NaN, 0]]], [[[0, Number.POSITIVE_INFINITY]]], [[[1]]]])('throws on an invalid coordinate %j', (input) => {
    expect(() => roundAndDedupe(input)).toThrow(/invalid coordinate/);
  });

  it('returns new point arrays', () => {
    const input: LonLat[] = [[1, 2]];
    const output = roundAndDedupe(input);
    expect(output[0]).not.toBe(input[0]);
  });
});

describe('joinPorts', () => {
  const origin: LonLat = [0, 0];
  const destination: LonLat = [3, 3];
  it.each<[string, LonLat[], LonLat[]]>([
    ['adds both ports', [[1, 1], [2, 2]], [[0, 0], [1, 1], [2, 2], [3, 3]]],
    ['does not repeat an origin already at the start', [[0, 0], [2, 2]], [[0, 0], [2, 2], [3, 3]]],
    ['does not repeat a destination already at the end', [[1, 1], [3, 3]], [[0, 0], [1, 1], [3, 3]]],
    ['leaves a line joining both ports as it is', [[0, 0], [3, 3]], [[0, 0], [3, 3]]],
    ['joins a single lane point', [[1, 1]], [[0, 0], [1, 1], [3, 3]]],
    ['joins the ports with an empty route', [], [[0, 0], [3, 3]]],
  ])('%s', (_label, route, expected) => {
    const before = structuredClone(route);
    const joined = joinPorts(deepFrozen(route), deepFrozen(origin), deepFrozen(destination));
    expect(joined).toEqual(expected);
    expect(joined[0]).toEqual(origin);
    expect(joined.at(-1)).toEqual(destination);
    expect(route).toEqual(before);
  });

  it('shares no arrays with its inputs', () => {
    const route: LonLat[] = [[1, 1]];
    const joined = joinPorts(route, origin, destination);
    joined[0]![0] = 99;
    joined[1]![0] = 99;
    joined[2]![0] = 99;
    expect(origin).toEqual([0, 0]);
    expect(route).toEqual([[1, 1]]);
    expect(destination).toEqual([3, 3]);
  });
});

describe('geodesicLengthKm', () => {
  it.each<[string, LonLat[], number]>([
    ['empty line', [], 0],
    ['single point', [[4.4, 51.26]], 0],
    ['1° along the equator', [[0, 0], [1, 0]], 111.195],
    ['two legs add up', [[0, 0], [1, 0], [2, 0]], 222.39],
    ['equator to pole', [[0, 0], [0, 90]], 10_007.557],
    ['across the antimeridian the short way', [[179.5, 0], [-179.5, 0]], 111.195],
    ['1° of longitude at 60° N is half as long', [[0, 60], [1, 60]], 55.597],
    ['Antwerp to Rotterdam', [[4.4, 51.26], [4.14, 51.95]], 78.8],
  ])('%s', (_label, line, expected) => {
    const before = structuredClone(line);
    expect(geodesicLengthKm(deepFrozen(line))).toBeCloseTo(expected, 1);
    expect(line).toEqual(before);
  });
});

describe('greatCircleLine', () => {
  const lonLat = (id: string): LonLat => [place(id).lon, place(id).lat];
  const pairs: [string, string][] = [
    ['freetown', 'dubai'],
    ['antwerp', 'dubai'],
    ['santos', 'freetown'],
    ['asuncion', 'amsterdam'],
  ];

  describe.each(pairs)('%s to %s', (from, to) => {
    const origin = lonLat(from);
    const destination = lonLat(to);
    const line = roundAndDedupe(greatCircleLine(origin, destination), 3);

    it('starts and ends exactly at the places', () => {
      expect(line[0]).toEqual(origin);
      expect(line.at(-1)).toEqual(destination);
    });

    it('is as long as the great circle between them (within 1 %)', () => {
      const direct = geodesicLengthKm([origin, destination]);
      expect(Math.abs(geodesicLengthKm(line) / direct - 1)).toBeLessThan(0.01);
    });

    it('has a point at least every 60 km, and bends as a great circle does on the map', () => {
      const longest = Math.max(...steps(line).map(([a, b]) => km(a, b)));
      expect(longest).toBeLessThanOrEqual(60);
      expect(line.length).toBeGreaterThan(geodesicLengthKm([origin, destination]) / 60);
      // Off the straight chord in lon/lat: the midpoint of a great circle is not the midpoint of the coordinates.
      const middle = line[Math.floor(line.length / 2)]!;
      const chordLat = origin[1] + ((middle[0] - origin[0]) / (destination[0] - origin[0])) * (destination[1] - origin[1]);
      expect(Math.abs(middle[1] - chordLat)).toBeGreaterThan(0.5);
    });
  });

  it('joins places closer than a step with the places alone', () => {
    expect(greatCircleLine([4.4, 51.26], [4.35, 50.85])).toEqual([[4.4, 51.26], [4.35, 50.85]]);
  });

  it('refuses the antimeridian and antipodes', () => {
    expect(() => greatCircleLine([170, 0], [-170, 10])).toThrow(/antimeridian/);
    expect(() => greatCircleLine([0, 0], [180, 0])).toThrow(/great circle/);
  });
});

describe('buildRoutes', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('draws a `via: "straight"` route as a great circle, under its own id when it has one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipe-routes-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'places.json'), readFileSync(join(ROOT, 'data', 'places.json')));
    writeFileSync(
      join(dir, 'build.json'),
      JSON.stringify({ routes: [{ id: 'by-air', from: 'antwerp', to: 'dubai', via: 'straight', note: 'a flight' }, { from: 'freetown', to: 'dubai', via: 'straight' }] }),
    );
    const [air, freetown] = buildRoutes(dir);
    expect(air).toMatchObject({ id: 'by-air', from: 'antwerp', to: 'dubai' });
    expect(freetown!.id).toBe('freetown-dubai');
    for (const route of [air!, freetown!]) {
      expect(Object.keys(route)).toEqual(['id', 'from', 'to', 'lengthKm', 'coordinates']);
      expect(route.coordinates[0]).toEqual([place(route.from).lon, place(route.from).lat]);
      expect(route.coordinates.at(-1)).toEqual([place(route.to).lon, place(route.to).lat]);
      const direct = km([place(route.from).lon, place(route.from).lat], [place(route.to).lon, place(route.to).lat]);
      expect(Math.abs(route.lengthKm / direct - 1)).toBeLessThan(0.01);
      expect(Math.max(...steps(route.coordinates).map(([a, b]) => km(a, b)))).toBeLessThanOrEqual(60);
    }
  });

  it('builds no routes for a folder without build.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipe-routes-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'places.json'), readFileSync(join(ROOT, 'data', 'places.json')));
    expect(buildRoutes(dir)).toEqual([]);
    expect(formatRoutes([])).toBe('[]\n');
  });
});
