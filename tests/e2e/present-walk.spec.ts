/**
 * Presentation mode (`?present`) in a real browser, on a 1280×800 screen: the
 * keys a clicker sends step through every slide of the whole story, and the
 * map shows exactly the scene sceneAt gives for each step at its end. Once:
 * the phone presents with the same code, and present.spec.ts steps on both.
 */
import { test } from '@playwright/test';
import { story } from './expect-scene.ts';
import { watch } from './watch.ts';
import { slideCounts } from './expect-slides.ts';
import type { StepperPosition } from '../../src/lib/modes/stepper.ts';
import { N, expectScene, expectStep, pressTo, ready } from './present-steps.ts';

test('?present: the clicker keys step through every slide and the map follows each step', async ({ page, baseURL }, info) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await page.goto('./?present');
  await ready(page);
  const counts = await slideCounts(page);
  const forward = ['ArrowRight', 'PageDown', 'ArrowDown', 'Space'];
  let presses = 0;
  for (let i = 0; i < N; i++) {
    await test.step(story.steps[i]!.id, async () => {
      for (let slide = 0; slide < counts[i]!; slide++) {
        await expectStep(page, i, slide, counts);
        if (slide < counts[i]! - 1) await page.keyboard.press(forward[presses++ % forward.length]!);
      }
      // The step's last slide is its end: the scene at progress 1.
      await expectScene(page, i);
      if (i % 6 === 0) await page.screenshot({ path: `test-results/screenshots/present/${info.project.name}-${String(i + 1).padStart(2, '0')}.png` });
      if (i < N - 1) await page.keyboard.press(forward[presses++ % forward.length]!);
    });
  }
  // At the end, forward stays; back keys and Home/End move as a clicker expects.
  let at: StepperPosition = { index: N - 1, slide: counts[N - 1]! - 1 };
  at = await pressTo(page, 'PageDown', 'next', at, counts);
  at = await pressTo(page, 'PageUp', 'prev', at, counts);
  at = await pressTo(page, 'ArrowLeft', 'prev', at, counts);
  at = await pressTo(page, 'ArrowUp', 'prev', at, counts);
  at = await pressTo(page, 'Home', 'first', at, counts);
  await expectScene(page, 0, 1 / counts[0]!);
  at = await pressTo(page, 'End', 'last', at, counts);
  await expectScene(page, N - 1);
  await watcher.expectClean();
});

