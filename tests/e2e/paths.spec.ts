import { expect, test, type Page } from '@playwright/test';
import { expectSceneOfStepInView, MAP, scrollToStep, story } from './expect-scene.ts';

test('a deep link opens on its step, and reading on does not flood the history', async ({ page }) => {
  const target = story.steps[Math.floor(story.steps.length / 2)]!;
  await page.goto('./');
  const before = await page.evaluate(() => history.length);
  await page.goto(`./#${target.id}`);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  expect(await expectSceneOfStepInView(page)).toBe(target.id);
  for (const step of story.steps.slice(target.index + 1, target.index + 5)) {
    await scrollToStep(page, step.id);
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
  }
  // Scrolling replaced the fragment rather than adding entries: one entry for the deep link only.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // Reload half-way: same step, same picture.
  const here = await page.evaluate(() => location.hash.slice(1));
  await page.reload();
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  expect(await expectSceneOfStepInView(page)).toBe(here);
});

/**
 * Whether the map reaches `id`'s view within 200 ms of the page's time, with
 * the page's clock under the test's control (Playwright's fake clock drives
 * its timers, animation frames and performance.now): a flight takes seconds
 * of that time, a jump none. Page time, not the machine's: a busy machine
 * only makes the test slower, never wrong.
 */
async function arrivesAtOnce(page: Page, id: string): Promise<boolean> {
  // A second from the page's own now: its clock ran ahead of the test's when it was last paused and run on,
  // and a time taken from the test's clock can lie behind it ("Cannot fast-forward to the past").
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await scrollToStep(page, id);
  // The page hears the scroll on its own (intersection observers keep real time): wait until the step is current.
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', id);
  for (let i = 0; i < 4; i++) await page.clock.runFor(50);
  const arrived = (await page.locator(MAP).getAttribute('data-scene')) === id;
  await page.clock.resume();
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', id, { timeout: 20_000 });
  return arrived;
}

const far = story.steps.find((s) => s.chapter === 'dubai')!;

test('without reduced motion, the camera flies: not there after 200 ms of page time (the control for the test below)', async ({ page }) => {
  await page.clock.install();
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  expect(await arrivesAtOnce(page, far.id)).toBe(false);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the camera jumps, and routes appear drawn', async ({ page }) => {
    await page.clock.install();
    await page.goto('./');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    // Europe to Dubai: a flight would take seconds.
    expect(await arrivesAtOnce(page, far.id)).toBe(true);
    const grow = story.steps.find((s) => s.draw === 'grow')!;
    expect(await arrivesAtOnce(page, grow.id)).toBe(true);
    // Routes appear in their final state at once.
    await expect.poll(() => page.locator('[data-route]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-drawn')))).toEqual(
      expect.arrayContaining(['1'])
    );
    const drawn = await page.locator('[data-route]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-drawn')));
    expect(new Set(drawn)).toEqual(new Set(['1']));
  });
});
