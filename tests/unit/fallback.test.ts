import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { targetCamera, type Viewport } from '../../src/lib/map/target.ts';
import { cameraProjection, cameraView } from '../../src/lib/fallback/projection.ts';
import { basemapPaths, tintPaths, lineWidth, loadBasemap, type Basemap } from '../../src/lib/fallback/basemap.ts';
import { DETAIL_MINZOOM } from '../../src/lib/map/style.ts';

const story = loadStory('data');
const viewports: Record<string, Viewport> = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
// A fitted world view, a fitted regional view, a fixed close view and a view across the Mediterranean.
const stepIds = ['method', 'front-door', 'street-price', 'piwi-in-dubai'];

/** Web Mercator in pixels from the world's top-left corner, written out independently of d3. */
function webMercator([lon, lat]: [number, number], zoom: number): [number, number] {
  const W = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * W, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * W];
}

describe('the SVG map camera', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const id of stepIds) {
      it(`matches MapLibre's camera for ${id} on a ${name}`, () => {
        const step = story.steps.find((s) => s.id === id)!;
        const scene = sceneAt(story, step.index, 0);
        const camera = targetCamera(scene, viewport);
        const projection = cameraProjection(camera, viewport);
        const { top, right, bottom, left } = camera.padding;
        const middle: [number, number] = [left + (viewport.width - left - right) / 2, top + (viewport.height - top - bottom) / 2];

        const [cx, cy] = projection(camera.center)!;
        expect(cx).toBeCloseTo(middle[0], 6);
        expect(cy).toBeCloseTo(middle[1], 6);

        const other = scene.places.find((p) => Math.hypot(p.lon - camera.center[0], p.lat - camera.center[1]) > 0.1)!;
        expect(other, 'a place away from the centre').toBeDefined();
        const c = webMercator(camera.center, camera.zoom);
        const o = webMercator([other.lon, other.lat], camera.zoom);
        const [x, y] = projection([other.lon, other.lat])!;
        expect(x).toBeCloseTo(middle[0] + (o[0] - c[0]), 6);
        expect(y).toBeCloseTo(middle[1] + (o[1] - c[1]), 6);
      });
    }
  }

  it('is the same object for the same camera, so path strings are computed once per camera', () => {
    const vp = viewports.desktop!;
    const step = story.steps.find((s) => s.draw === 'grow')!;
    const early = cameraView(targetCamera(sceneAt(story, step.index, 0.1), vp), vp);
    expect(cameraView(targetCamera(sceneAt(story, step.index, 0.9), vp), vp)).toBe(early);
    expect(cameraView(targetCamera(sceneAt(story, step.index + 1, 0), vp), vp)).not.toBe(early);
    expect(cameraView(targetCamera(sceneAt(story, step.index, 0.1), viewports.phone!), viewports.phone!)).not.toBe(early);
  });
});

describe('the SVG map basemap', () => {
  let basemap: Basemap;
  beforeAll(async () => {
    vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(url)));
    basemap = await loadBasemap((file) => fileURLToPath(new URL(`../../data/basemap/${file}`, import.meta.url)));
  });
  afterAll(() => vi.unstubAllGlobals());

  it('draws only what the viewport shows, and 1:10m detail from the zoom where MapLibre does', () => {
    for (const [name, vp] of Object.entries(viewports)) {
      for (const step of story.steps) {
        const camera = targetCamera(sceneAt(story, step.index, 0), vp);
        const paths = basemapPaths(cameraView(camera, vp), basemap);
        expect(paths.land.length, `${step.id} ${name}`).toBeGreaterThan(0);
        expect(paths.borders.length, `${step.id} ${name}`).toBeGreaterThan(0);
        expect(paths.detail !== null, `${step.id} ${name}`).toBe(camera.zoom >= DETAIL_MINZOOM);
        const numbers = [paths.land, paths.coast, paths.borders].join(' ').match(/-?\d+(\.\d+)?/g)!.map(Number);
        expect(Math.min(...numbers), `${step.id} ${name}`).toBeGreaterThanOrEqual(-8);
        expect(Math.max(...numbers), `${step.id} ${name}`).toBeLessThanOrEqual(Math.max(vp.width, vp.height) + 8);
      }
    }
  });

  it('tints the countries the scene names, each path computed once per camera', () => {
    const vp = viewports.desktop!;
    const scene = sceneAt(story, story.steps.findIndex((s) => s.id === 'antwerp-share'), 0);
    const view = cameraView(targetCamera(scene, vp), vp);
    const tints = tintPaths(view, basemap, scene.countries);
    expect(tints.map((t) => t.country)).toEqual(['Belgium']);
    // Zoom 6.5: the 1:10m shape too, as the detail window replaces 1:50m there.
    expect(tints[0]!.world.length).toBeGreaterThan(0);
    expect(tints[0]!.detail?.length).toBeGreaterThan(0);
    expect(tintPaths(view, basemap, ['Belgium'])[0]).toBe(tints[0]);
    expect(tintPaths(view, basemap, ['Atlantis'])).toEqual([]);
  });

  it('gives the same path strings back for the same camera', () => {
    const vp = viewports.phone!;
    const view = cameraView(targetCamera(sceneAt(story, 0, 0), vp), vp);
    expect(basemapPaths(view, basemap)).toBe(basemapPaths(view, basemap));
  });

  it('keeps line widths of the MapLibre style', () => {
    expect(lineWidth(0, [[1, 0.4], [8, 1.2]])).toBe(0.4);
    expect(lineWidth(4.5, [[1, 0.4], [8, 1.2]])).toBe(0.8);
    expect(lineWidth(9, [[1, 0.4], [8, 1.2]])).toBe(1.2);
    const vp = viewports.desktop!;
    const close = basemapPaths(cameraView(targetCamera(sceneAt(story, story.steps.findIndex((s) => s.id === 'judge-letter'), 0), vp), vp), basemap);
    expect(close.coastWidth).toBe(1.09); // zoom 7 on the style's stops 1 → 0.4, 8 → 1.2
    expect(close.borderWidth).toBe(1.24);
  });
});
