/**
 * MapLibre's worker for the offline copy, which the offline build substitutes
 * for `maplibre-gl/dist/maplibre-gl-worker.mjs?url` (see
 * scripts/build-offline.ts), so map-view.ts's `setWorkerUrl(workerUrl)` gets
 * this URL unchanged.
 *
 * A `file://` page can load no worker file, so the worker's source is part of
 * the page and becomes a `blob:` URL. MapLibre 6.17 sees the page's `null`
 * origin, reads the blob and starts the worker from a `data:` URL made of it.
 * It reads the blob when the first map starts, and again if its workers
 * restart, so the URL is never revoked.
 */
import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import { allowWorker } from '../map/worker-policy';

const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
// Under Trusted Types the worker starts from this URL, or from the data: URL made of the same source.
allowWorker(url, source);
export default url;
