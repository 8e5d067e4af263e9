// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chunkFiles, mapCodeMeta, MAP_MODULE, type Manifest } from '../../scripts/lib/map-preloads.ts';
import { fillShell, scriptsLast } from '../../scripts/lib/prerender.ts';
import { prefetchMapCode } from '../../src/lib/map/prefetch-map.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-a.js', imports: ['_palette.js'] },
  '_palette.js': { file: 'assets/palette-b.js' },
  '_style.js': { file: 'assets/style-c.js', imports: ['_palette.js'] },
  [MAP_MODULE]: { file: 'assets/map-view-d.js', imports: ['_style.js', '_palette.js'] }
};

describe('the map\'s code, named for the page', () => {
  it('is the chunk and what it imports, each once', () => {
    expect(chunkFiles(manifest, MAP_MODULE)).toEqual(['assets/map-view-d.js', 'assets/style-c.js', 'assets/palette-b.js']);
  });
  it('stops the build when the map module is no longer in the manifest', () => {
    expect(() => chunkFiles({}, MAP_MODULE, 'dist/.vite/manifest.json')).toThrow(/dist\/\.vite\/manifest\.json has no chunk src\/lib\/map\/map-view\.ts/);
  });
  it('leaves out what the entry already preloads, adds the worker, and names files inside assets/', () => {
    const meta = mapCodeMeta(chunkFiles(manifest, MAP_MODULE), 'assets/maplibre-gl-worker-e.mjs', new Set(['assets/palette-b.js']));
    expect(meta).toBe('<meta name="map-code" content="map-view-d.js style-c.js maplibre-gl-worker-e.mjs" />');
  });
  it('refuses a file outside assets/', () => {
    expect(() => mapCodeMeta(['elsewhere/map.js'], 'assets/w.mjs', new Set())).toThrow(/expected in assets\/, got elsewhere\/map\.js/);
  });
});

describe('prefetchMapCode', () => {
  const page = () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.head.innerHTML = '<meta name="map-code" content="map-view-d.js maplibre-gl-worker-e.mjs">';
    return doc;
  };
  const assets = 'https://news.example/graphics/story/assets/index-a.js';

  it('prefetches each file at low priority, from the bundle\'s folder, the module with CORS like its import', () => {
    const doc = page();
    expect(prefetchMapCode(doc, assets, () => true)).toEqual([
      'https://news.example/graphics/story/assets/map-view-d.js',
      'https://news.example/graphics/story/assets/maplibre-gl-worker-e.mjs'
    ]);
    const links = () => [...doc.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('fetchpriority'), l.getAttribute('crossorigin')]);
    expect(links()).toEqual([['prefetch', 'low', '']]);
  });
  it('asks for the worker once the modules are here, not beside them', async () => {
    const doc = page();
    prefetchMapCode(doc, assets, () => true);
    expect([...doc.head.querySelectorAll('link')].map((l) => l.href)).toEqual(['https://news.example/graphics/story/assets/map-view-d.js']);
    doc.head.querySelector('link')!.dispatchEvent(new Event('load'));
    await new Promise((r) => setTimeout(r, 0));
    const links = [...doc.head.querySelectorAll('link')];
    expect(links.map((l) => l.href)).toEqual([
      'https://news.example/graphics/story/assets/map-view-d.js',
      'https://news.example/graphics/story/assets/maplibre-gl-worker-e.mjs'
    ]);
    expect(links.map((l) => [l.rel, l.getAttribute('fetchpriority'), l.getAttribute('crossorigin')])).toEqual([
      ['prefetch', 'low', ''],
      ['prefetch', 'low', null]
    ]);
  });
  it('fetches nothing where the map cannot be drawn, or where the page names nothing', () => {
    const doc = page();
    expect(prefetchMapCode(doc, assets, () => false)).toEqual([]);
    expect(doc.head.querySelectorAll('link')).toHaveLength(0);
    const bare = document.implementation.createHTMLDocument('t');
    let asked = false;
    expect(prefetchMapCode(bare, assets, () => (asked = true))).toEqual([]);
    expect(asked, 'no WebGL probe without a list').toBe(false);
  });
});

describe('scriptsLast', () => {
  const shell = [
    '<html lang="en"><head><!--app-head-->',
    '<script type="module" crossorigin src="./assets/index-a.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/palette-b.js">',
    '<link rel="icon" href="./favicon.svg">',
    '</head><body><div id="app"><!--app-body--></div>',
    '</body></html>'
  ].join('\n');
  const page = { lang: 'en', head: '<title>T</title>', body: '<p>Text</p>', data: '<script type="application/json" id="story-data">{}</script>' };
  const html = scriptsLast(fillShell(shell, page, "default-src 'self'", 'dist/index.html'));

  it('puts the entry script and its preloads after the text and the data, in their order', () => {
    const at = (s: string) => html.indexOf(s);
    expect(at('index-a.js')).toBeGreaterThan(at('story-data'));
    expect(at('story-data')).toBeGreaterThan(at('<p>Text</p>'));
    expect(at('palette-b.js')).toBeGreaterThan(at('index-a.js'));
    expect(at('palette-b.js')).toBeLessThan(at('</body>'));
  });
  it('leaves the rest of the head alone, and moves each tag once', () => {
    expect(html.slice(0, html.indexOf('</head>'))).toContain('favicon.svg');
    expect(html.match(/index-a\.js/g)).toHaveLength(1);
    expect(html.match(/<link rel="modulepreload"/g)).toHaveLength(1);
  });
  it('leaves an inline module script (the offline copy) where it is', () => {
    const inline = '<head><script type="module">go()</script></head><body></body>';
    expect(scriptsLast(inline)).toBe(inline);
  });
});
