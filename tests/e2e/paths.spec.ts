import { expect, test } from '@playwright/test';
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

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the camera jumps: the map has arrived as soon as the step is in view', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    const far = story.steps.find((s) => s.chapter === 'dubai')!;
    await scrollToStep(page, far.id);
    // A flight across this distance takes seconds; a jump lands within a frame or two.
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', far.id, { timeout: 400 });
    const grow = story.steps.find((s) => s.draw === 'grow')!;
    await scrollToStep(page, grow.id);
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', grow.id, { timeout: 400 });
    // Routes appear in their final state at once.
    await expect.poll(() => page.locator('[data-route]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-drawn')))).toEqual(
      expect.arrayContaining(['1'])
    );
    const drawn = await page.locator('[data-route]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-drawn')));
    expect(new Set(drawn)).toEqual(new Set(['1']));
  });
});
