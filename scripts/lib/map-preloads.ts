/**
 * Hints that start the map's code downloading while the page hydrates. Without
 * them the map's chunk is asked for only once hydration has run (on a slow
 * phone most of a second of idle line) and MapLibre's worker only once that
 * chunk has arrived and run. Both are low priority, after the text and the
 * entry script, so they take the line only when those no longer need it.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The part of Vite's build manifest read here (https://vite.dev/guide/backend-integration). */
export interface ManifestChunk {
  file: string;
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The module that makes the MapLibre map, as Vite's manifest names it. */
export const MAP_MODULE = 'src/lib/map/map-view.ts';

/** The files of a chunk and of every chunk it imports statically, each once, the chunk first. */
export function chunkFiles(manifest: Manifest, key: string, where = 'the build manifest'): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`${where} has no chunk ${k}: did ${MAP_MODULE} move? Update scripts/lib/map-preloads.ts`);
    files.push(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(key);
  return files;
}

/**
 * The map's modules (minus what the entry already preloads) and its worker as
 * low-priority prefetches: into the HTTP cache, where the later import and the
 * worker's own request find them. A modulepreload would also compile the chunk
 * in the middle of hydration, which on a fast line made the map later, not sooner.
 */
export function mapPreloadTags(files: readonly string[], worker: string, already: ReadonlySet<string>): string[] {
  return [
    ...files.filter((f) => !already.has(f)).map((f) => `<link rel="prefetch" crossorigin href="./${f}" fetchpriority="low">`),
    `<link rel="prefetch" href="./${worker}" fetchpriority="low">`
  ];
}

/** Reads dist/'s manifest and worker, then removes the manifest, which the site does not need. */
export async function readMapPreloads(dist: string, shell: string): Promise<string[]> {
  const path = resolve(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  await rm(resolve(dist, '.vite'), { recursive: true, force: true });
  const workers = (await readdir(resolve(dist, 'assets'))).filter((f) => /^maplibre-gl-worker-[\w-]+\.mjs$/.test(f));
  if (workers.length !== 1) throw new Error(`expected one assets/maplibre-gl-worker-*.mjs, found ${workers.length}`);
  const already = new Set([...shell.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!));
  return mapPreloadTags(chunkFiles(manifest, MAP_MODULE, 'dist/.vite/manifest.json'), `assets/${workers[0]}`, already);
}
