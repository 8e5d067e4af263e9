/**
 * The basemap's vector tiles on the web (scripts/lib/basemap-tiles.ts). MapLibre
 * asks for them as basemap://<tileset>/<z>/<x>/<y>; the tiles that exist come
 * from the site's basemap/tiles/ folder, and the others (open sea: nothing to
 * draw) are answered empty without a request, so that no 404 ever shows.
 * A tile is fetched once for the page's life: MapLibre gives up on tiles
 * the camera has flown past, and a reader scrolling fast would otherwise
 * fetch the same ones again and again.
 */
import { addProtocol } from 'maplibre-gl';
import index from 'virtual:basemap-tiles';
import { decodeTiles } from './tile-index';
import type { Tiled } from './style';

const PROTOCOL = 'basemap';
const TILE = /^basemap:\/\/(world|detail)\/(\d+\/\d+\/\d+)$/;
const existing = { world: decodeTiles(index.world.tiles), detail: decodeTiles(index.detail.tiles) };
const fetched = new Map<string, Promise<ArrayBuffer>>();

function fetchTile(url: string): Promise<ArrayBuffer> {
  let tile = fetched.get(url);
  if (!tile) {
    tile = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.arrayBuffer();
    });
    // A failure is not kept: the next request for the tile tries again.
    tile.catch(() => fetched.delete(url));
    fetched.set(url, tile);
  }
  return tile;
}

/** Lets MapLibre fetch the tiles from beside the page (`url` gives a basemap file's address) and describes them for the style. */
export function basemapTiles(url: (file: string) => string): Tiled {
  addProtocol(PROTOCOL, async ({ url: requested }) => {
    const match = TILE.exec(requested);
    if (!match) throw new Error(`Not a basemap tile: ${requested}`);
    const [, set, key] = match as unknown as [string, 'world' | 'detail', string];
    if (!existing[set].has(key)) return { data: new ArrayBuffer(0) };
    // A copy: MapLibre hands the buffer to its worker, which takes it over.
    return { data: (await fetchTile(url(`tiles/${set}/${key}.pbf`))).slice(0) };
  });
  return {
    url: (set) => `${PROTOCOL}://${set}/{z}/{x}/{y}`,
    world: { minzoom: index.world.minzoom, maxzoom: index.world.maxzoom, bounds: index.world.bounds },
    detail: { minzoom: index.detail.minzoom, maxzoom: index.detail.maxzoom, bounds: index.detail.bounds }
  };
}
