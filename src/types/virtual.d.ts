declare module 'virtual:story' {
  import type { Story } from '$lib/content/schema.ts';
  const story: Story;
  export default story;
}
declare module 'virtual:routes' {
  const routes: Array<{ id: string; coordinates: Array<[number, number]> }>;
  export default routes;
}
declare module 'virtual:basemap-tiles' {
  /** Per tileset (scripts/lib/basemap-tiles.ts): its zooms, bounds and the tiles that exist (see src/lib/map/tile-index.ts). */
  const index: Record<
    'world' | 'detail',
    { minzoom: number; maxzoom: number; bounds: [number, number, number, number]; tiles: Record<number, string> }
  >;
  export default index;
}
