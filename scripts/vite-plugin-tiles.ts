/**
 * The basemap's vector tiles (scripts/lib/basemap-tiles.ts) in every build
 * and on the dev server: `virtual:basemap-tiles` gives the page the index of
 * the tiles that exist, and the tiles themselves are written to
 * basemap/tiles/<tileset>/<z>/<x>/<y>.pbf beside the page. The offline copy
 * and the server-side render take the index only: the offline map reads the
 * GeoJSON files inlined in the page (src/lib/modes/offline.ts).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cutTilesets, indexOf, type Tileset, type TilesetId } from './lib/basemap-tiles.ts';

const ID = 'virtual:basemap-tiles';
const RESOLVED = `\0${ID}`;
const TILE_PATH = /\/basemap\/tiles\/(world|detail)\/(\d+\/\d+\/\d+)\.pbf$/;

export function basemapTiles(dir = resolve(process.cwd(), 'static/basemap')): Plugin {
  let sets: Record<TilesetId, Tileset> | null = null;
  const tiles = () => (sets ??= cutTilesets(dir));
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
      for (const [set, { tiles: all }] of Object.entries(tiles())) {
        for (const [key, source] of all) this.emitFile({ type: 'asset', fileName: `basemap/tiles/${set}/${key}.pbf`, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = TILE_PATH.exec((req.url ?? '').split('?')[0]!);
        const tile = match && tiles()[match[1] as TilesetId].tiles.get(match[2]!);
        if (!tile) return next();
        res.setHeader('content-type', 'application/x-protobuf');
        res.end(tile);
      });
    }
  };
}
