/**
 * Presentation mode (`?present`) in a real browser: the keys a clicker sends
 * step through the whole story, slide by slide, and the map shows exactly the
 * scene sceneAt gives for each step at its end (its last slide, progress 1),
 * as it does when scrolling (the walk through every slide is
 * present-walk.spec.ts, run once). Whether the slides fit at classroom sizes
 * is slides.spec.ts; the presenter view, presenter.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MAP, scrollToStep, settle, stepInView, story } from './expect-scene.ts';
import { watch } from './watch.ts';
import { slideCounts } from './expect-slides.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { qrShape } from '../../src/lib/modes/qr.ts';
import { move, type StepperPosition } from '../../src/lib/modes/stepper.ts';
import { N, expectScene, expectStep, pressTo, ready } from './present-steps.ts';

test('the Present button starts at the step being read; Escape goes back to scrolling at the presenter\'s step', async ({ page }) => {
  const start = story.steps.findIndex((s) => s.chapter === 'antwerp');
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await scrollToStep(page, story.steps[start]!.id);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[start]!.id);
  // On a wide screen the button floats over the map; on a phone it is a line of the headline's
  // controls, so reaching it means scrolling back up, and the step being read is then the first.
  const button = page.getByRole('button', { name: story.strings.presentStart, exact: true });
  await button.scrollIntoViewIfNeeded();
  await settle(page);
  const reading = await stepInView(page);
  if (test.info().project.name === 'desktop') expect(reading).toBe(start);
  await button.click();
  await ready(page);
  await expectStep(page, reading);
  // On to the step after next, through the slides of these two on this screen.
  const counts = await slideCounts(page);
  let at: StepperPosition = { index: reading, slide: 0 };
  while (at.index < reading + 2) at = await pressTo(page, 'ArrowRight', 'next', at, counts);
  await expectScene(page, reading + 2, 1 / counts[reading + 2]!);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
  await expect.poll(() => page.evaluate(() => location.search)).toBe('');
  // Scrolling again, at the step the presenter left, which the map still shows.
  await settle(page);
  expect(await stepInView(page)).toBe(reading + 2);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[reading + 2]!.id);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${story.steps[reading + 2]!.id}`);
  await expect(page.locator('h1')).toBeVisible();

  // And out through the Leave button as well.
  await page.getByRole('button', { name: story.strings.presentStart, exact: true }).click();
  await ready(page);
  await page.getByRole('button', { name: story.strings.presentLeave }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
});

test('the Present control floats over the map on a wide screen, and on a phone or an upright tablet is a line of the headline, out of the reading path', async ({ browser, baseURL }) => {
  // The project's own screen, and on the phone's run an upright tablet's too.
  const own = test.info().project.use.viewport!;
  for (const viewport of test.info().project.name === 'phone' ? [own, { width: 768, height: 1024 }] : [own]) {
    const context = await browser.newContext({ baseURL, viewport });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', /ready|svg/, { timeout: 60_000 });
    const present = page.getByRole('button', { name: story.strings.presentStart, exact: true });
    await expect(present).toHaveCount(1);
    await expect(present).toBeVisible();
    const where = await present.evaluate((b) => ({ inHero: !!b.closest('header.hero'), fixed: getComputedStyle(b.closest('nav')!).position === 'fixed' }));
    if (viewport.width > 820) {
      expect(where, `${viewport.width}: over the map`).toEqual({ inHero: false, fixed: true });
    } else {
      expect(where, `${viewport.width}: in the headline's controls`).toEqual({ inHero: true, fixed: false });
      // For a teacher on a tablet, one tap from the top: on the first screen, without scrolling.
      if (viewport.width >= 700) {
        const box = (await present.boundingBox())!;
        expect(box.y + box.height, `${viewport.width}: on the first screen`).toBeLessThanOrEqual(viewport.height);
      }
      // Nothing stands between the headline and the first step but the gap of the layout.
      const gap = await page.evaluate(() => {
        const hero = document.querySelector('header.hero')!.getBoundingClientRect();
        const first = document.querySelector('[data-step] .card')!.getBoundingClientRect();
        return first.top - hero.bottom;
      });
      expect(gap, `${viewport.width}: between the headline and the first step`).toBeLessThan(48);
    }
    await context.close();
  }
});

test('a reload of ?present#step stays on that step', async ({ page }) => {
  const target = story.steps[Math.floor(N / 2)]!;
  await page.goto(`./?present#${target.id}`);
  await ready(page);
  await expectStep(page, target.index);
  const counts = await slideCounts(page);
  const at = await pressTo(page, 'PageDown', 'next', { index: target.index, slide: 0 }, counts);
  await page.reload();
  await ready(page);
  await expectStep(page, at.index, at.slide, counts);
  await expectScene(page, at.index, (at.slide + 1) / counts[at.index]!);
});

test('a step\'s address typed into an open presentation goes to that step, and to its slide', async ({ page }) => {
  await page.goto(`./?present#${story.steps[1]!.id}`);
  await ready(page);
  await expectStep(page, 1);
  const target = story.steps[N - 3]!;
  // As a teacher pasting a link into the address bar: a fragment navigation, not a reload.
  await page.evaluate((id) => (location.hash = id), target.id);
  const counts = await slideCounts(page);
  await expectStep(page, target.index, 0, counts);
  await expectScene(page, target.index, 1 / counts[target.index]!);
  const many = story.steps.findIndex((_, i) => counts[i]! > 1);
  if (many >= 0) {
    await page.evaluate((id) => (location.hash = `${id}/2`), story.steps[many]!.id);
    await expectStep(page, many, 1, counts);
  }
});

test('keys do nothing while typing in a field, F asks for full screen harmlessly, focus is not trapped', async ({ page }) => {
  const watcher = await watch(page, 'http://127.0.0.1');
  await page.goto('./?present');
  await ready(page);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'typing';
    document.body.append(input);
  });
  await page.locator('#typing').focus();
  for (const k of ['ArrowRight', 'PageDown', 'Space', 'End', 'f', 'p', 'Escape']) await page.keyboard.press(k);
  await expectStep(page, 0);
  await page.locator('#typing').blur();
  await page.keyboard.press('f');
  const counts = await slideCounts(page);
  const at = await pressTo(page, 'ArrowRight', 'next', { index: 0, slide: 0 }, counts);
  if (await page.evaluate(() => document.fullscreenElement !== null)) {
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  }
  // Tab walks out of the panel's controls to the rest of the page and back round.
  const seen = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.tagName ?? ''));
  }
  expect(seen.size).toBeGreaterThan(1);
  await expectStep(page, at.index, at.slide, counts);
  await watcher.expectClean();
});

test('the QR code shows the current step\'s address, made in the page', async ({ page, baseURL }) => {
  const base = new URL('./', baseURL!).href;
  await page.goto('./?present#sea-lanes');
  await ready(page);
  await page.getByRole('button', { name: story.strings.qrShow }).click();
  const qr = page.locator('[data-qr] svg');
  await expect(qr).toBeVisible();
  const url = `${base}#sea-lanes`;
  await expect(qr).toHaveAttribute('data-url', url);
  await expect(page.locator('[data-qr] path')).toHaveAttribute('d', qrShape(url).path);
  await expect(page.locator('[data-qr]')).toContainText(url);
  // It follows the presenter, to the next step (it names steps, not slides).
  const index = story.steps.findIndex((s) => s.id === 'sea-lanes');
  const slides = (await slideCounts(page))[index]!;
  for (let i = 0; i < slides; i++) await page.keyboard.press('ArrowRight');
  const next = story.steps[index + 1]!;
  await expect(qr).toHaveAttribute('data-url', `${base}#${next.id}`);
  await expect(page.locator('[data-qr] path')).toHaveAttribute('d', qrShape(`${base}#${next.id}`).path);
  // Escape closes the code first, then the presentation.
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-qr]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
});

test('exploring hides the story and the way back returns to the same step', async ({ page }) => {
  await page.goto('./?present#antwerp-share');
  await ready(page);
  await page.getByRole('button', { name: story.strings.exploreStart }).click();
  await expect(page.locator('html')).toHaveAttribute('data-explore', '');
  await expect(page.locator('main')).toBeHidden();
  const back = page.getByRole('button', { name: story.strings.exploreLeave });
  await expect(back).toBeFocused();
  // The map is the reader's now: a drag moves it, and it no longer claims a step's scene.
  await expect(page.locator('.map-stage')).not.toHaveAttribute('data-scene', /.*/);
  const marker = page.locator('[data-place="antwerp"]');
  const before = (await marker.boundingBox())!;
  const size = page.viewportSize()!;
  await page.mouse.move(size.width * 0.6, size.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(size.width * 0.6 - 150, size.height * 0.5 + 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.round(before.x - (await marker.boundingBox())!.x)).toBeGreaterThan(100);
  await back.click();
  await expect(page.locator('html')).not.toHaveAttribute('data-explore', /.*/);
  await expectStep(page, story.steps.findIndex((s) => s.id === 'antwerp-share'));
  await expectScene(page, story.steps.findIndex((s) => s.id === 'antwerp-share'));
});

test('axe finds nothing in the presentation, with the QR code, and while exploring', async ({ page }) => {
  const scan = async (where: string) => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  };
  await page.goto('./?present#antwerp-share');
  await ready(page);
  await scan('presenting');
  await page.getByRole('button', { name: story.strings.qrShow }).click();
  await expect(page.locator('[data-qr] svg')).toBeVisible();
  await scan('with the QR code');
  await page.getByRole('button', { name: story.strings.exploreStart }).click();
  await scan('exploring');
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the step reads large beside the map, nothing overlaps', async ({ page }) => {
    await page.goto('./?present#fruit-containers');
    await ready(page);
    await page.evaluate(() => document.fonts.ready);
    const size = await page.locator('[aria-current="step"] p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    // The panel's parts sit one above the other; the map's focus stays clear of the panel.
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const [head, steps, foot] = [await box('main > header'), await box('main > .steps'), await box('main > footer')];
    expect(head.y + head.height).toBeLessThanOrEqual(steps.y + 1);
    expect(steps.y + steps.height).toBeLessThanOrEqual(foot.y + 1);
    expect(foot.y + foot.height).toBeLessThanOrEqual(1080 + 1);
    const main = await box('main');
    const antwerp = await box(`${MAP} [data-place="antwerp"]`);
    expect(antwerp.x).toBeGreaterThan(main.x + main.width);
    await page.screenshot({ path: 'test-results/screenshots/present/projector-1920.png' });
  });
});
