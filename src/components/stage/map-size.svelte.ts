/**
 * The map's size on screen, as the map stage measures it, for what must be
 * drawn at the map's own scale outside the map: the legend's reference
 * circles. One map per page, so one value; null until the stage is laid out.
 */
let current: { width: number; height: number } | null = $state(null);

export const mapSize = {
  get current(): { width: number; height: number } | null {
    return current;
  },
  set(width: number, height: number): void {
    if (width > 0 && height > 0 && (current?.width !== width || current?.height !== height)) current = { width, height };
  }
};
