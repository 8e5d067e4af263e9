/**
 * A private copy of dist/ for the bench to serve. dist/ is shared: a test run
 * or a second build may rebuild it mid-bench (vite empties it first), and
 * then half the runs would load a different build or 404. The copy is taken
 * only when dist/ held still during the copy and the page is complete.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SiteAssets {
  mapChunk: string[];
  worker: string[];
  /** The scripts every reader loads first: the page's module script and the chunks it links for preloading (its static imports). */
  entry: string[];
}

/** `assets/…` files of the page's `<script type="module" src>` and `<link rel="modulepreload">`. */
export function entryScripts(html: string): string[] {
  const tags = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((t) => /(?:src|href)="\.\/(assets\/[^"]+\.js)"/.exec(t)?.[1]).filter((f): f is string => f !== undefined);
}

/** Path, size and mtime of every file: changes if anything is rewritten meanwhile. */
async function treeSignature(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const parts = await Promise.all(
    files.map(async (f) => {
      const s = await stat(f);
      return `${relative(dir, f)}:${s.size}:${s.mtimeMs}`;
    })
  );
  return parts.sort().join('\n');
}

/** The prerendered page is there and every file it links to exists. */
async function isComplete(dir: string): Promise<boolean> {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const html = await readFile(index, 'utf8');
  // Between vite's build and the prerender step, index.html still has the placeholder.
  if (html.includes('<!--app-body-->') || !html.includes('<div id="app">')) return false;
  const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return refs.every((ref) => existsSync(join(dir, ref)));
}

async function copyOnce(dist: string): Promise<string | null> {
  const target = await mkdtemp(join(tmpdir(), 'bench-site-'));
  try {
    const before = await treeSignature(dist);
    await cp(dist, target, { recursive: true });
    if (before === (await treeSignature(dist)) && (await isComplete(target))) return target;
  } catch {
    // A file vanished mid-copy: dist/ is being rebuilt. Try again.
  }
  await rm(target, { recursive: true, force: true });
  return null;
}

export async function snapshotSite(dist: string, attempts = 10): Promise<string> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run without --no-build`);
  for (let i = 0; i < attempts; i++) {
    const copy = await copyOnce(dist);
    if (copy) return copy;
    await sleep(1000);
  }
  throw new Error(`${dist} kept changing while being copied (another build running?); try again`);
}

/** The map chunk and worker by name, so a renamed chunk shows up as a warning rather than silently wrong numbers. */
export async function siteAssets(dir: string): Promise<SiteAssets> {
  const files = await readdir(join(dir, 'assets'));
  return {
    mapChunk: files.filter((f) => /^map-view-.*\.js$/.test(f)),
    worker: files.filter((f) => /^maplibre-gl-worker-.*\.mjs$/.test(f)),
    entry: entryScripts(await readFile(join(dir, 'index.html'), 'utf8'))
  };
}
