/**
 * A quiet newsroom basemap from Natural Earth files shipped with the site.
 *
 * Natural Earth 1:50m everywhere (`land`, `coast`, `borders`), and from zoom
 * DETAIL_MINZOOM a 1:10m layer for the Low Countries, where the story looks
 * closest (built by scripts/build-basemap.ts, clipped to a window around
 * Belgium and the Netherlands). Inside the window the detail layer replaces
 * the 1:50m one rather than adding to it: a sea-coloured fill of the window
 * (`detail-window`) covers the 1:50m land, coast and borders there, then the
 * 1:10m land, coast and borders are drawn on it. So no coarse 1:50m land shows
 * through the finer estuaries and no coast or border is drawn twice. The
 * detail coast leaves out the window's edges, so where the window cuts
 * through land or sea the two layers meet without a frame; the only trace is
 * a sub-pixel step where a coast crosses the edge.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { palette } from '../palette';
import { TINT_SOURCE, tintLayer } from './tint';

/** The zoom from which the 1:10m detail layer replaces 1:50m inside its window. */
export const DETAIL_MINZOOM = 5;

const coastWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.4, 8, 1.2];
const borderWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.3, 8, 1.4];
const kind = (value: 'land' | 'coast' | 'window'): ExpressionSpecification => ['==', ['get', 'kind'], value];

export function basemapStyle(url: (file: string) => string): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: url('land.json'), tolerance: 0.5 },
      borders: { type: 'geojson', data: url('borders.json'), tolerance: 0.5 },
      // One file for the detail land, its coast and the window they are clipped to.
      'land-detail': { type: 'geojson', data: url('land-detail.json'), tolerance: 0.5 },
      'borders-detail': { type: 'geojson', data: url('borders-detail.json'), tolerance: 0.5 },
      // The countries a step is about (see ./tint.ts), tinted between land and coast.
      [TINT_SOURCE]: { type: 'geojson', data: url('countries.json'), tolerance: 0.5 }
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land, 'fill-antialias': true } },
      tintLayer('tint'),
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': palette.coast, 'line-width': coastWidth } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': palette.border, 'line-width': borderWidth } },
      // Detail window: blank out 1:50m inside it. Not antialiased, so that its edge
      // and the detail land's edge along the window cover exactly the same pixels.
      {
        id: 'detail-window',
        type: 'fill',
        source: 'land-detail',
        minzoom: DETAIL_MINZOOM,
        filter: kind('window'),
        paint: { 'fill-color': palette.sea, 'fill-antialias': false }
      },
      {
        id: 'land-detail',
        type: 'fill',
        source: 'land-detail',
        minzoom: DETAIL_MINZOOM,
        filter: kind('land'),
        paint: { 'fill-color': palette.land, 'fill-antialias': true }
      },
      { ...tintLayer('tint-detail'), minzoom: DETAIL_MINZOOM },
      {
        id: 'coast-detail',
        type: 'line',
        source: 'land-detail',
        minzoom: DETAIL_MINZOOM,
        filter: kind('coast'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.coast, 'line-width': coastWidth }
      },
      {
        id: 'borders-detail',
        type: 'line',
        source: 'borders-detail',
        minzoom: DETAIL_MINZOOM,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': palette.border, 'line-width': borderWidth }
      }
    ]
  };
}
