import { expect, test, type Page } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';

const story = loadStory(STORY_DIR);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole story is in the HTML the server sends', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    await expect(page.locator('[data-step]')).toHaveCount(story.steps.length);
    for (const step of story.steps) {
      const first = step.body[0]!;
      const text = first.type === 'quote' ? first.value.text : first.type === 'sources' ? null : first.value;
      if (text) await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(text);
    }
    await expect(page).toHaveTitle(story.headline);
  });
});

test('the page declares a strict Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:/);
  // No inline script; the article's JSON-LD and the story the page hydrates from are data blocks, which browsers never run.
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/);
  expect(html.match(/<script type="application\/ld\+json">/g) ?? []).toHaveLength(1);
  expect(html.match(/<script type="application\/json" id="story-data">/g) ?? []).toHaveLength(1);
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/); // no root-absolute URL: works under any sub-path
});

test('the text comes before every script, and the map\'s code is none of them', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const text = html.indexOf('<div id="app">');
  const scripts = [...html.matchAll(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)];
  expect(scripts.length).toBeGreaterThan(1);
  for (const s of scripts) expect(s.index, s[0]).toBeGreaterThan(text);
  // The entry asks for it where WebGL works (fallback.spec.ts: without it, nothing of MapLibre is fetched).
  expect(html).not.toMatch(/map-view-[\w-]+\.js|maplibre-gl-worker/);
});

/** Loads the story until its map has drawn; where each of the map's files was asked for, and how often it was downloaded. */
async function loadMap(page: Page) {
  await page.goto('./');
  await expect(page.locator('.map-stage')).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  const { fetched, hydrate } = await page.evaluate(() => ({
    fetched: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, bytes: (e as PerformanceResourceTiming).transferSize })),
    hydrate: performance.getEntriesByName('story:hydrate')[0]?.startTime ?? NaN
  }));
  const of = (pattern: RegExp) => fetched.filter((f) => pattern.test(f.name));
  // Asked for early by the entry and again by the map stage, and by MapLibre for its worker: downloaded once all the same.
  for (const file of [/\/map-view-[\w-]+\.js$/, /\/maplibre-gl-worker-[\w-]+\.mjs$/]) {
    expect(of(file).filter((w) => w.bytes > 2_000), `downloads of ${file}`).toHaveLength(1);
  }
  return { chunk: of(/\/map-view-[\w-]+\.js$/)[0]!, hydrate };
}

test('on a slow line the map\'s code downloads while the page hydrates, each file once', async ({ page, context }) => {
  test.slow();
  // Lighthouse's mobile profile, as `npm run bench` throttles it: the text paints before the entry script has even arrived.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1600 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const { chunk, hydrate } = await loadMap(page);
  expect(chunk.start, 'the map chunk is asked for before hydration').toBeLessThan(hydrate);
});

test('on a fast load the map\'s code is downloaded once', async ({ page }) => {
  const { chunk, hydrate } = await loadMap(page);
  expect(chunk.start).toBeGreaterThan(0);
  expect(Number.isFinite(hydrate)).toBe(true);
});
