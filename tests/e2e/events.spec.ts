/**
 * The hooks for the host's analytics in a real browser: `story:step` once per
 * change of step along a scroll (a fast jump is one event), and `story:view`
 * as views open. Heard the way a newsroom's own script would hear them: a
 * listener on `window` set before the page's code runs.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAP, scrollToStep, settle, story } from './expect-scene.ts';
import { watch } from './watch.ts';
import { slideCounts } from './expect-slides.ts';
import { SETTLE_MS, type StepDetail, type StoryEvent } from '../../src/lib/modes/events.ts';

const N = story.steps.length;

async function listen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __events: { type: string; detail: unknown }[] };
    w.__events = [];
    for (const type of ['story:step', 'story:view']) {
      window.addEventListener(type, (e) => w.__events.push({ type, detail: (e as CustomEvent).detail }));
    }
  });
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __events: StoryEvent[] }).__events);
const stepsHeard = async (page: Page) => (await heard(page)).filter((e) => e.type === 'story:step').map((e) => e.detail as StepDetail);

/** What the page must say for step `index`. */
function detailOf(index: number): StepDetail {
  const step = story.steps[index]!;
  return { id: step.id, index, chapter: step.chapter, total: N };
}

test('scrolling: one story:step per change of step, with the step\'s id, index, chapter and total', async ({ page, baseURL }) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await listen(page);
  await page.goto('./');
  // At the headline the reader has not reached a step yet.
  await expect(page.getByRole('button', { name: story.strings.presentStart })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await heard(page)).toEqual([]);

  // Step by step through the first chapters, and read within a step: no event while it stays current.
  const path = [0, 1, 2, 3, 4];
  for (const i of path) {
    await scrollToStep(page, story.steps[i]!.id, 0.1);
    await settle(page);
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[i]!.id);
    await scrollToStep(page, story.steps[i]!.id, 0.3);
    await settle(page);
  }
  await expect.poll(() => stepsHeard(page)).toEqual(path.map(detailOf));

  // A fast jump over several steps is one event, for the step landed on.
  const far = Math.min(N - 1, path.at(-1)! + 6);
  await scrollToStep(page, story.steps[far]!.id, 0.1);
  await settle(page);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[far]!.id);
  await page.waitForTimeout(300);
  const all = await stepsHeard(page);
  expect(all).toEqual([...path, far].map(detailOf));
  for (let i = 1; i < all.length; i++) expect(all[i]!.id, 'the same step twice in a row').not.toBe(all[i - 1]!.id);
  expect((await heard(page)).filter((e) => e.type === 'story:view'), 'no view was opened').toEqual([]);
  await watcher.expectClean();
});

test('presenting: story:view when the presentation opens, then story:step for each step the clicker moves to', async ({ page, baseURL }) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await listen(page);
  // The page's clock is the test's to pause below (it runs as usual until then).
  await page.clock.install();
  // A link to a step: the step it opens on, not the first one on the way.
  await page.goto(`./#${story.steps[3]!.id}`);
  await expect.poll(() => stepsHeard(page)).toEqual([detailOf(3)]);
  await page.getByRole('button', { name: story.strings.presentStart }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  // The presentation opens on the step being read: a view, and no repeated step.
  await expect.poll(() => heard(page)).toEqual([
    { type: 'story:step', detail: detailOf(3) },
    { type: 'story:view', detail: { view: 'present' } }
  ]);
  // Each deliberate click to a new step is heard; a quick run of them is one event, for the step it
  // ends on. A click to another slide of the same step is not a new step: nothing is heard.
  const counts = await slideCounts(page);
  const toNextStep = async (from: number) => {
    for (let k = 0; k < counts[from]!; k++) await page.keyboard.press('ArrowRight');
  };
  if (counts[3]! > 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    expect(await stepsHeard(page)).toEqual([detailOf(3)]);
    await page.keyboard.press('ArrowLeft');
  }
  await toNextStep(3);
  await expect.poll(() => stepsHeard(page)).toEqual([3, 4].map(detailOf));
  await toNextStep(4);
  await expect.poll(() => stepsHeard(page)).toEqual([3, 4, 5].map(detailOf));
  // A quick run of clicks, timed on the page's own clock: a clicker's presses come faster than the
  // settling time however slow the machine that sends them, so only the step they end on is heard.
  // A second ahead of the page's own time, not the runner's: under load the page's installed clock
  // was found ahead of the runner's by more than that ("Cannot fast-forward to the past").
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  for (let i = 5; i < 9; i++) await toNextStep(i);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', story.steps[9]!.id);
  expect(await stepsHeard(page)).toEqual([3, 4, 5].map(detailOf));
  await page.clock.runFor(SETTLE_MS + 100);
  await page.clock.resume();
  await expect.poll(() => stepsHeard(page)).toEqual([3, 4, 5, 9].map(detailOf));
  await page.waitForTimeout(500);
  expect(await stepsHeard(page)).toEqual([3, 4, 5, 9].map(detailOf));
  await page.getByRole('button', { name: story.strings.exploreStart }).click();
  await expect.poll(async () => (await heard(page)).at(-1)).toEqual({ type: 'story:view', detail: { view: 'explore' } });
  await watcher.expectClean();
});

test('opened by address: ?present, ?classroom and ?print are announced as the page starts', async ({ page }) => {
  await listen(page);
  await page.goto(`./?present&classroom#${story.steps[2]!.id}`);
  await expect.poll(() => heard(page)).toEqual([
    { type: 'story:view', detail: { view: 'present' } },
    { type: 'story:view', detail: { view: 'classroom' } },
    { type: 'story:step', detail: detailOf(2) }
  ]);
  await page.goto('./?print');
  await expect(page.locator('[data-handout]')).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await heard(page)).filter((e) => e.type === 'story:view')).toEqual([{ type: 'story:view', detail: { view: 'print' } }]);
});
