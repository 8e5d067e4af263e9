import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors.ts';
import { parseRecipe, readRecipe, routeId } from '../../scripts/lib/build-recipe.ts';
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
  it('accepts a sea and a straight route, an explicit id and a note', () => {
    const { recipe: parsed } = parseRecipe(
      { path: 'story/build.json', text: recipe({ routes: [route({ note: 'why' }), route({ via: 'straight', id: 'colon-antwerp-direct' })] }) },
      PLACES
    );
    expect(parsed.routes.map(routeId)).toEqual(['colon-antwerp', 'colon-antwerp-direct']);
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

  it("reads this story's recipe: its 8 sea routes", () => {
    const { routes } = readRecipe(DATA);
    expect(routes).toHaveLength(8);
    expect(routes.every((r) => r.via === 'sea')).toBe(true);
    expect(routes.find((r) => r.from === 'colon')?.dropFirstLanePoint).toEqual([-79.667, 9.25]);
  });

  it('reads a folder without build.json as no routes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recipe-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'places.json'), PLACES.text);
    expect(readRecipe(dir)).toEqual({ routes: [] });
  });
});
