/**
 * The basemap as vector tiles, cut at build time from the same files the map
 * used to cut in the reader's browser (the story's basemap/*.json).
 *
 * Why: handed whole GeoJSON files, MapLibre downloads the world's coasts
 * (≈ 300 KB gzip) and tiles them in its worker before it can draw anything,
 * even a view of one corner of Europe. Cut here, the first view needs a few
 * tiles, and the worker only decodes them.
 *
 * The tiles are what the worker made: the same library (@maplibre/geojson-vt,
 * MapLibre's own) with the options MapLibre's GeoJSON source derives from the
 * style (tolerance 0.5 px, extent 8192), so at every zoom the coasts are
 * exactly as fine as before. Only the buffer is narrower (16 px instead of
 * 128): it only has to reach past the widest line (1.4 px).
 *
 * Two tilesets, as the style has two levels of detail (src/lib/map/style.ts):
 * - `world`: land, borders and the tintable countries (1:50m), zoom 0–6,
 *   overzoomed beyond (the tiles MapLibre reads at zoom 6.99 are zoom 6 ones);
 * - `detail`: the 1:10m land, coast, window, borders and countries of the Low
 *   Countries, zoom 5–7 inside the detail window only.
 * Tiles with nothing in them are not written; the page knows which exist
 * (`index`) and asks for no other.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

export const EXTENT = 8192;
const TILE_SIZE = 512;
const PX = EXTENT / TILE_SIZE;
/** As MapLibre's GeoJSON source: the style's `tolerance` (0.5 px) and its default maxzoom (18). */
export const VT_OPTIONS = { maxZoom: 18, tolerance: 0.5 * PX, extent: EXTENT, buffer: 16 * PX, indexMaxZoom: 5, indexMaxPoints: 100_000 } as const;

export interface TilesetSpec {
  /** Source-layer name → the file and, if only some of it, the `kind`s to keep. */
  layers: Record<string, { file: string; kinds?: string[] }>;
  minzoom: number;
  maxzoom: number;
}

export const TILESETS = {
  world: {
    minzoom: 0,
    maxzoom: 6,
    layers: { land: { file: 'land.json' }, borders: { file: 'borders.json' }, countries: { file: 'countries.json', kinds: ['country'] } }
  },
  detail: {
    minzoom: 5,
    maxzoom: 7,
    layers: {
      'land-detail': { file: 'land-detail.json' },
      'borders-detail': { file: 'borders-detail.json' },
      countries: { file: 'countries.json', kinds: ['country-detail'] }
    }
  }
} as const satisfies Record<string, TilesetSpec>;

export type TilesetId = keyof typeof TILESETS;

export interface Tileset {
  /** "z/x/y" → the tile's bytes (Mapbox Vector Tile, version 2). */
  tiles: Map<string, Uint8Array>;
  /** [west, south, east, north]: where the tileset has anything at all. */
  bounds: [number, number, number, number];
}

type Bounds = [number, number, number, number];

function lon2tile(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

function lat2tile(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
}

function boundsOf(collections: FeatureCollection[]): Bounds {
  const b: Bounds = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    } else for (const inner of c as unknown[]) visit(inner);
  };
  for (const c of collections) for (const f of c.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/** Cuts one tileset from the basemap files in `dir`. */
export function cutTileset(dir: string, spec: TilesetSpec): Tileset {
  const read = (file: string): FeatureCollection => JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection;
  const sources = Object.entries(spec.layers).map(([name, { file, kinds }]) => {
    const all = read(file);
    const data: FeatureCollection = kinds ? { ...all, features: all.features.filter((f) => kinds.includes(String(f.properties?.kind))) } : all;
    if (data.features.length === 0) throw new Error(`basemap/${file} has no feature of kind ${kinds?.join(', ')} for the tiles' ${name} layer`);
    return { name, data, index: new GeoJSONVT(data, VT_OPTIONS) };
  });
  const bounds = boundsOf(sources.map((s) => s.data));
  const tiles = new Map<string, Uint8Array>();
  for (let z = spec.minzoom; z <= spec.maxzoom; z++) {
    const last = 2 ** z - 1;
    const [x0, x1] = [lon2tile(bounds[0], z), Math.min(last, lon2tile(bounds[2], z))];
    const [y0, y1] = [lat2tile(Math.min(85.05, bounds[3]), z), Math.min(last, lat2tile(Math.max(-85.05, bounds[1]), z))];
    for (let x = Math.max(0, x0); x <= x1; x++) {
      for (let y = Math.max(0, y0); y <= y1; y++) {
        const layers: Record<string, GeoJSONVTTile> = {};
        for (const s of sources) {
          const tile = s.index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[s.name] = tile;
        }
        if (Object.keys(layers).length > 0) tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(layers, { version: 2, extent: EXTENT }));
      }
    }
  }
  return { tiles, bounds };
}

export function cutTilesets(dir: string): Record<TilesetId, Tileset> {
  return { world: cutTileset(dir, TILESETS.world), detail: cutTileset(dir, TILESETS.detail) };
}

/**
 * Which tiles exist, compactly: for each zoom, the columns that have any, each
 * with its runs of rows ("x:y0-y1,y2" joined by ";"). Land is mostly
 * contiguous, so this is a few kilobytes where a list would be thirty.
 */
export function encodeTiles(keys: Iterable<string>): Record<number, string> {
  const rows = new Map<number, Map<number, number[]>>();
  for (const key of keys) {
    const [z, x, y] = key.split('/').map(Number) as [number, number, number];
    if (!rows.has(z)) rows.set(z, new Map());
    const byX = rows.get(z)!;
    if (!byX.has(x)) byX.set(x, []);
    byX.get(x)!.push(y);
  }
  const out: Record<number, string> = {};
  for (const [z, byX] of [...rows].sort((a, b) => a[0] - b[0])) {
    const columns: string[] = [];
    for (const [x, ys] of [...byX].sort((a, b) => a[0] - b[0])) {
      ys.sort((a, b) => a - b);
      const runs: string[] = [];
      for (let i = 0; i < ys.length; ) {
        let j = i;
        while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
        runs.push(i === j ? `${ys[i]}` : `${ys[i]}-${ys[j]}`);
        i = j + 1;
      }
      columns.push(`${x}:${runs.join(',')}`);
    }
    out[z] = columns.join(';');
  }
  return out;
}

/** What the page needs to know of a tileset: its zooms, where it has anything, and which tiles exist. */
export interface TileIndex {
  minzoom: number;
  maxzoom: number;
  bounds: Bounds;
  tiles: Record<number, string>;
}

export function indexOf(sets: Record<TilesetId, Tileset>): Record<TilesetId, TileIndex> {
  const out = {} as Record<TilesetId, TileIndex>;
  for (const id of Object.keys(sets) as TilesetId[]) {
    const { minzoom, maxzoom } = TILESETS[id];
    out[id] = { minzoom, maxzoom, bounds: sets[id].bounds.map((v) => Math.round(v * 1e4) / 1e4) as Bounds, tiles: encodeTiles(sets[id].tiles.keys()) };
  }
  return out;
}

