/**
 * The naive build's replacement for src/lib/map/load-map.ts: MapLibre in the
 * entry bundle, as a straightforward build would have it.
 */
import * as mapView from '../../../src/lib/map/map-view';

export function loadMapView(): Promise<typeof mapView> {
  return Promise.resolve(mapView);
}
