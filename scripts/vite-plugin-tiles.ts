/**
 * The story's basemap (its basemap/ folder, scripts/build-basemap.ts) in every
 * build and on the dev server: the GeoJSON files at basemap/<file>.json beside
 * the page (the SVG map reads them), the vector tiles cut from them
 * (scripts/lib/basemap-tiles.ts) at basemap/tiles/<tileset>/<z>/<x>/<y>.pbf, and
 * `virtual:basemap-tiles`, the index of the tiles that exist. The offline copy
 * and the server-side render take the index only: the offline map reads the
 * GeoJSON files inlined in the page (src/lib/modes/offline.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cutTilesets, indexOf, type Tileset, type TilesetId } from './lib/basemap-tiles.ts';
import { basemapDir } from './lib/story-dir.ts';

const ID = 'virtual:basemap-tiles';
const RESOLVED = `\0${ID}`;
const TILE_PATH = /\/basemap\/tiles\/(world|detail)\/(\d+\/\d+\/\d+)\.pbf$/;
const FILE_PATH = /\/basemap\/([\w-]+\.json)$/;

export function basemapTiles(story: string): Plugin {
  const dir = basemapDir(story);
  let sets: Record<TilesetId, Tileset> | null = null;
  const tiles = () => (sets ??= cutTilesets(dir));
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.json'));
  let emit = true;
  return {
    name: 'basemap-tiles',
    configResolved(config) {
      emit = !config.build.ssr && config.define?.['import.meta.env.VITE_OFFLINE'] !== JSON.stringify('true');
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? `export default ${JSON.stringify(indexOf(tiles()))};` : undefined;
    },
    generateBundle() {
      if (!emit) return;
      for (const file of files()) this.emitFile({ type: 'asset', fileName: `basemap/${file}`, source: readFileSync(resolve(dir, file)) });
      for (const [set, { tiles: all }] of Object.entries(tiles())) {
        for (const [key, source] of all) this.emitFile({ type: 'asset', fileName: `basemap/tiles/${set}/${key}.pbf`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const [path, query] = (req.url ?? '').split('?') as [string, string | undefined];
        // A query (`?import&raw`) is a module import of the file, as the offline build's glob makes: Vite answers those.
        const file = query === undefined ? FILE_PATH.exec(path)?.[1] : undefined;
        if (file && files().includes(file)) {
          res.setHeader('content-type', 'application/json');
          res.end(readFileSync(resolve(dir, file)));
          return;
        }
        const match = TILE_PATH.exec(path);
        const tile = match && tiles()[match[1] as TilesetId].tiles.get(match[2]!);
        if (!tile) return next();
        res.setHeader('content-type', 'application/x-protobuf');
        res.end(tile);
      });
    }
  };
}
