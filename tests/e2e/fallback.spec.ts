import { expect, test, type BrowserContextOptions, type BrowserType, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { watch } from './watch.ts';
import { expectCentre } from './expect-scene.ts';
import { baseArgs, executablePath } from './chromium.ts';

const story = loadStory(STORY_DIR);
const map = '.map-stage';

/** As a reader meets a step: its top just past the trigger line, its card in the lower half. */
async function scrollTo(page: Page, id: string): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.55));
}

async function expectScene(page: Page, index: number): Promise<void> {
  const step = story.steps[index]!;
  await expect(page.locator(map)).toHaveAttribute('data-scene', step.id);
  await expectCentre(page, sceneAt(story, index, 0).camera.center);
  expect(Number(await page.locator(map).getAttribute('data-zoom'))).toBeGreaterThan(0);
}

/**
 * Its own browser, since WebGL is a launch flag and the other test here needs it on;
 * the context takes the project's device settings, as the `page` fixture would.
 */
async function pageWithoutWebGL(
  browserType: BrowserType,
  options: Pick<BrowserContextOptions, 'viewport' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch' | 'userAgent' | 'baseURL'>
): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = await browserType.launch({ executablePath, args: [...baseArgs, '--disable-webgl', '--disable-webgl2'] });
  const context = await browser.newContext(options);
  return { page: await context.newPage(), close: () => browser.close() };
}

test('with WebGL turned off, the SVG map steps through the whole story, with nothing off-origin and no errors', async (
  { playwright, viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL },
  info
) => {
  const { page, close } = await pageWithoutWebGL(playwright.chromium, { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent, baseURL });
  try {
    const watcher = await watch(page, new URL(baseURL!).origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('./');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    await expect(page.locator(map)).toHaveAttribute('data-map', 'svg', { timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    await expect(page.locator(`${map} canvas`)).toHaveCount(0);

    for (const step of story.steps) {
      await test.step(step.id, async () => {
        await scrollTo(page, step.id);
        await expectScene(page, step.index);
        await expect(page.locator(map)).toHaveAttribute('data-map', 'svg');
        await expect(page.locator(`${map} path.land`).first()).toHaveAttribute('d', /^M/);
        for (const place of sceneAt(story, step.index, 1).places) await expect(page.locator(`[data-place="${place.id}"]`)).toHaveCount(1);
        await page.screenshot({
          path: `test-results/screenshots/${info.project.name}-svg/${String(step.index + 1).padStart(2, '0')}-${step.id}.png`
        });
      });
    }
    // The SVG map needs no WebGL library: MapLibre's chunk and worker are never fetched.
    expect(requests.filter((p) => /maplibre|map-view/i.test(p))).toEqual([]);
    await watcher.expectClean();
  } finally {
    await close();
  }
});

test('when the WebGL context is lost half-way, the SVG map takes over the current scene and follows on', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const watcher = await watch(page, origin);
  await page.goto('./');
  await expect(page.locator(map)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });

  const middle = Math.floor(story.steps.length / 2);
  await scrollTo(page, story.steps[middle]!.id);
  await expectScene(page, middle);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-stage canvas')!;
    canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(page.locator(map)).toHaveAttribute('data-map', 'svg');
  await expectScene(page, middle);
  await expect(page.locator(`${map} canvas`)).toHaveCount(0);
  await expect(page.locator(`${map} path.land`).first()).toHaveAttribute('d', /^M/);

  for (const next of [middle + 1, middle + 2]) {
    await scrollTo(page, story.steps[next]!.id);
    await expectScene(page, next);
  }
  await scrollTo(page, story.steps[0]!.id);
  await expectScene(page, 0);
  await watcher.expectClean();
});
