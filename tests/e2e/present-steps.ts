/**
 * What the presentation's browser tests check at each step and slide: the
 * counter, the chapter, the one visible step, the address, and the map's scene.
 */
import { expect, type Page } from '@playwright/test';
import { MAP, expectCentre, expectedCamera, story } from './expect-scene.ts';
import { counterText, slideCounts } from './expect-slides.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { move, type StepAction, type StepperPosition } from '../../src/lib/modes/stepper.ts';

export const N = story.steps.length;
export const chapterTitle = (i: number) => story.chapters.find((c) => c.id === story.steps[i]!.chapter)!.title;

/** The map, its camera and the overlay show step `index` at `progress` (1: its last slide). */
export async function expectScene(page: Page, index: number, progress = 1): Promise<void> {
  const step = story.steps[index]!;
  const scene = sceneAt(story, index, progress);
  const map = page.locator(MAP);
  await expect(map, `map shows ${step.id}`).toHaveAttribute('data-scene', step.id);
  await expectCentre(page, scene.camera.center);
  await expect.poll(async () => (await expectedCamera(page, scene)).camera.zoom).toBe(Number(await map.getAttribute('data-zoom')));
  // Within the map: charts in the text may use the same class names.
  const attrs = (sel: string, attr: string) => map.locator(sel).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)).sort(), attr);
  await expect.poll(() => attrs('[data-route]', 'data-route')).toEqual(scene.routes.map((r) => r.id).sort());
  // At the step's end every route is drawn in full.
  await expect.poll(() => attrs('[data-route]', 'data-drawn')).toEqual(scene.routes.map((r) => String(r.drawn)).sort());
  await expect.poll(() => attrs('[data-place]', 'data-place')).toEqual(scene.places.map((p) => p.id).sort());
  await expect.poll(() => map.locator('.seized').count()).toBe(scene.circles.length);
}

/** The step and slide on screen: the counter, the chapter, aria-current, the one visible step, the address. */
export async function expectStep(page: Page, index: number, slide = 0, counts?: number[]): Promise<void> {
  const step = story.steps[index]!;
  const slides = (counts ?? (await slideCounts(page)))[index]!;
  await expect(page.locator('[data-counter]')).toHaveText(counterText(index, slide, slides));
  await expect(page.locator('[data-chapter-title]')).toHaveText(chapterTitle(index));
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', step.id);
  await expect(page.locator('[data-step]:visible')).toHaveCount(1);
  await expect(page.locator(`[data-step="${step.id}"]`)).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.search + location.hash)).toBe(`?present#${step.id}${slide ? `/${slide + 1}` : ''}`);
}

/** Presses a key and checks that the presentation lands where the stepper's rule says, on this screen's slides. */
export async function pressTo(page: Page, key: string, action: StepAction, from: StepperPosition, counts: number[]): Promise<StepperPosition> {
  await page.keyboard.press(key);
  const to = move(from, action, counts);
  await expectStep(page, to.index, to.slide, counts);
  return to;
}

export async function ready(page: Page): Promise<void> {
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
}

