/** The `<meta name>` that lists the map's code; the build writes it (scripts/lib/map-preloads.ts). */
export const MAP_CODE_META = 'map-code';

/**
 * Starts the map's code downloading while the page hydrates, at low priority,
 * into the HTTP cache where the map's later import and its worker find it.
 * main.ts calls it only where the text painted before the entry ran (a slow
 * line or phone): on a fast load it would compete with hydration for the CPU.
 * The build names the files in `<meta name="map-code">` (scripts/lib/map-preloads.ts),
 * relative to the bundle's folder. Only where WebGL works: a reader who gets the
 * SVG map never downloads MapLibre. A prefetch, not a modulepreload: that would
 * also compile the chunk in the middle of hydration.
 */
export function prefetchMapCode(doc: Document, assetsUrl: string, canDraw: () => boolean): string[] {
  const names = doc.querySelector(`meta[name="${MAP_CODE_META}"]`)?.getAttribute('content')?.split(/\s+/).filter(Boolean) ?? [];
  if (names.length === 0 || !canDraw()) return [];
  const files = names.map((name) => ({ href: new URL(name, assetsUrl).href, module: name.endsWith('.js') }));
  const prefetch = ({ href, module }: (typeof files)[number]): HTMLLinkElement => {
    const link = doc.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    link.setAttribute('fetchpriority', 'low');
    // Same as the import's own request, so the cached copy matches it.
    if (module) link.crossOrigin = '';
    doc.head.append(link);
    return link;
  };
  // The modules first, the worker once they are here: MapLibre asks for its worker only when the
  // chunk has arrived and run, and on a slow line the two shared it, so the chunk came last.
  const arriving = files.filter((f) => f.module).map(prefetch).map((link) => new Promise((done) => ['load', 'error'].forEach((type) => link.addEventListener(type, done, { once: true }))));
  void Promise.all(arriving).then(() => files.filter((f) => !f.module).forEach(prefetch));
  return files.map((f) => f.href);
}
