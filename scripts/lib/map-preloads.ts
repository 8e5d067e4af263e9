/**
 * Names the map's code for the page to prefetch (src/lib/map/prefetch-map.ts).
 * Without that, the map's chunk is asked for only once hydration has run (on a
 * slow phone most of a second of idle line) and MapLibre's worker only once
 * that chunk has arrived and run. The page prefetches them only where WebGL
 * works: a reader who gets the SVG map never downloads MapLibre.
 */
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAP_CODE_META } from '../../src/lib/map/prefetch-map.ts';

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
 * `<meta name="map-code">` listing the map's modules (minus what the entry
 * already preloads) and the worker, by their names inside assets/, so that
 * the list reads the same from a page in any folder.
 */
export function mapCodeMeta(files: readonly string[], worker: string, already: ReadonlySet<string>): string {
  const names = [...files.filter((f) => !already.has(f)), worker].map((f) => {
    if (!/^assets\/[\w.-]+$/.test(f)) throw new Error(`the map's code is expected in assets/, got ${f}`);
    return f.slice('assets/'.length);
  });
  return `<meta name="${MAP_CODE_META}" content="${names.join(' ')}" />`;
}

/** Reads dist/'s build manifest and worker. */
export async function readMapCode(dist: string, shell: string): Promise<string> {
  const path = resolve(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  const workers = (await readdir(resolve(dist, 'assets'))).filter((f) => /^maplibre-gl-worker-[\w-]+\.mjs$/.test(f));
  if (workers.length !== 1) throw new Error(`expected one assets/maplibre-gl-worker-*.mjs, found ${workers.length}`);
  const already = new Set([...shell.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!));
  return mapCodeMeta(chunkFiles(manifest, MAP_MODULE, 'dist/.vite/manifest.json'), `assets/${workers[0]}`, already);
}
