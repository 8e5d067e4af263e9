/**
 * The scrolling story's own behaviour. That every step brings the map to its
 * scene, with nothing off-origin and no error, is checked by the walk of every
 * step in in-sight.spec.ts, on six viewports and on the SVG map.
 */
import { expect, test } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';

const story = loadStory(STORY_DIR);
const map = '.map-stage';

test('the overlay draws the routes of the crossing and they grow with scrolling', async ({ page }) => {
  const step = story.steps.find((s) => s.draw === 'grow')!;
  await page.goto('./');
  await expect(page.locator(map)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  const el = page.locator(`[data-step="${step.id}"]`);
  // The step's top just past the trigger line (60 % down the screen): progress near zero.
  await el.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - window.innerHeight * 0.55));
  await expect(page.locator(map)).toHaveAttribute('data-scene', step.id);
  const routes = sceneAt(story, step.index, 1).routes;
  await expect(page.locator('[data-route]')).toHaveCount(routes.length);
  const drawnAt = async () => Math.max(...(await page.locator('[data-route]').evaluateAll((ps) => ps.map((p) => Number(p.getAttribute('data-drawn'))))));
  const early = await drawnAt();
  // Scroll through half of the step: the routes must have grown, and this step still shows.
  await el.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().height * 0.5));
  await expect(page.locator(map)).toHaveAttribute('data-scene', step.id);
  await expect.poll(drawnAt).toBeGreaterThan(early);
  // The overlay is glued to the map: Antwerp's marker sits where the map projects it.
  const marker = page.locator('[data-place="antwerp"]');
  await expect(marker).toHaveCount(1);
});

test('at the crossing the map names the ocean and the country it shows, and no two of its labels overlap', async ({ page }) => {
  const step = story.steps.find((s) => s.id === 'fruit-containers')!;
  await page.goto('./');
  await expect(page.locator(map)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.locator(`[data-step="${step.id}"]`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.55));
  await expect(page.locator(map)).toHaveAttribute('data-scene', step.id);
  await expect(page.locator('.overlay [data-area-label="atlantic-ocean"]')).toHaveText(/Atlantic\s*Ocean/);
  await expect(page.locator('.overlay [data-area-label="brazil"]')).toHaveText('Brazil');
  // Every text the overlay shows: place labels, circle labels, names of countries and seas.
  const boxes = await page.locator('.overlay text').evaluateAll((texts) =>
    texts.map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    })
  );
  expect(boxes.length).toBeGreaterThanOrEqual(5);
  const overlapping = boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).map((b) => `${a.text} / ${b.text}`)
  );
  expect(overlapping).toEqual([]);
});

test('no name of a country or sea is left under a person\'s card', async ({ page }) => {
  test.slow();
  const steps = story.steps.filter((s) => (s.people ?? []).length > 0);
  expect(steps.length).toBeGreaterThan(3);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const covered: string[] = [];
  for (const step of steps) {
    await page.goto(`./#${step.id}`);
    await expect(page.locator(map)).toHaveAttribute('data-scene', step.id, { timeout: 60_000 });
    await expect(page.locator('[data-person]')).toHaveCount(step.people!.length);
    await page.evaluate(() => document.fonts.ready);
    // Two frames: the cards are measured, then the names placed around them.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const names = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('[data-person]')].map((c) => c.getBoundingClientRect());
      return [...document.querySelectorAll('.overlay [data-area-label]')].flatMap((t) => {
        const r = t.getBoundingClientRect();
        return cards.some((c) => r.left < c.right && c.left < r.right && r.top < c.bottom && c.top < r.bottom) ? [t.textContent ?? ''] : [];
      });
    });
    covered.push(...names.map((name) => `${step.id}: ${name}`));
  }
  expect(covered).toEqual([]);
});

test('the map never takes the page\'s wheel scrolling', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(map)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  // A point between the headline card and the first text card, where only the map shows.
  const [x, y] = await page.evaluate(() => {
    const hero = document.querySelector('.hero-card')!.getBoundingClientRect();
    const card = document.querySelector('.card')!.getBoundingClientRect();
    return [window.innerWidth - 20, (hero.bottom + Math.min(card.top, window.innerHeight)) / 2];
  });
  expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.closest('.card, .hero-card') ?? null, [x, y])).toBeNull();
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});
