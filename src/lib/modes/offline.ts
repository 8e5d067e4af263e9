/**
 * The one-file offline copy (`npm run build:offline`, see scripts/build-offline.ts).
 *
 * A page opened from `file://` can fetch nothing, not even a file beside it,
 * so in that build the basemap is part of the page: its files are imported as
 * text and handed to the map as `data:` URLs, which MapLibre (in its worker)
 * and the SVG map (`fetch`) read like any other URL without a request leaving
 * the page. In every other build `OFFLINE` is the constant `false`, the
 * imports are dropped as unused, and the basemap is fetched from the site.
 *
 * The worker needs no call here: the offline build points MapLibre's worker
 * URL at ./offline-worker.ts (see scripts/build-offline.ts).
 */
import { siteUrl } from '../site';

/** Set to 'true' by the offline build alone. */
export const OFFLINE = import.meta.env.VITE_OFFLINE === 'true';

/** Every file of the story's basemap ($story/basemap/, scripts/build-basemap.ts), by name; emptied by the bundler where not OFFLINE. */
const INLINED: Record<string, string> = OFFLINE
  ? Object.fromEntries(
      Object.entries(import.meta.glob<string>('$story/basemap/*.json', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [
        path.slice(path.lastIndexOf('/') + 1),
        text
      ])
    )
  : {};

/** Made once per file: the strings are large, and MapLibre may ask again after a resize. */
const dataUrls = new Map<string, string>();

/**
 * The URL of a file of the story's basemap ($story/basemap/): at the site's root on a web
 * host, and the file's own text as a `data:` URL in the offline copy.
 */
export function basemapUrl(file: string): string {
  if (!OFFLINE) return siteUrl(`basemap/${file}`);
  const text = INLINED[file];
  if (text === undefined) throw new Error(`The offline copy has no basemap/${file}`);
  let url = dataUrls.get(file);
  if (!url) dataUrls.set(file, (url = `data:application/json;charset=utf-8,${encodeURIComponent(text)}`));
  return url;
}
