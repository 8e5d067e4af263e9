/**
 * How the page gets the map's code: a chunk of its own, so that the entry
 * stays small and a browser without WebGL2 never fetches it. The entry asks
 * for it as soon as it runs (main.ts), so that it downloads and compiles while
 * the page hydrates, and once it has run, MapLibre's worker starts too; the
 * map stage's later call gets the same module. The bench's naive build swaps
 * this module for one that imports MapLibre into the entry and starts nothing
 * early (scripts/lib/naive-map.ts).
 */
let loading: Promise<typeof import('./map-view')> | null = null;

export function loadMapView(): Promise<typeof import('./map-view')> {
  loading ??= import('./map-view')
    .then((mapView) => {
      mapView.startWorker();
      return mapView;
    })
    .catch((err: unknown) => {
      // Not kept: a later call (the map stage's) tries again, and falls back to the SVG map if that fails too.
      loading = null;
      throw err;
    });
  return loading;
}
