/**
 * How the page gets the map's code: a chunk of its own, so that the entry
 * stays small and a browser without WebGL2 never fetches it. (Linking the
 * chunk from the page's head for an early fetch was measured: on a slow phone
 * line it made the map later, not sooner.) The bench's naive build swaps this
 * module for one that imports MapLibre into the entry (scripts/lib/naive-map.ts).
 */
export function loadMapView(): Promise<typeof import('./map-view')> {
  return import('./map-view');
}
