/**
 * The basemap's vector tiles on the web (scripts/lib/basemap-tiles.ts), at
 * basemap/tiles/<tileset>/<z>/<x>/<y>.pbf beside the page. MapLibre's worker
 * fetches them itself: a tile answered through the page's main thread waited
 * there behind the map's first frames. The tiles that do not exist (open sea:
 * nothing to draw) are answered empty by a `data:` address, with no request
 * and no 404.
 */
import index from 'virtual:basemap-tiles';
import { decodeTiles } from './tile-index';
import type { Tiled } from './style';

type Tileset = 'world' | 'detail';
const TILE = /\/tiles\/(world|detail)\/(\d+\/\d+\/\d+)\.pbf$/;
const EMPTY = 'data:application/x-protobuf;base64,';
const existing: Record<Tileset, Set<string>> = { world: decodeTiles(index.world.tiles), detail: decodeTiles(index.detail.tiles) };

/** The tilesets for the style, and the request MapLibre makes for each tile (`url` gives a basemap file's address). */
export function basemapTiles(url: (file: string) => string): {
  tiled: Tiled;
  /** MapLibre's `transformRequest`: `type` is its resource type ('Tile', 'Source', …). */
  transformRequest: (requested: string, type?: string) => { url: string } | undefined;
} {
  return {
    tiled: {
      // Joined after `url`: a URL object would escape the template's braces.
      url: (set) => `${url(`tiles/${set}/`)}{z}/{x}/{y}.pbf`,
      world: { minzoom: index.world.minzoom, maxzoom: index.world.maxzoom, bounds: index.world.bounds },
      detail: { minzoom: index.detail.minzoom, maxzoom: index.detail.maxzoom, bounds: index.detail.bounds }
    },
    transformRequest: (requested, type) => {
      if (type !== 'Tile') return undefined;
      const match = TILE.exec(requested);
      if (!match || existing[match[1] as Tileset].has(match[2]!)) return undefined;
      return { url: EMPTY };
    }
  };
}
