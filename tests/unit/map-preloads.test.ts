import { describe, expect, it } from 'vitest';
import { chunkFiles, mapPreloadTags, MAP_MODULE, type Manifest } from '../../scripts/lib/map-preloads.ts';
import { fillShell, scriptsLast } from '../../scripts/lib/prerender.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-a.js', imports: ['_palette.js'] },
  '_palette.js': { file: 'assets/palette-b.js' },
  '_style.js': { file: 'assets/style-c.js', imports: ['_palette.js'] },
  [MAP_MODULE]: { file: 'assets/map-view-d.js', imports: ['_style.js', '_palette.js'] }
};

describe('the map chunk\'s files', () => {
  it('are the chunk and what it imports, each once', () => {
    expect(chunkFiles(manifest, MAP_MODULE)).toEqual(['assets/map-view-d.js', 'assets/style-c.js', 'assets/palette-b.js']);
  });
  it('stop the build when the map module is no longer in the manifest', () => {
    expect(() => chunkFiles({}, MAP_MODULE, 'dist/.vite/manifest.json')).toThrow(/dist\/\.vite\/manifest\.json has no chunk src\/lib\/map\/map-view\.ts/);
  });
  it('become low-priority prefetches, leaving out what the entry already preloads, and the worker a prefetch', () => {
    const tags = mapPreloadTags(chunkFiles(manifest, MAP_MODULE), 'assets/maplibre-gl-worker-e.mjs', new Set(['assets/palette-b.js']));
    expect(tags).toEqual([
      '<link rel="prefetch" crossorigin href="./assets/map-view-d.js" fetchpriority="low">',
      '<link rel="prefetch" crossorigin href="./assets/style-c.js" fetchpriority="low">',
      '<link rel="prefetch" href="./assets/maplibre-gl-worker-e.mjs" fetchpriority="low">'
    ]);
  });
});

describe('scriptsLast', () => {
  const shell = [
    '<html lang="en"><head><!--app-head-->',
    '<script type="module" crossorigin src="./assets/index-a.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/palette-b.js">',
    '<link rel="icon" href="./favicon.svg">',
    '</head><body><div id="app"><!--app-body--></div>',
    '<link rel="prefetch" href="./assets/w.mjs" fetchpriority="low">',
    '</body></html>'
  ].join('\n');
  const page = { lang: 'en', head: '<title>T</title>', body: '<p>Text</p>', data: '<script type="application/json" id="story-data">{}</script>' };
  const html = scriptsLast(fillShell(shell, page, "default-src 'self'", 'dist/index.html'));

  it('puts the entry script and every preload after the text and the data, in their order', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('index-a.js')).toBeGreaterThan(at('story-data'));
    expect(at('story-data')).toBeGreaterThan(at('<p>Text</p>'));
    expect(at('palette-b.js')).toBeGreaterThan(at('index-a.js'));
    expect(at('w.mjs')).toBeGreaterThan(at('palette-b.js'));
    expect(at('w.mjs')).toBeLessThan(at('</body>'));
  });
  it('leaves the rest of the head alone, and moves each tag once', () => {
    expect(html.slice(0, html.indexOf('</head>'))).toContain('favicon.svg');
    expect(html.match(/index-a\.js/g)).toHaveLength(1);
    expect(html.match(/<link rel="(modulepreload|prefetch)"/g)).toHaveLength(2);
  });
  it('leaves an inline module script (the offline copy) where it is', () => {
    const inline = '<head><script type="module">go()</script></head><body></body>';
    expect(scriptsLast(inline)).toBe(inline);
  });
});
