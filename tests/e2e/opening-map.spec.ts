/**
 * The opening step's map drawn into the page by the build (OpeningMap.svelte):
 * there without any script, where the live map will be, standing only for the
 * opening step, and gone once a live map has drawn.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { editionCodes, loadStory } from '../../src/lib/content/load.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { STORY_DIR } from './story-folder.ts';
import { MAP } from './expect-scene.ts';
import { VIEWPORTS } from './viewports.ts';

const story = loadStory(STORY_DIR);
const opening = sceneAt(story, 0, 0);
const DRAWING = '[data-opening]';


interface Drawn {
  /** Each place's marker, by id: the middle of its box on the screen. */
  places: Record<string, [number, number]>;
  /** The names written on the map, by their text: where each is anchored on the screen. */
  labels: Record<string, [number, number]>;
}

/** Where the markers and names inside `root` are on the screen; only what is drawn (display: none draws nothing). */
function drawn(page: Page, root: string): Promise<Drawn> {
  return page.evaluate((selector) => {
    const places: Record<string, [number, number]> = {};
    const labels: Record<string, [number, number]> = {};
    const within = document.querySelector(selector)!;
    for (const el of within.querySelectorAll<SVGGraphicsElement>('[data-place]')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0) places[el.getAttribute('data-place')!] = [r.left + r.width / 2, r.top + r.height / 2];
    }
    for (const el of within.querySelectorAll<SVGGraphicsElement>('text')) {
      const r = el.getBoundingClientRect();
      // Where the name is anchored: its width changes with the face it is set in.
      const anchor = getComputedStyle(el).textAnchor;
      const x = anchor === 'end' ? r.right : anchor === 'middle' ? r.left + r.width / 2 : r.left;
      if (r.width > 0) labels[el.textContent!.trim()] = [x, r.top + r.height / 2];
    }
    return { places, labels };
  }, root);
}

async function withoutScript(browser: Browser, size: { width: number; height: number }, path = './'): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: size, javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

for (const size of VIEWPORTS) {
  test(`${size.width}×${size.height}: the opening map is there without script, and the live map draws its places where it drew them`, async ({ browser, page }) => {
    const before = await withoutScript(browser, size);
    await expect(before.page.locator(DRAWING)).toBeVisible();
    await before.page.evaluate(() => document.fonts.ready);
    const drawing = await drawn(before.page, DRAWING);
    await before.close();
    // Every place of the opening scene, its framed ones above all, is drawn, and on screen.
    expect(Object.keys(drawing.places).sort()).toEqual(opening.places.map((p) => p.id).sort());
    for (const [id, [x, y]] of Object.entries(drawing.places)) {
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(size.width);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(size.height);
    }

    await page.setViewportSize(size);
    // What moved on the map's part of the screen: the stage, or the drawing (the page's text may move as its fonts arrive, fonts.spec.ts).
    await page.addInitScript(() => {
      const w = window as unknown as { __mapShifts: string[] };
      w.__mapShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { sources: { node?: Node }[] })[]) {
          for (const s of e.sources) {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            if (el?.closest('.map-stage, [data-opening]')) w.__mapShifts.push(`${el.tagName}.${el.getAttribute('class')}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', opening.stepId);
    // Handed over: the drawing is gone from the page, not only hidden.
    await expect(page.locator(DRAWING)).toHaveCount(0);
    await page.evaluate(() => document.fonts.ready);
    const live = await drawn(page, MAP);
    for (const [id, at] of Object.entries(drawing.places)) {
      expect(live.places[id], id).toBeDefined();
      expect(Math.abs(live.places[id]![0] - at[0]), `${id} x`).toBeLessThan(1.5);
      expect(Math.abs(live.places[id]![1] - at[1]), `${id} y`).toBeLessThan(1.5);
    }
    // A name the drawing wrote is where the live map writes it (the live map, fitted to the real free region, may add some).
    const kept = Object.keys(drawing.labels).filter((t) => live.labels[t]);
    for (const place of opening.places.filter((p) => p.focus)) expect(kept, place.name).toContain(place.name);
    for (const text of kept) {
      expect(Math.abs(live.labels[text]![0] - drawing.labels[text]![0]), `${text} x`).toBeLessThan(2);
      expect(Math.abs(live.labels[text]![1] - drawing.labels[text]![1]), `${text} y`).toBeLessThan(2);
    }
    expect(await page.evaluate(() => (window as unknown as { __mapShifts: string[] }).__mapShifts), 'layout shifts on the map').toEqual([]);
  });
}

test('a reader who scrolls on before the live map has drawn sees no map of another step, and the opening map again on coming back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The map's code never arrives: the page stays on its drawing.
  await page.route(/map-view-[\w-]+\.js$|maplibre-gl/, () => undefined);
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.locator(DRAWING)).toBeVisible();
  await expect(page.locator('[data-map-loading]')).toHaveCount(0);
  const second = story.steps[1]!;
  await page.locator(`[data-step="${second.id}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.3));
  await expect(page.locator(DRAWING)).toBeHidden();
  await expect(page.locator('[data-map-loading]')).toBeVisible();
  await expect(page.locator('[data-map-loading]')).toHaveText(story.strings.mapLoading);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator(DRAWING)).toBeVisible();
  await expect(page.locator('[data-map-loading]')).toHaveCount(0);
});

for (const view of ['?present', '?embed']) {
  test(`${view} lays the map out otherwise: the opening drawing does not show there`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.route(/map-view-[\w-]+\.js$|maplibre-gl/, () => undefined);
    await page.goto(`./${view}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-mode', /./);
    await expect(page.locator(DRAWING)).toBeHidden();
  });
}

test('each edition\'s page draws its own opening map, with its own names, and allows its styles by hash', async ({ request }) => {
  for (const code of editionCodes(STORY_DIR)) {
    const edition = loadStory(STORY_DIR, undefined, code);
    const folder = code === 'en' ? '' : `${code}/`;
    for (const file of ['index.html', 'classroom.html']) {
      const html = await (await request.get(`./${folder}${file}`)).text();
      const at = html.indexOf('data-opening=');
      expect(at, `${folder}${file}`).toBeGreaterThan(html.indexOf('<div id="app">'));
      const drawing = html.slice(at, html.indexOf('</body>'));
      for (const place of sceneAt(edition, 0, 0).places) expect(drawing, `${folder}${file}: ${place.id}`).toContain(`>${place.name}<`);
      // The text comes first: the drawing follows the app's element, before the data it hydrates from.
      expect(at).toBeLessThan(html.indexOf('id="story-data"'));
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles.length, `${folder}${file}: the page's stylesheet and the drawing's`).toBe(2);
    }
  }
});
