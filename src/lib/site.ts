/**
 * The site's own files (the basemap, its tiles) are at its root, beside
 * assets/; a page of another edition sits one folder below (nl/index.html),
 * so a path beside the page would miss them. The bundle's own address says
 * where the root is; the dev server, which serves no assets/ folder, is at it.
 */
export function siteUrl(path: string): string {
  // The dev server serves every edition's pages from one root, nl/ included.
  if (import.meta.env.DEV) return new URL(path, location.origin + '/').href;
  const own = import.meta.url;
  const at = own.lastIndexOf('/assets/');
  return new URL(path, at >= 0 ? own.slice(0, at + 1) : document.baseURI).href;
}
