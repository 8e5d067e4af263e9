import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapDetail } from '../../scripts/build-basemap.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { loadStory } from '../../src/lib/content/load.ts';
import {
  deriveDetailWindow,
  insideWindow,
  parseRecipe,
  readRecipe,
  routeId,
  type StoryViews
} from '../../scripts/lib/build-recipe.ts';
import { ROOT } from '../../scripts/lib/story-dir.ts';

const DATA = join(ROOT, 'data');
const PLACES = { path: 'story/places.json', text: readFileSync(join(DATA, 'places.json'), 'utf8') };

/** The problems parseRecipe finds in `text` (as story/build.json), or none. */
function problemsOf(text: string): ContentError['problems'] {
  try {
    parseRecipe({ path: 'story/build.json', text }, PLACES);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems;
  }
}

/** A build.json, one key per line, so that each field has a line of its own. */
const recipe = (value: unknown): string => JSON.stringify(value, null, 2);
const route = (fields: Record<string, unknown> = {}) => ({ from: 'colon', to: 'antwerp', via: 'sea', ...fields });

describe('build.json: the schema', () => {
  it('accepts a sea and a straight route, an explicit id, a note, and no basemap', () => {
    const { recipe: parsed } = parseRecipe(
      { path: 'story/build.json', text: recipe({ routes: [route({ note: 'why' }), route({ via: 'straight', id: 'colon-antwerp-direct' })] }) },
      PLACES
    );
    expect(parsed.routes.map(routeId)).toEqual(['colon-antwerp', 'colon-antwerp-direct']);
    expect(parsed.basemap.detail).toBeUndefined();
  });

  it('names file, line and field for a bad `via`, and what it found', () => {
    const text = recipe({ routes: [route(), route({ to: 'rotterdam', via: 'air' })] });
    const problems = problemsOf(text);
    expect(problems).toEqual([
      {
        file: 'story/build.json',
        line: text.split('\n').findIndex((l) => l.includes('"air"')) + 1,
        field: 'routes[1].via',
        expected: expect.stringMatching(/^"sea" .* or "straight"/),
        got: '"air"'
      }
    ]);
    expect(new ContentError(problems).message).toContain(`story/build.json:${problems[0]!.line}: routes[1].via: expected "sea"`);
  });

  it('names file, line and field for a route end that is not a place', () => {
    const text = recipe({ routes: [route(), route({ from: 'atlantis' })] });
    const line = text.split('\n').findIndex((l) => l.includes('"atlantis"')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(problemsOf(text)).toEqual([
      { file: 'story/build.json', line, field: 'routes[1].from', expected: 'a place id from places.json', got: '"atlantis"' }
    ]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a missing via', { routes: [{ from: 'colon', to: 'antwerp' }] }, 'routes[0].via', /"straight"/],
    ['dropFirstLanePoint on a straight route', { routes: [route({ via: 'straight', dropFirstLanePoint: [1, 2] })] }, 'routes[0].dropFirstLanePoint', /"straight" route/],
    ['a lane point off the globe', { routes: [route({ dropFirstLanePoint: [200, 2] })] }, 'routes[0].dropFirstLanePoint[0]', /180|longitude/],
    ['an unknown field', { routes: [route({ by: 'air' })] }, 'routes[0].by', /no such field/],
    ['the same route twice', { routes: [route(), route()] }, 'routes[1].to', /used only once/],
    ['a route to where it starts', { routes: [route({ to: 'colon' })] }, 'routes[0].to', /other than/],
    ['a window edge with 5 decimals', { basemap: { detail: { window: { west: -4.00001, south: 47.5, east: 10, north: 55 } } } }, 'basemap.detail.window.west', /4 decimals/],
    ['a window east of its west', { basemap: { detail: { window: { west: 10, south: 47.5, east: -4, north: 55 } } } }, 'basemap.detail.window.east', /east of the west/],
    ['a check outside the window', { basemap: { detail: { window: { west: -4, south: 47.5, east: 10, north: 55 }, sea: [['Gulf of Guinea', [0, 0]]] } } }, 'basemap.detail.sea[0][1]', /inside the detail window/],
    ['a check without a name', { basemap: { detail: { window: { west: -4, south: 47.5, east: 10, north: 55 }, land: [[[4.35, 50.85]]] } } }, 'basemap.detail.land[0]', /.+/]
  ])('reports %s at its field and line', (_label, value, field, expected) => {
    const problems = problemsOf(recipe(value));
    expect(problems.map((p) => p.field)).toContain(field);
    const problem = problems.find((p) => p.field === field)!;
    expect(problem.file).toBe('story/build.json');
    expect(problem.line).toBeGreaterThan(1);
    expect(problem.expected).toMatch(expected);
  });

  it('names the line of a JSON syntax error', () => {
    expect(problemsOf('{\n  "routes": [\n    { "from": "colon", }\n  ]\n}\n')).toEqual([
      expect.objectContaining({ file: 'story/build.json', line: 3, field: '' })
    ]);
  });
});

describe('readRecipe', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("reads this story's recipe: its 8 sea routes and its declared detail window", () => {
    const { routes, basemap } = readRecipe(DATA);
    expect(routes).toHaveLength(8);
    expect(routes.every((r) => r.via === 'sea')).toBe(true);
    expect(routes.find((r) => r.from === 'colon')?.dropFirstLanePoint).toEqual([-79.667, 9.25]);
    expect(basemap.detail?.window).toEqual({ west: -4, south: 47.5, east: 10, north: 55 });
    expect(basemap.detail?.land.length).toBeGreaterThan(0);
  });

  it('reads a folder without build.json as no routes and a derived window', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipe-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'places.json'), PLACES.text);
    expect(readRecipe(dir)).toEqual({ routes: [], basemap: {} });
  });
});

// --- the derived detail window ------------------------------------------------------

const PLACE = { a: { lon: 0, lat: 50 }, b: { lon: 2, lat: 51 }, far: { lon: 100, lat: 0 }, near: { lon: 2.1, lat: 51.1 } };
/** The longitude a 1280 px wide screen spans at zoom z (512 px tiles). */
const span = (z: number): number => (360 * 1280) / (512 * 2 ** z);

describe('deriveDetailWindow', () => {
  it('boxes the focus places of the closest views, padded by what a screen spans at the least close of them', () => {
    const story: StoryViews = {
      places: PLACE,
      steps: [
        { focus: ['a'], zoom: 7 },
        { focus: ['b'], zoom: 6.2 },
        // More than 1 below the closest: a wider view, which 1:50m serves.
        { focus: ['far'], zoom: 5.9 },
        { focus: ['a', 'far'] }
      ]
    };
    const pad = span(6.2);
    expect(pad).toBeCloseTo(12.24, 2);
    expect(deriveDetailWindow(story)).toEqual({
      west: Math.floor(0 - pad),
      south: Math.floor(50 - pad),
      east: Math.ceil(2 + pad),
      north: Math.ceil(51 + pad)
    });
    expect(deriveDetailWindow(story)).toEqual({ west: -13, south: 37, east: 15, north: 64 });
  });

  it('counts a fitted camera at its fitted zoom, and an explicit centre as a point', () => {
    // Two places ~15 km apart fit at the closest zoom there is (7) without a `zoom`.
    const fitted = deriveDetailWindow({ places: PLACE, steps: [{ focus: ['b', 'near'] }, { focus: ['a'], zoom: 3 }] });
    expect(fitted).toEqual({ west: Math.floor(2 - span(7)), south: Math.floor(51 - span(7)), east: Math.ceil(2.1 + span(7)), north: Math.ceil(51.1 + span(7)) });
    const centred = deriveDetailWindow({ places: PLACE, steps: [{ center: [20, 40], zoom: 7 }] });
    expect(insideWindow(centred, [20, 40])).toBe(true);
    expect(centred.west).toBeLessThan(20 - span(7));
  });

  it('stays on the map: ±180° of longitude, ±85° of latitude, and never -0', () => {
    expect(deriveDetailWindow({ places: { pole: { lon: 170, lat: 80 } }, steps: [{ focus: ['pole'], zoom: 1 }] })).toEqual({
      west: -180,
      south: -85,
      east: 180,
      north: 85
    });
    // -12.5 + 12.24 = -0.26, which Math.ceil makes -0.
    const window = deriveDetailWindow({ places: { w: { lon: -12.5, lat: 0 } }, steps: [{ focus: ['w'], zoom: 6.2 }] });
    expect(Object.is(window.east, 0)).toBe(true);
  });

  it('is what the basemap uses when build.json declares no detail, with no land/sea checks', () => {
    const recipe = readRecipe(DATA);
    expect(basemapDetail(DATA, recipe)).toBe(recipe.basemap.detail);
    const derived = basemapDetail(DATA, { ...recipe, basemap: {} });
    expect(derived).toEqual({ window: deriveDetailWindow(loadStory(DATA, ROOT)), land: [], sea: [] });
  });

  it('needs a step with a camera', () => {
    expect(() => deriveDetailWindow({ places: PLACE, steps: [{ focus: ['a'] }] })).toThrow(/no step has a camera/);
  });

  it("covers, for this story, the window its editor declared, and every place its closest views frame", () => {
    const story = loadStory(DATA, ROOT);
    const derived = deriveDetailWindow(story);
    const declared = readRecipe(DATA).basemap.detail!.window;
    expect(derived.west).toBeLessThanOrEqual(declared.west);
    expect(derived.south).toBeLessThanOrEqual(declared.south);
    expect(derived.east).toBeGreaterThanOrEqual(declared.east);
    expect(derived.north).toBeGreaterThanOrEqual(declared.north);
    for (const id of ['antwerp', 'brussels', 'merksem', 'amsterdam', 'dubai', 'freetown']) {
      expect(insideWindow(derived, [story.places[id]!.lon, story.places[id]!.lat])).toBe(true);
    }
  });
});
