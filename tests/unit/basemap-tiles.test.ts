import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { cutTilesets, encodeTiles, indexOf, TILESETS, VT_OPTIONS } from '../../scripts/lib/basemap-tiles';
import { decodeTiles } from '../../src/lib/map/tile-index';
import { basemapStyle, DETAIL_MINZOOM, type Tiled } from '../../src/lib/map/style';
import { basemapTiles } from '../../src/lib/map/tiles';
import { loadStory } from '../../src/lib/content/load';

const dir = resolve(import.meta.dirname, '../../data/basemap');
const sets = cutTilesets(dir);
const index = indexOf(sets);
const colors = loadStory('data').theme.colors;
const tiled: Tiled = { url: (set) => `basemap://${set}/{z}/{x}/{y}`, world: index.world, detail: index.detail };

function layersOf(bytes: Uint8Array): Record<string, number> {
  const tile = new VectorTile(new PbfReader(bytes));
  return Object.fromEntries(Object.entries(tile.layers).map(([name, layer]) => [name, layer.length]));
}

describe('the basemap tiles', () => {
  it('index the tiles that exist, and only those, in a few kilobytes', () => {
    for (const id of ['world', 'detail'] as const) {
      expect(decodeTiles(index[id].tiles)).toEqual(new Set(sets[id].tiles.keys()));
    }
    expect(JSON.stringify(index).length).toBeLessThan(8000);
  });

  it('decode back what was encoded, runs and single rows alike', () => {
    const keys = ['0/0/0', '3/1/2', '3/1/3', '3/1/4', '3/1/7', '3/5/0', '6/63/40'];
    expect(encodeTiles(keys)).toEqual({ 0: '0:0', 3: '1:2-4,7;5:0', 6: '63:40' });
    expect(decodeTiles(encodeTiles(keys))).toEqual(new Set(keys));
  });

  it('cover the zooms the style reads, and the detail only inside its window', () => {
    for (const [id, set] of Object.entries(sets)) {
      const zooms = new Set([...set.tiles.keys()].map((k) => Number(k.split('/')[0])));
      const spec = TILESETS[id as keyof typeof TILESETS];
      expect([...zooms].sort((a, b) => a - b), id).toEqual(Array.from({ length: spec.maxzoom - spec.minzoom + 1 }, (_, i) => spec.minzoom + i));
    }
    expect(TILESETS.detail.minzoom).toBe(DETAIL_MINZOOM);
    const window = JSON.parse(readFileSync(resolve(dir, 'land-detail.json'), 'utf8')).features.find((f: { properties: { kind: string } }) => f.properties.kind === 'window');
    const lons = window.geometry.coordinates[0].map((p: number[]) => p[0]);
    const lats = window.geometry.coordinates[0].map((p: number[]) => p[1]);
    expect(sets.detail.bounds).toEqual([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
  });

  it('are cut as finely as MapLibre cut the GeoJSON: the tolerance of the GeoJSON sources, in tile units', () => {
    const sources = Object.values(basemapStyle(colors, (f) => f).sources);
    for (const s of sources) expect(s).toMatchObject({ type: 'geojson', tolerance: 0.5 });
    expect(VT_OPTIONS.tolerance).toBe(0.5 * (VT_OPTIONS.extent / 512));
  });

  it('hold land where there is land and are missing over open sea', () => {
    // Zoom 4: Belgium and the Netherlands (8/5), and the South Atlantic between Brazil and Namibia (7/10).
    expect(layersOf(sets.world.tiles.get('4/8/5')!)).toMatchObject({ land: expect.any(Number), borders: expect.any(Number) });
    expect(sets.world.tiles.has('4/7/10')).toBe(false);
    expect(layersOf(sets.detail.tiles.get('7/65/42')!)).toMatchObject({ 'land-detail': expect.any(Number) });
    for (const bytes of sets.world.tiles.values()) expect(Object.keys(layersOf(bytes)).length).toBeGreaterThan(0);
  });

  it('are fetched from beside the page, and one that does not exist is answered empty with no request', () => {
    const base = 'https://example.org/graphics/story/basemap/';
    const web = basemapTiles((file) => `${base}${file}`);
    expect(web.tiled.url('world')).toBe(`${base}tiles/world/{z}/{x}/{y}.pbf`);
    const tile = (set: 'world' | 'detail', key: string) => web.tiled.url(set).replace('{z}/{x}/{y}', key);
    expect(web.transformRequest(tile('world', '4/8/5'), 'Tile')).toBeUndefined();
    expect(web.transformRequest(tile('detail', '7/65/42'), 'Tile')).toBeUndefined();
    const empty = web.transformRequest(tile('world', '4/7/10'), 'Tile') as { url: string };
    expect(empty.url).toMatch(/^data:/);
    expect(Buffer.from(empty.url.split(',')[1]!, 'base64')).toHaveLength(0);
    // Only tiles: the style's other files go as asked.
    expect(web.transformRequest(`${base}tiles/world/4/7/10.pbf`, 'Source')).toBeUndefined();
  });

  it('give the tiled style every source-layer it reads, at the zooms the layers draw', () => {
    const style = basemapStyle(colors, (f) => f, tiled);
    expect(Object.keys(style.sources).sort()).toEqual(['detail', 'world']);
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      const set = TILESETS[layer.source as keyof typeof TILESETS];
      expect(Object.keys(set.layers), layer.id).toContain(layer['source-layer']);
      if (layer.source === 'detail') expect(layer.minzoom, layer.id).toBe(DETAIL_MINZOOM);
    }
    expect(style.sources.detail).toMatchObject({ type: 'vector', minzoom: 5, maxzoom: 7, bounds: index.detail.bounds });
  });
});
