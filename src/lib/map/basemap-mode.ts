/**
 * Whether the map reads the basemap as vector tiles: on the web, yes; the
 * offline copy cannot fetch them and reads the GeoJSON files inlined in the
 * page. The bench's naive build swaps this module (scripts/lib/naive-map.ts).
 */
import { OFFLINE } from '../modes/offline';

export const TILED = !OFFLINE;
