/**
 * How the page gets the map's code: a chunk of its own, so that the entry
 * stays small and a browser without WebGL2 never fetches it. On a slow line
 * the page has prefetched it while hydrating (prefetch-map.ts), and this
 * import finds it in the cache; on a fast load it is fetched now. (A
 * modulepreload in the page's head was measured: it compiled the chunk in the
 * middle of hydration and made the map later.) The bench's naive build swaps
 * this module for one that imports MapLibre into the entry
 * (scripts/lib/naive-map.ts).
 */
export function loadMapView(): Promise<typeof import('./map-view')> {
  return import('./map-view');
}
