import { expect, test, type Page } from '@playwright/test';
import { MAP, scrollToStep, story } from './expect-scene.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';

const stepOf = (id: string) => story.steps.find((s) => s.id === id)!;

/** Total drawn length, in pixels, of the overlay's lines matching a selector. */
function drawnLength(page: Page, selector: string): Promise<number> {
  return page
    .locator(`${MAP} ${selector}`)
    .evaluateAll((paths) => paths.reduce((sum, p) => sum + (p as SVGPathElement).getTotalLength(), 0));
}

/** Scroll on through a share of the step's height. */
async function scrollThrough(page: Page, id: string, share: number): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate((el, s) => window.scrollBy(0, el.getBoundingClientRect().height * s), share);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
});

test('the way out to Dubai grows as the reader scrolls through the step', async ({ page }) => {
  const step = stepOf('piwi-in-dubai');
  await scrollToStep(page, step.id, 0.02);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
  const early = await drawnLength(page, '[data-flight][data-kind=fled]');
  await scrollThrough(page, step.id, 0.35);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
  await expect.poll(() => drawnLength(page, '[data-flight][data-kind=fled]')).toBeGreaterThan(early + 20);
  const line = page.locator(`${MAP} [data-flight="fled-edegem-dubai"]`);
  await expect(line).toHaveAttribute('data-kind', 'fled');
  await expect(line).toHaveAttribute('stroke-dasharray', /\d/);
  // A way out has no way back here: El Kasmioui is at large.
  await expect(page.locator(`${MAP} [data-kind=returned]`)).toHaveCount(0);
  await expect(page.locator(`[data-step="${step.id}"] .legend [data-key="fled"]`)).toBeVisible();
});

test('the extraditions draw the way back, after the way out and on the other side of it', async ({ page }) => {
  const step = stepOf('extraditions');
  const want = sceneAt(story, step.index, 1).flights;
  await scrollToStep(page, step.id, 0.02);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
  // Early in the step the way back is there but not yet started.
  await expect(page.locator(`${MAP} [data-flight][data-kind=returned]`)).toHaveCount(want.filter((f) => f.kind === 'returned').length);
  expect(await drawnLength(page, '[data-flight][data-kind=returned]')).toBe(0);
  await scrollThrough(page, step.id, 0.75);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
  await expect.poll(() => drawnLength(page, '[data-flight][data-kind=returned]')).toBeGreaterThan(20);
  await expect(page.locator(`${MAP} .flight-arrow`).first()).toBeVisible();
  // The two men returned to Belgium share one line.
  await expect(page.locator(`${MAP} [data-flight="returned-dubai-antwerp"]`)).toHaveAttribute('data-people', 'el-hajjioui el-ballouti');
  // Wholly drawn, the way out and the way back between Antwerp and Dubai bulge apart.
  await scrollThrough(page, step.id, 0.1);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
  const middle = (id: string) =>
    page.locator(`${MAP} [data-flight="${id}"]`).evaluate((p) => {
      const path = p as SVGPathElement;
      const pt = path.getPointAtLength(path.getTotalLength() / 2);
      return [pt.x, pt.y];
    });
  await expect.poll(async () => Number((await page.locator(`${MAP} [data-flight="returned-dubai-antwerp"]`).getAttribute('data-drawn')) ?? 0)).toBeGreaterThan(0.5);
  const [ox, oy] = await middle('fled-antwerp-dubai');
  const [bx, by] = await middle('returned-dubai-antwerp');
  expect(Math.hypot(ox! - bx!, oy! - by!)).toBeGreaterThan(20);
  await expect(page.locator(`[data-step="${step.id}"] .legend [data-key="returned"]`)).toBeVisible();
  await expect(page.locator(`[data-step="${step.id}"] .legend [data-legend-note]`)).toBeVisible();
});
