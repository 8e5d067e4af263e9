/**
 * A quiet newsroom basemap from Natural Earth files shipped with the site.
 *
 * Natural Earth 1:50m everywhere (`land`, `coast`, `borders`), and from zoom
 * DETAIL_MINZOOM a 1:10m layer for the story's closest views (built by
 * scripts/build-basemap.ts, clipped to the window build.json declares or the
 * build derives from the closest steps). Inside the window the detail layer replaces
 * the 1:50m one rather than adding to it: a sea-coloured fill of the window
 * (`detail-window`) covers the 1:50m land, coast and borders there, then the
 * 1:10m land, coast and borders are drawn on it. So no coarse 1:50m land shows
 * through the finer estuaries and no coast or border is drawn twice. The
 * detail coast leaves out the window's edges, so where the window cuts
 * through land or sea the two layers meet without a frame; the only trace is
 * a sub-pixel step where a coast crosses the edge.
 *
 * On the web the files arrive as vector tiles cut from them at build time
 * (scripts/lib/basemap-tiles.ts: the `world` and `detail` tilesets, one
 * source-layer per file); the offline copy, which can fetch nothing, reads the
 * files themselves. Both draw the same layers from the same geometry.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { ThemeColors } from '../content/schema';
import { tintLayer } from './tint';

/** The zoom from which the 1:10m detail layer replaces 1:50m inside its window. */
export const DETAIL_MINZOOM = 5;

const coastWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.4, 8, 1.2];
const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.3, 8, 1.4];
/** The coast's and the borders' widths by zoom, which the SVG map reads too (lib/fallback/basemap.ts). */
export const LINE_WIDTHS = { coast: coastWidth, borders: borderWidth } as const;
const kind = (value: 'land' | 'coast' | 'window'): ExpressionSpecification => ['==', ['get', 'kind'], value];

/** Where each layer's data is: a GeoJSON source of its own, or a layer of a tileset. */
type Data = 'land' | 'borders' | 'countries' | 'land-detail' | 'borders-detail' | 'countries-detail';
type Place = { source: string; 'source-layer'?: string };

/** Of a tileset: its zooms and the area where it has anything (tiles outside are never asked for). */
export interface TilesetInfo {
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
}

export interface Tiled {
  /** The URL template of a tileset's tiles ({z}/{x}/{y}). */
  url: (tileset: 'world' | 'detail') => string;
  world: TilesetInfo;
  detail: TilesetInfo;
}

const GEOJSON_PLACES: Record<Data, Place> = {
  land: { source: 'land' },
  borders: { source: 'borders' },
  countries: { source: 'countries' },
  'land-detail': { source: 'land-detail' },
  'borders-detail': { source: 'borders-detail' },
  'countries-detail': { source: 'countries' }
};

const TILED_PLACES: Record<Data, Place> = {
  land: { source: 'world', 'source-layer': 'land' },
  borders: { source: 'world', 'source-layer': 'borders' },
  countries: { source: 'world', 'source-layer': 'countries' },
  'land-detail': { source: 'detail', 'source-layer': 'land-detail' },
  'borders-detail': { source: 'detail', 'source-layer': 'borders-detail' },
  'countries-detail': { source: 'detail', 'source-layer': 'countries' }
};

function geojsonSources(url: (file: string) => string): StyleSpecification['sources'] {
  return {
    land: { type: 'geojson', data: url('land.json'), tolerance: 0.5 },
    borders: { type: 'geojson', data: url('borders.json'), tolerance: 0.5 },
    // One file for the detail land, its coast and the window they are clipped to.
    'land-detail': { type: 'geojson', data: url('land-detail.json'), tolerance: 0.5 },
    'borders-detail': { type: 'geojson', data: url('borders-detail.json'), tolerance: 0.5 },
    // The countries a step is about (see ./tint.ts), tinted between land and coast.
    countries: { type: 'geojson', data: url('countries.json'), tolerance: 0.5 }
  };
}

function tiledSources(tiled: Tiled): StyleSpecification['sources'] {
  const source = (id: 'world' | 'detail') => ({ type: 'vector' as const, tiles: [tiled.url(id)], tileSize: 512, ...tiled[id] });
  return { world: source('world'), detail: source('detail') };
}

/** The basemap's style in the story's colours: from vector tiles where `tiled` is given, else from the GeoJSON files at `url`; `countries` tinted. */
export function basemapStyle(colors: ThemeColors, url: (file: string) => string, tiled: Tiled | null = null, countries: readonly string[] = []): StyleSpecification {
  const at = (data: Data): Place => (tiled ? TILED_PLACES : GEOJSON_PLACES)[data];
  return {
    version: 8,
    sources: tiled ? tiledSources(tiled) : geojsonSources(url),
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      { id: 'land', type: 'fill', ...at('land'), paint: { 'fill-color': colors.land, 'fill-antialias': true } },
      tintLayer('tint', at('countries'), colors.tint, countries),
      { id: 'coast', type: 'line', ...at('land'), paint: { 'line-color': colors.coast, 'line-width': coastWidth } },
      { id: 'borders', type: 'line', ...at('borders'), paint: { 'line-color': colors.border, 'line-width': borderWidth } },
      // Detail window: blank out 1:50m inside it. Not antialiased, so that its edge
      // and the detail land's edge along the window cover exactly the same pixels.
      {
        id: 'detail-window',
        type: 'fill',
        ...at('land-detail'),
        minzoom: DETAIL_MINZOOM,
        filter: kind('window'),
        paint: { 'fill-color': colors.sea, 'fill-antialias': false }
      },
      {
        id: 'land-detail',
        type: 'fill',
        ...at('land-detail'),
        minzoom: DETAIL_MINZOOM,
        filter: kind('land'),
        paint: { 'fill-color': colors.land, 'fill-antialias': true }
      },
      { ...tintLayer('tint-detail', at('countries-detail'), colors.tint, countries), minzoom: DETAIL_MINZOOM },
      {
        id: 'coast-detail',
        type: 'line',
        ...at('land-detail'),
        minzoom: DETAIL_MINZOOM,
        filter: kind('coast'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colors.coast, 'line-width': coastWidth }
      },
      {
        id: 'borders-detail',
        type: 'line',
        ...at('borders-detail'),
        minzoom: DETAIL_MINZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colors.border, 'line-width': borderWidth }
      }
    ]
  };
}
