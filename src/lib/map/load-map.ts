/**
 * How the page gets its map. The map's code is a chunk of its own, so that
 * the entry stays small and a browser without WebGL2 never fetches it.
 * `startMapEarly`, called as hydration begins, fetches it then and starts
 * MapLibre's worker as soon as the code is there, rather than once the map is
 * made. (Linking the chunk from the page's head for an early fetch was
 * measured too: on a slow phone line it made the map later, not sooner.)
 * The bench's naive build swaps this module for one that imports MapLibre
 * into the entry and starts nothing early (scripts/lib/naive-map.ts).
 */
type MapModule = typeof import('./map-view');

let code: Promise<MapModule> | null = null;

export function loadMapView(): Promise<MapModule> {
  return (code ??= import('./map-view'));
}

export function startMapEarly(): void {
  // A failure is not reported here: the map's own start meets it again, and falls back to the SVG map.
  loadMapView().then(
    (m) => m.prewarm(),
    () => undefined
  );
}
