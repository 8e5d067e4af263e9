import { expect, test, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { expectedCamera } from './expect-scene.ts';
import { mercatorY } from '../../src/lib/geo/mercator.ts';

const story = loadStory(STORY_DIR);
const map = '.map-stage';

/** Where Web Mercator puts a point for a camera: an independent check of MapLibre plus the overlay. */
function expectedPixel(lon: number, lat: number, center: [number, number], zoom: number, pad: { top: number; right: number; bottom: number; left: number }, width: number, height: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => ((1 - mercatorY(l) / Math.PI) / 2) * world;
  const cx = pad.left + (width - pad.left - pad.right) / 2;
  const cy = pad.top + (height - pad.top - pad.bottom) / 2;
  return [cx + x(lon) - x(center[0]), cy + y(lat) - y(center[1])];
}

async function markerAt(page: Page, id: string): Promise<[number, number]> {
  const box = (await page.locator(`[data-place="${id}"]`).boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

test('markers stay on their places, before and after a resize', async ({ page }) => {
  const step = story.steps.find((s) => s.id === 'piwi-in-dubai') ?? story.steps[0]!;
  await page.goto(`./`);
  await expect(page.locator(map)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });

  for (const size of [page.viewportSize()!, { width: 900, height: 700 }, { width: 420, height: 900 }]) {
    await page.setViewportSize(size);
    await page.locator(`[data-step="${step.id}"]`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.55));
    await expect(page.locator(map)).toHaveAttribute('data-scene', step.id);
    const scene = sceneAt(story, step.index, 0);
    // The stage measures its free region again after a resize; the camera follows it.
    await expect
      .poll(async () => String((await expectedCamera(page, scene)).camera.zoom) === (await page.locator(map).getAttribute('data-zoom')))
      .toBe(true);
    const { camera: cam, size: stage } = await expectedCamera(page, scene);
    for (const place of scene.places) {
      const want = expectedPixel(place.lon, place.lat, scene.camera.center, cam.zoom, cam.padding, stage.width, stage.height);
      await expect.poll(() => markerAt(page, place.id).then(([x, y]) => Math.hypot(x - want[0], y - want[1]))).toBeLessThan(2);
    }
  }
});
