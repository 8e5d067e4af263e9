/**
 * How the page gets the map's code: a chunk of its own, fetched once the page
 * is live, so that the entry stays small. The bench's naive build swaps this
 * module for one that imports MapLibre into the entry (scripts/lib/naive-map.ts).
 */
export function loadMapView(): Promise<typeof import('./map-view')> {
  return import('./map-view');
}
