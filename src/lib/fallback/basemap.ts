/**
 * The basemap for the SVG map: the very files MapLibre draws (static/basemap/),
 * fetched from the site's own folder, and the path strings one camera needs.
 */
import { siteUrl } from '../site';
import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { DETAIL_MINZOOM, LINE_WIDTHS } from '../map/style';
import type { CameraView } from './projection';

export interface Basemap {
  land: MultiPolygon;
  /** The land's outline as lines: stroking the clipped polygons would also draw the viewport's edges. */
  coast: MultiLineString;
  borders: MultiLineString;
  /** 1:10m for the Low Countries, replacing 1:50m inside `window` from DETAIL_MINZOOM (see ../map/style.ts). */
  detail: { window: Polygon; land: MultiPolygon; coast: MultiLineString; borders: MultiLineString };
  /** The countries a step can tint, by Natural Earth name: 1:50m, and 1:10m inside the detail window where there is one. */
  countries: Record<string, { world: MultiPolygon; detail: MultiPolygon | null }>;
}

export interface BasemapPaths {
  land: string;
  coast: string;
  borders: string;
  detail: { window: string; land: string; coast: string; borders: string } | null;
  coastWidth: number;
  borderWidth: number;
}

const FILES = ['land.json', 'borders.json', 'land-detail.json', 'borders-detail.json', 'countries.json'] as const;

function pick<T extends Geometry['type']>(file: string, fc: FeatureCollection, type: T, kind?: string): Extract<Geometry, { type: T }> {
  const found = fc.features.find((f) => f.geometry.type === type && (kind === undefined || f.properties?.kind === kind));
  if (!found) throw new Error(`basemap/${file} has no ${kind ?? ''} ${type}`);
  return found.geometry as Extract<Geometry, { type: T }>;
}

function outline(land: MultiPolygon): MultiLineString {
  return { type: 'MultiLineString', coordinates: land.coordinates.flat() };
}

export async function loadBasemap(url: (file: string) => string = (file) => siteUrl(`basemap/${file}`)): Promise<Basemap> {
  const [land, borders, landDetail, bordersDetail, countries] = await Promise.all(
    FILES.map(async (file) => {
      const res = await fetch(url(file));
      if (!res.ok) throw new Error(`basemap/${file}: HTTP ${res.status}`);
      return (await res.json()) as FeatureCollection;
    })
  );
  const landShape = pick(FILES[0], land!, 'MultiPolygon');
  return {
    land: landShape,
    coast: outline(landShape),
    borders: pick(FILES[1], borders!, 'MultiLineString'),
    detail: {
      window: pick(FILES[2], landDetail!, 'Polygon', 'window'),
      land: pick(FILES[2], landDetail!, 'MultiPolygon', 'land'),
      coast: pick(FILES[2], landDetail!, 'MultiLineString', 'coast'),
      borders: pick(FILES[3], bordersDetail!, 'MultiLineString')
    },
    countries: countryShapes(countries!)
  };
}

/** countries.json's features, by name (see scripts/build-basemap.ts). */
function countryShapes(fc: FeatureCollection): Basemap['countries'] {
  const shapes: Basemap['countries'] = {};
  for (const f of fc.features) {
    const name: unknown = f.properties?.name;
    if (typeof name !== 'string' || f.geometry.type !== 'MultiPolygon') continue;
    const shape = (shapes[name] ??= { world: { type: 'MultiPolygon', coordinates: [] }, detail: null });
    if (f.properties?.kind === 'country-detail') shape.detail = f.geometry;
    else shape.world = f.geometry;
  }
  return shapes;
}

type Stops = [[number, number], [number, number]];

/** Read from the widths the MapLibre style draws with, so that the two maps cannot drift apart. */
function widthStops(layerId: keyof typeof LINE_WIDTHS): Stops {
  const w: unknown = LINE_WIDTHS[layerId];
  if (Array.isArray(w) && w[0] === 'interpolate' && w.length === 7 && w.slice(3).every((n) => typeof n === 'number')) {
    const [z0, w0, z1, w1] = w.slice(3) as number[];
    return [[z0!, w0!], [z1!, w1!]];
  }
  throw new Error(`style layer ${layerId}: expected a line-width interpolated between two zoom stops`);
}
const COAST = widthStops('coast');
const BORDER = widthStops('borders');

/** MapLibre's `interpolate linear` on zoom between two stops, held flat outside them. */
export function lineWidth(zoom: number, [[z0, w0], [z1, w1]]: Stops): number {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return Math.round((w0 + t * (w1 - w0)) * 100) / 100;
}

const computed = new WeakMap<CameraView, WeakMap<Basemap, BasemapPaths>>();

/** Path strings for one camera, computed once per camera (the expensive part: every coastline point). */
export function basemapPaths(view: CameraView, basemap: Basemap): BasemapPaths {
  let byMap = computed.get(view);
  if (!byMap) computed.set(view, (byMap = new WeakMap()));
  let paths = byMap.get(basemap);
  if (!paths) {
    const { detail } = basemap;
    paths = {
      land: view.path(basemap.land),
      coast: view.path(basemap.coast),
      borders: view.path(basemap.borders),
      detail:
        view.zoom >= DETAIL_MINZOOM
          ? { window: view.path(detail.window), land: view.path(detail.land), coast: view.path(detail.coast), borders: view.path(detail.borders) }
          : null,
      coastWidth: lineWidth(view.zoom, COAST),
      borderWidth: lineWidth(view.zoom, BORDER)
    };
    byMap.set(basemap, paths);
  }
  return paths;
}

/** A tinted country's paths: 1:50m, and 1:10m to draw over the detail window (null below DETAIL_MINZOOM). */
export interface TintPath {
  country: string;
  world: string;
  detail: string | null;
}

const tinted = new WeakMap<CameraView, WeakMap<Basemap, Map<string, TintPath>>>();

/** Paths of the countries a scene tints, each computed once per camera and only when a step asks for it. */
export function tintPaths(view: CameraView, basemap: Basemap, countries: readonly string[]): TintPath[] {
  let byMap = tinted.get(view);
  if (!byMap) tinted.set(view, (byMap = new WeakMap()));
  let byCountry = byMap.get(basemap);
  if (!byCountry) byMap.set(basemap, (byCountry = new Map()));
  return countries.flatMap((country) => {
    const shape = basemap.countries[country];
    if (!shape) return [];
    let paths = byCountry.get(country);
    if (!paths) {
      paths = { country, world: view.path(shape.world), detail: view.zoom >= DETAIL_MINZOOM && shape.detail ? view.path(shape.detail) : null };
      byCountry.set(country, paths);
    }
    return [paths];
  });
}
