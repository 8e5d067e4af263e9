/** The story's basemap and routes as the build reads them from its folder, for what it draws without a browser. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBasemap, type Basemap } from '../../src/lib/fallback/basemap.ts';
import { loadRoutes } from '../../src/lib/content/load.ts';
import type { LonLat } from '../../src/lib/geo/camera.ts';
import { basemapDir, storyDir } from './story-dir.ts';

/** The basemap files the site ships (the story's basemap/), read from disk through the page's own loader. */
export async function readBasemap(root: string): Promise<Basemap> {
  const dir = basemapDir(storyDir(process.env, root));
  const urls = new Map<string, string>();
  for (const file of await readdir(dir)) {
    urls.set(file, `data:application/json;base64,${(await readFile(join(dir, file))).toString('base64')}`);
  }
  // Node's fetch reads no file: URLs but does read data: URLs, so the loader stays the page's own.
  return loadBasemap((file) => urls.get(file) ?? `data:application/json,{"missing":"${file}"}`);
}

/** The story's routes by id (its routes.json). */
export function readRoutes(root: string): Record<string, LonLat[]> {
  return Object.fromEntries(loadRoutes(storyDir(process.env, root)).map((r) => [r.id, r.coordinates]));
}
