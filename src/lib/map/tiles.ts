/**
 * The basemap's vector tiles on the web (scripts/lib/basemap-tiles.ts). MapLibre
 * asks for them as basemap://<tileset>/<z>/<x>/<y>; the tiles that exist come
 * from the site's basemap/tiles/ folder, and the others (open sea: nothing to
 * draw) are answered empty without a request, so that no 404 ever shows.
 */
import { addProtocol } from 'maplibre-gl';
import index from 'virtual:basemap-tiles';
import { decodeTiles } from './tile-index';
import type { Tiled } from './style';

const PROTOCOL = 'basemap';
const TILE = /^basemap:\/\/(world|detail)\/(\d+\/\d+\/\d+)$/;
const existing = { world: decodeTiles(index.world.tiles), detail: decodeTiles(index.detail.tiles) };

/** Lets MapLibre fetch the tiles from beside the page (`url` gives a basemap file's address) and describes them for the style. */
export function basemapTiles(url: (file: string) => string): Tiled {
  addProtocol(PROTOCOL, async ({ url: requested }, abort) => {
    const match = TILE.exec(requested);
    if (!match) throw new Error(`Not a basemap tile: ${requested}`);
    const [, set, key] = match as unknown as [string, 'world' | 'detail', string];
    if (!existing[set].has(key)) return { data: new ArrayBuffer(0) };
    const response = await fetch(url(`tiles/${set}/${key}.pbf`), { signal: abort.signal });
    if (!response.ok) throw new Error(`basemap/tiles/${set}/${key}.pbf answered ${response.status}`);
    return { data: await response.arrayBuffer() };
  });
  return {
    url: (set) => `${PROTOCOL}://${set}/{z}/{x}/{y}`,
    world: { minzoom: index.world.minzoom, maxzoom: index.world.maxzoom, bounds: index.world.bounds },
    detail: { minzoom: index.detail.minzoom, maxzoom: index.detail.maxzoom, bounds: index.detail.bounds }
  };
}
