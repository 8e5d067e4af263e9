/** The naive build's replacement for src/lib/map/basemap-mode.ts: the whole 1:50m GeoJSON, tiled by MapLibre in the reader's browser. */
export const TILED = false;
