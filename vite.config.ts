import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyPlugin } from './scripts/vite-plugin-story.ts';
import { basemapTiles } from './scripts/vite-plugin-tiles.ts';
import { storyDir } from './scripts/lib/story-dir.ts';

const story = storyDir();

export default defineConfig({
  // Relative URLs everywhere, so dist/ works from any sub-path of any static host.
  base: './',
  publicDir: 'static',
  // The story folder (STORY, data/ by default): `$story/basemap/land.json` is its basemap.
  resolve: { alias: { $story: story } },
  plugins: [
    storyPlugin(story),
    basemapTiles(story),
    svelte({
      // The server's render carries each component's styles, so that the opening map drawn into the
      // page (src/entry-server.ts) brings the styles of the components its drawing is made of.
      dynamicCompileOptions: ({ compileOptions }) => (compileOptions.generate === 'server' ? { css: 'injected' } : undefined)
    })
  ],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // MapLibre is one large chunk by design; it loads after the text.
    chunkSizeWarningLimit: 1200
  }
});
