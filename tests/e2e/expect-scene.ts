/**
 * What the page must show for the step in view, computed in Node from the same
 * story and the same sceneAt, and compared with what the browser shows.
 */
import { expect, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { targetCamera, type TargetCamera, type Viewport } from '../../src/lib/map/target.ts';
import type { Scene } from '../../src/lib/scene/scene.ts';

export const story = loadStory(STORY_DIR);
export const MAP = '.map-stage';
/** Kept in step with the scroller's trigger line in App.svelte (offset 0.6). */
const TRIGGER = 0.6;

/**
 * The camera the map must have for a scene: framed into the free region the
 * stage measured and stamped (`data-free`; the in-sight spec checks that the
 * region really is free), in the stage's own size.
 */
export async function expectedCamera(page: Page, scene: Scene): Promise<{ camera: TargetCamera; size: Viewport }> {
  const map = page.locator(MAP);
  await expect(map).toHaveAttribute('data-free', /^-?\d+,-?\d+,-?\d+,-?\d+$/);
  const { free, size } = await map.evaluate((el) => ({ free: el.getAttribute('data-free')!, size: { width: el.clientWidth, height: el.clientHeight } }));
  const [left, top, right, bottom] = free.split(',').map(Number) as [number, number, number, number];
  return { camera: targetCamera(scene, size, { left, top, right, bottom }), size };
}

/** The map is centred where `want` says, as it stamps its centre (`data-center`), to 3 decimals. */
export async function expectCentre(page: Page, want: readonly [number, number], message?: string): Promise<void> {
  const [lon, lat] = ((await page.locator(MAP).getAttribute('data-center')) ?? '').split(',').map(Number);
  expect(lon, message).toBeCloseTo(want[0], 3);
  expect(lat, message).toBeCloseTo(want[1], 3);
}

/** The step whose box holds the trigger line; the first step while the headline is in view. */
export function stepInView(page: Page): Promise<number> {
  return page.evaluate((trigger) => {
    const line = window.innerHeight * trigger;
    const steps = [...document.querySelectorAll('[data-step]')];
    let index = 0;
    steps.forEach((el, i) => {
      if (el.getBoundingClientRect().top <= line) index = i;
    });
    return index;
  }, TRIGGER);
}

/** Scroll so that a step's top sits a fraction of the screen above the trigger line. */
export async function scrollToStep(page: Page, id: string, into = 0.05): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate(
    (el, [trigger, into]) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * (trigger! - into!)),
    [TRIGGER, into]
  );
}

/** Waits until the page has stopped scrolling (a wheel flick scrolls smoothly for a while). */
export async function settle(page: Page): Promise<void> {
  let last = -1;
  let still = 0;
  while (still < 3) {
    const y = await page.evaluate(() => window.scrollY);
    still = y === last ? still + 1 : 0;
    last = y;
    await page.waitForTimeout(80);
  }
}

/** The map, its attributes and the overlay all show the scene of the step in view. */
export async function expectSceneOfStepInView(page: Page): Promise<string> {
  await settle(page);
  const index = await stepInView(page);
  const step = story.steps[index]!;
  const map = page.locator(MAP);
  await expect(map, `map shows ${step.id}`).toHaveAttribute('data-scene', step.id);
  const scene = sceneAt(story, index, 0);
  await expectCentre(page, scene.camera.center);
  await expect.poll(async () => (await expectedCamera(page, scene)).camera.zoom).toBe(Number(await map.getAttribute('data-zoom')));
  const ids = (sel: string, attr: string) => page.locator(sel).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)).sort(), attr);
  await expect.poll(() => ids('[data-route]', 'data-route')).toEqual(scene.routes.map((r) => r.id).sort());
  await expect.poll(() => ids('[data-place]', 'data-place')).toEqual(scene.places.map((p) => p.id).sort());
  await expect.poll(() => ids(`${MAP} [data-flight]`, 'data-flight')).toEqual(scene.flights.map((f) => f.id).sort());
  await expect.poll(() => page.locator(`${MAP} .seized`).count()).toBe(scene.circles.length);
  return step.id;
}
