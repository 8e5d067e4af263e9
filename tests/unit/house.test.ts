/**
 * The house's rules, read from the code's own imports: `app → components →
 * lib`, plain TypeScript in lib, the content layer importing nothing
 * downstream of it, and no cycle anywhere. A file that breaks one is named.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve('src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

const SPEC = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** The project files a file imports (resolved), leaving out packages and virtual modules. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(SPEC)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter((s) => s.startsWith('.'));
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec.split('?')[0]!);
    const found = ['', '.ts', '.svelte', '.svelte.ts', '/index.ts'].map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
    return found ? [found] : [];
  });
}

const files = walk(ROOT);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const name = (f: string) => relative(resolve('.'), f);

/** Stylesheets, data and files outside src/ are assets: any layer may import them. */
type Layer = 'app' | 'components' | 'lib' | 'asset';
function layerOf(file: string): Layer {
  const r = relative(ROOT, file);
  if (r.startsWith('..') || !/\.(ts|svelte)$/.test(r)) return 'asset';
  if (r.startsWith('lib/')) return 'lib';
  if (r.startsWith('components/')) return 'components';
  return 'app';
}
const RANK: Record<Layer, number> = { app: 2, components: 1, lib: 0, asset: -1 };

describe('the house', () => {
  it('reads the imports it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('imports run one way: app → components → lib', () => {
    const upward = files.flatMap((f) => graph.get(f)!.filter((g) => RANK[layerOf(g)] > RANK[layerOf(f)]).map((g) => `${name(f)} → ${name(g)}`));
    expect(upward).toEqual([]);
  });

  it('lib holds plain TypeScript: no Svelte component or rune module', () => {
    expect(files.filter((f) => layerOf(f) === 'lib' && /\.svelte(\.ts)?$/.test(f)).map(name)).toEqual([]);
  });

  it('the content layer imports nothing downstream of it (only itself and the geometry it validates cameras with)', () => {
    const content = files.filter((f) => relative(ROOT, f).startsWith('lib/content/'));
    expect(content.length).toBeGreaterThan(5);
    const allowed = (g: string) => layerOf(g) === 'asset' || /^lib\/(content|geo)\//.test(relative(ROOT, g));
    expect(content.flatMap((f) => graph.get(f)!.filter((g) => !allowed(g)).map((g) => `${name(f)} → ${name(g)}`))).toEqual([]);
  });

  it('lib imports no Svelte, and only its MapLibre seam (lib/map) and the offline worker import MapLibre', () => {
    const packages = (f: string) => [...readFileSync(f, 'utf8').matchAll(SPEC)].map((m) => (m[1] ?? m[2] ?? m[3])!).filter((s) => !s.startsWith('.'));
    const lib = files.filter((f) => layerOf(f) === 'lib');
    expect(lib.flatMap((f) => packages(f).filter((p) => p === 'svelte' || p.startsWith('svelte/')).map((p) => `${name(f)} → ${p}`))).toEqual([]);
    const seam = (f: string) => /^lib\/map\//.test(relative(ROOT, f)) || relative(ROOT, f) === 'lib/modes/offline-worker.ts';
    expect(files.flatMap((f) => (seam(f) ? [] : packages(f).filter((p) => p.startsWith('maplibre-gl')).map((p) => `${name(f)} → ${p}`)))).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      path.push(f);
      for (const g of graph.get(f) ?? []) {
        if (state.get(g) === 'open') cycles.push([...path.slice(path.indexOf(g)), g].map(name).join(' → '));
        else if (!state.has(g)) visit(g);
      }
      path.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
