/**
 * The one-file offline copy (`npm run build:offline`), opened as a teacher
 * would from a USB stick: by its file:// address, with every request that is
 * not the file itself refused, as on a computer with no network.
 *
 * It builds the copy first (a few seconds), so it never tests a stale file;
 * E2E_OFFLINE_FILE points it at one already built instead.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAP, story } from './expect-scene.ts';
import { SOURCE, editionCodes, loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { watch } from './watch.ts';
import { sensitiveIn } from './sensitive-text.ts';
import { classroomStory } from '../../src/lib/content/classroom.ts';

const file = resolve(process.env.E2E_OFFLINE_FILE ?? 'dist-offline/index.html');

// One worker, in order: the copy is built once, before the tests that open it (not by each worker at once).
test.describe.configure({ mode: 'default' });

test.beforeAll(() => {
  if (!process.env.E2E_OFFLINE_FILE) execFileSync('npx', ['tsx', 'scripts/build-offline.ts'], { stdio: 'inherit' });
});

test('is one file: nothing outside it is referenced, and its policy forbids loading anything', () => {
  const html = readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<script[^>]+\bsrc=/);
  expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
  expect(html).not.toMatch(/href="\.\/favicon/);
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toMatch(/script-src 'sha256-[^']+'(;|$)/);
  expect(policy).not.toContain('unsafe');
  // Trusted Types as on the web; the map's data: worker passes only because it is made of the worker's own source.
  expect(policy).toContain("require-trusted-types-for 'script'; trusted-types svelte-trusted-html default");
  // The text is in the file, readable before (and without) any script.
  for (const step of story.steps) expect(html).toContain(`id="${step.id}"`);
  expect(html).toContain(`<time datetime="${story.published}">`);
});

test('opens from file:// with no network: the map draws and follows the steps, with no error', async ({ page }) => {
  // No network: anything but the file itself is refused, and reported by the watcher.
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const watcher = await watch(page, 'file:');

  const url = pathToFileURL(file).href;
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText(story.headline);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  // Steps reached as a presenter would: by address, then by key.
  const a = story.steps.find((s) => s.routes?.length)!;
  await page.goto(`${url}?present#${a.id}`);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', a.id);
  await expect(page.locator(`${MAP} [data-route]`).first()).toBeAttached();
  // On to the next step: through the slides the first is split into on this screen.
  await expect(page.locator('main > .steps')).toHaveAttribute('data-slides', /\d/);
  const slides = Number((await page.locator('main > .steps').getAttribute('data-slides'))!.split(' ')[a.index]);
  for (let i = 0; i < slides; i++) await page.keyboard.press('PageDown');
  const b = story.steps[a.index + 1]!;
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', b.id);
  await page.keyboard.press('End');
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps.at(-1)!.id);
  // No QR code of a file address: a phone could not open it.
  await expect(page.getByRole('button', { name: story.strings.qrShow })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/offline/present-last-step.png' });

  await watcher.expectClean();
});

test('a classroom file beside each edition\'s copy holds no graphic item, and its toggle leads there and back', async ({ page }) => {
  for (const code of editionCodes(STORY_DIR)) {
    const edition = loadStory(STORY_DIR, undefined, code);
    const dir = code === SOURCE ? resolve(file, '..') : resolve(file, '..', code);
    expect(sensitiveIn(readFileSync(resolve(dir, 'index.html'), 'utf8'), edition).length, code).toBeGreaterThan(0);
    expect(sensitiveIn(readFileSync(resolve(dir, 'classroom.html'), 'utf8'), edition), code).toEqual([]);
  }
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const watcher = await watch(page, 'file:');
  await page.goto(pathToFileURL(file).href);
  await page.locator('[data-classroom-toggle="on"]').click();
  await expect(page).toHaveURL(/classroom\.html/);
  await expect(page.locator('[data-classroom-badge]')).toBeVisible();
  await expect(page.locator('[data-sensitive]')).toHaveCount(0);
  await expect(page.locator('[data-step]')).toHaveCount(classroomStory(story).steps.length);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await page.locator('[data-classroom-toggle="off"]').click();
  await expect(page).toHaveURL(/index\.html|\/$/);
  await expect(page.locator('[data-sensitive]').first()).toBeAttached();
  await watcher.expectClean();
});

test('one file per edition: the other editions\' copies (Dutch and French here) open from file:// in their language, linked to one another', async ({ page }) => {
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const watcher = await watch(page, 'file:');
  for (const code of editionCodes(STORY_DIR).filter((c) => c !== SOURCE)) {
    const edition = loadStory(STORY_DIR, undefined, code);
    const copy = resolve(file, '..', code, 'index.html');
    await page.goto(pathToFileURL(copy).href);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.strings.lang);
    await expect(page.locator('h1')).toHaveText(edition.headline);
    await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    // From the edition to the English file and back, by the language links.
    await page.locator('nav.editions a[hreflang="en"]').click();
    await expect(page.locator('h1')).toHaveText(story.headline);
    await page.locator(`nav.editions a[hreflang="${edition.strings.lang}"]`).click();
    await expect(page.locator('h1')).toHaveText(edition.headline);
  }
  await watcher.expectClean();
});

/**
 * The web page draws its basemap from vector tiles cut at build time
 * (scripts/lib/basemap-tiles.ts); the offline copy from the GeoJSON files
 * they were cut from, tiled by MapLibre in the page as it always was. Same
 * step, same window: the two maps must be the same picture, so the tiles
 * cannot have made a coast coarser or lost a border or a tint.
 */
const BESIDE_TEXT = 600;
test('the web map, drawn from tiles, is the picture the offline copy draws from the GeoJSON files', async ({ browser, baseURL }) => {
  // Four views far apart in this story; in another story's folder, four steps spread through it.
  const chosen = ['front-door', 'hidden-flow', 'burj-vista', 'freetown-mass'];
  const n = story.steps.length;
  const steps = chosen.every((id) => story.steps.some((s) => s.id === id)) ? chosen : [1, Math.round(n / 3), Math.round((2 * n) / 3), n - 1].map((i) => story.steps[i]!.id);
  const shots: Record<string, Buffer[]> = {};
  for (const [which, base] of [
    ['web', baseURL!],
    ['offline', pathToFileURL(file).href]
  ] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const id of steps) {
      await page.goto(`${base}#${id}`);
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', id);
      await page.evaluate(() => document.fonts.ready);
      // Tiles still arriving after the camera has: wait until MapLibre has drawn everything it wants.
      await page.waitForTimeout(1500);
      // The map beside the text: a deep link may place the card a few pixels apart in the two copies
      // (the web page's fonts arrive after it has scrolled), and the card is not what is compared.
      const covered = await page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('[data-covers-map]')].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.left < 640).map((r) => r.right)));
      expect(covered, `${which} ${id}: the text ends left of the compared part`).toBeLessThan(BESIDE_TEXT);
      (shots[id] ??= []).push(await page.screenshot({ clip: { x: BESIDE_TEXT, y: 0, width: 1280 - BESIDE_TEXT, height: 800 } }));
    }
    await context.close();
  }
  const page = await browser.newPage();
  for (const id of steps) {
    const [web, offline] = shots[id]!.map((b) => `data:image/png;base64,${b.toString('base64')}`);
    const differ = await page.evaluate(async ([a, b]) => {
      const pixels = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        return g.getImageData(0, 0, image.width, image.height).data;
      };
      const [pa, pb] = await Promise.all([pixels(a!), pixels(b!)]);
      if (pa.length !== pb.length) return -1;
      let count = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 48) count++;
      }
      return count;
    }, [web, offline]);
    // Antialiasing along a tile seam may differ by a shade; a moved coast would differ by hundreds of pixels.
    expect(differ, `${id}: pixels that differ between tiles and GeoJSON`).toBeGreaterThanOrEqual(0);
    expect(differ, `${id}: pixels that differ between tiles and GeoJSON`).toBeLessThanOrEqual(40);
  }
  await page.close();
});

test('from file://, the presenter view opens and keeps in step with the projector both ways', async ({ page, context }) => {
  // No network for either window.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const watcher = await watch(page, 'file:');
  const url = pathToFileURL(file).href;
  await page.goto(`${url}?present#${story.steps[1]!.id}`);
  await expect(page.locator('main > .steps')).toHaveAttribute('data-slides', /\d/, { timeout: 60_000 });
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const presenter = await opened;
  const presenterWatch = await watch(presenter, 'file:');
  expect(presenter.url()).toBe(`${url}?present&presenter#${story.steps[1]!.id}`);
  await expect(presenter.locator('[data-presenter]')).toBeVisible();
  const counter = (p: typeof page) => p.locator("[data-counter]:not([data-slide-preview] *)");
  // The projector's slides reach the presenter (its counter names them), and keys go both ways.
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  await presenter.keyboard.press('End');
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', story.steps.at(-1)!.id);
  await page.keyboard.press('Home');
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  await expect(presenter.locator(`[data-notes="${story.steps[0]!.chapter}"]`)).toBeVisible();
  await presenterWatch.expectClean();
  await watcher.expectClean();
});
