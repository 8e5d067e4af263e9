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
import land from '../../../static/basemap/land.json?raw';
import borders from '../../../static/basemap/borders.json?raw';
import landDetail from '../../../static/basemap/land-detail.json?raw';
import bordersDetail from '../../../static/basemap/borders-detail.json?raw';
import countries from '../../../static/basemap/countries.json?raw';

/** Set to 'true' by the offline build alone. */
export const OFFLINE = import.meta.env.VITE_OFFLINE === 'true';

const INLINED: Record<string, string> = {
  'land.json': land,
  'borders.json': borders,
  'land-detail.json': landDetail,
  'borders-detail.json': bordersDetail,
  'countries.json': countries
};

/** Made once per file: the strings are large, and MapLibre may ask again after a resize. */
const dataUrls = new Map<string, string>();

/**
 * The URL of a file of the basemap (static/basemap/): at the site's root on a web
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
