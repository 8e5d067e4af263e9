import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { storyPlugin } from './scripts/vite-plugin-story.ts';
import { basemapTiles } from './scripts/vite-plugin-tiles.ts';
import { storyDir } from './scripts/lib/story-dir.ts';

const story = storyDir();

export default defineConfig({
  resolve: { alias: { $story: story } },
  plugins: [storyPlugin(story), basemapTiles(story), svelte(), svelteTesting()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' }
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts']
        }
      }
    ]
  }
});
