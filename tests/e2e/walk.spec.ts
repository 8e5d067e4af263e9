import { expect, test } from '@playwright/test';
import { expectSceneOfStepInView, MAP, scrollToStep, story } from './expect-scene.ts';
import { watch } from './watch.ts';

/** mulberry32: a small seeded generator, so a failing walk can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two walks of 50 moves, side by side: WALK_SEED=n replays the walk titled "seed n" (and the one after it).
const SEED = Number(process.env.WALK_SEED ?? 20251128);
const STEPS = 50;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  { width: 360, height: 640 }, // a small phone
  { width: 844, height: 390 }, // the phone turned to landscape
  { width: 768, height: 1024 }, // a tablet held upright
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 }
];

for (const seed of [SEED, SEED + 1]) test(`a seeded random walk of ${STEPS} jumps, flicks, resizes and reloads ends on the right picture every time (seed ${seed})`, async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const rand = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const watcher = await watch(page, new URL(baseURL!).origin);
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  let reloads = 0;

  for (let i = 0; i < STEPS; i++) {
    const r = rand();
    let action: string;
    if (r < 0.35) {
      const step = pick(story.steps);
      action = `jump to ${step.id}`;
      await scrollToStep(page, step.id, 0.02 + rand() * 0.3);
    } else if (r < 0.55) {
      action = 'flick';
      for (let k = 0; k < 4; k++) {
        await page.mouse.wheel(0, (rand() - 0.3) * 3000);
        await page.waitForTimeout(40);
      }
    } else if (r < 0.7) {
      const step = pick(story.steps);
      action = `link to #${step.id}`;
      await page.evaluate((id) => (location.hash = id), step.id);
    } else if (r < 0.85) {
      const size = pick(SIZES);
      action = `resize to ${size.width}×${size.height}`;
      await page.setViewportSize(size);
    } else if (r < 0.93 && reloads < 4) {
      reloads++;
      action = 'reload';
      await page.reload();
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    } else {
      action = 'to the end';
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    }
    await test.step(`${i + 1}: ${action}`, async () => {
      await expectSceneOfStepInView(page);
    });
  }
  await watcher.expectClean();
});
