/**
 * The bench's second floor: the same story built the straightforward way,
 * with MapLibre imported into the entry bundle and the map created on the
 * 1:50m basemap as soon as the page starts. `NAIVE_MAP=1 OUT_DIR=… tsx
 * scripts/build.ts` builds it; the story's own build never uses this plugin.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '../..');
/** Each module the page uses to load the map sooner, and its naive stand-in. */
const SWAPS: Record<string, string> = {
  [resolve(root, 'src/lib/map/load-map.ts')]: resolve(root, 'scripts/lib/naive/load-map.ts'),
  [resolve(root, 'src/lib/map/basemap-mode.ts')]: resolve(root, 'scripts/lib/naive/basemap-mode.ts')
};

export function naiveMap(): Plugin {
  const swapped = new Set<string>();
  return {
    name: 'naive-map',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && SWAPS[resolved.id];
      if (!swap) return null;
      swapped.add(resolved.id);
      return swap;
    },
    buildEnd(err) {
      // A renamed module would silently make the "naive" build the real one.
      for (const id of Object.keys(SWAPS)) if (!err && !swapped.has(id)) this.error(`the naive build swapped nothing for ${id}; update scripts/lib/naive-map.ts`);
    }
  };
}
