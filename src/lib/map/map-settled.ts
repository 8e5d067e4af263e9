/**
 * Settles once the page's map has first drawn, or has given way to the SVG
 * map or to none: the work the page leaves until then (../layout/live.ts)
 * would otherwise compete with the map's start.
 */
let settle: () => void = () => {};
export const mapSettled = new Promise<void>((resolve) => (settle = resolve));

export function markMapSettled(): void {
  settle();
}
