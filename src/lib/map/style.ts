/** A quiet newsroom basemap from Natural Earth files shipped with the site. */
import type { StyleSpecification } from 'maplibre-gl';
import { palette } from '../palette';

export function basemapStyle(url: (file: string) => string): StyleSpecification {
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: url('land.json'), tolerance: 0.5 },
      borders: { type: 'geojson', data: url('borders.json'), tolerance: 0.5 }
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': palette.land, 'fill-antialias': true } },
      {
        id: 'coast',
        type: 'line',
        source: 'land',
        paint: { 'line-color': palette.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 8, 1.2] }
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': palette.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.3, 8, 1.4] }
      }
    ]
  };
}
