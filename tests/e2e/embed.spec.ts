/**
 * The embed (`?embed`) inside a host page on another origin, as a newsroom
 * would paste it: a fixed-height iframe stepped with its own buttons, and
 * the README's pym.js-compatible snippet sizing the frame from the story's
 * height messages.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { MAP, story } from './expect-scene.ts';
import { template } from '../../src/lib/format.ts';

const N = story.steps.length;
const FRAME_ID = 'story-frame';
let host: Server;
/** `localhost`, where the story is served from 127.0.0.1, on another port: another origin. */
let hostOrigin = '';
let storyBase = '';

/** The README's snippet, between its markers, pointed at the story under test. */
function readmeSnippet(base: string): string {
  const readme = readFileSync('README.md', 'utf8');
  const block = /<!-- embed-snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- embed-snippet:end -->/.exec(readme);
  if (!block) throw new Error('README.md has no embed snippet between <!-- embed-snippet:start --> and <!-- embed-snippet:end -->');
  return block[1]!.replace('https://example.org/graphics/cocaine-road/', base);
}

/** A host page that records every message its frames post. */
function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host</title><link rel="icon" href="data:,">
<script>window.__messages = []; addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });</script>
</head><body style="margin:0;padding:16px;font-family:sans-serif"><h1 style="font-size:18px">The host's own page</h1>
<div style="width:390px">${body}</div><p>The host's text after the embed.</p></body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  storyBase = new URL('./', baseURL!).href;
  const pages: Record<string, string> = {
    '/fixed': hostPage(
      `<iframe id="${FRAME_ID}" src="${storyBase}?embed&childId=${FRAME_ID}" title="${story.headline}" style="width:390px;height:600px;border:0"></iframe>`
    ),
    '/snippet': hostPage(readmeSnippet(storyBase))
  };
  host = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    if (page) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((ok) => host?.close(ok));
});

/** Every request goes to the host or to the story's own origin; no console error in either. */
function watchBoth(page: Page): () => void {
  const stray: string[] = [];
  const errors: string[] = [];
  const storyOrigin = new URL(storyBase).origin;
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(hostOrigin) && !url.startsWith(storyOrigin) && !/^(data|blob):/.test(url)) stray.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return () => {
    expect(stray, 'requests to a third origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  };
}

const pymHeights = (page: Page, frameId = FRAME_ID) =>
  page.evaluate(
    ([id, origin]) =>
      (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages
        .filter((m) => m.origin === origin && typeof m.data === 'string' && m.data.startsWith(`pymxPYMx${id}xPYMxheightxPYMx`))
        .map((m) => Number((m.data as string).split('xPYMx')[3])),
    [frameId, new URL(storyBase).origin]
  );

test('in a fixed-height iframe on another origin, the buttons step through the story and the map follows', async ({ page }) => {
  const clean = watchBoth(page);
  await page.goto(`${hostOrigin}/fixed`);
  const frame = page.frameLocator(`#${FRAME_ID}`);
  await expect(frame.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await expect(frame.locator('html')).toHaveAttribute('data-mode', 'embed');
  await expect(frame.locator('.hero')).toHaveCount(0);
  const number = new Intl.NumberFormat(story.strings.locale);
  const next = frame.getByRole('button', { name: story.strings.stepNext });

  for (const step of story.steps) {
    await expect(frame.locator('[data-counter]')).toHaveText(
      template(story.strings.stepCounter, { n: number.format(step.index + 1), total: number.format(N) })
    );
    await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', step.id);
    await expect(frame.locator(MAP)).toHaveAttribute('data-scene', step.id);
    if (step.id === 'three-countries') await page.screenshot({ path: 'test-results/screenshots/embed/390x600.png' });
    if (step.index < N - 1) await next.click();
  }
  await expect(next).toBeDisabled();
  await frame.getByRole('button', { name: story.strings.stepPrevious }).click();
  await expect(frame.locator(MAP)).toHaveAttribute('data-scene', story.steps[N - 2]!.id);

  // Everything sits inside the 600-pixel frame; the host page itself never scrolled.
  const box = (await page.locator(`#${FRAME_ID}`).boundingBox())!;
  for (const sel of ['main > header', 'main > .steps', 'main > footer']) {
    const part = (await frame.locator(sel).boundingBox())!;
    expect(part.y, sel).toBeGreaterThanOrEqual(box.y - 1);
    expect(part.y + part.height, sel).toBeLessThanOrEqual(box.y + box.height + 1);
  }
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The host heard the height, in pym's format with its frame's id, and in AMP's.
  expect((await pymHeights(page)).length).toBeGreaterThan(0);
  const amp = await page.evaluate(() =>
    (window as unknown as { __messages: { data: unknown }[] }).__messages.some(
      (m) => typeof m.data === 'object' && m.data !== null && (m.data as { sentinel?: string; type?: string }).type === 'embed-size'
    )
  );
  expect(amp).toBe(true);

  // Beside them, the story's events for the host's analytics: the view, then the steps the reader stopped at.
  const storyOrigin = new URL(storyBase).origin;
  const events = () =>
    page.evaluate(
      (origin) =>
        (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages
          .map((m) => (m.origin === origin ? m.data : null))
          .filter((d): d is { type: string; detail: Record<string, unknown> } => typeof d === 'object' && d !== null && /^story:/.test(String((d as { type?: unknown }).type))),
      storyOrigin
    );
  await expect.poll(async () => (await events()).at(-1)?.detail.index).toBe(N - 2);
  const heard = await events();
  expect(heard[0]).toEqual({ type: 'story:view', detail: { view: 'embed' } });
  const steps = heard.filter((e) => e.type === 'story:step').map((e) => e.detail);
  for (const d of steps) expect(d).toEqual({ id: story.steps[d.index as number]!.id, index: d.index, chapter: story.steps[d.index as number]!.chapter, total: N });
  expect(steps[0]!.index).toBe(0);
  expect(steps.map((d) => d.index)).toContain(N - 1);
  for (let i = 1; i < steps.length; i++) expect(steps[i]!.id).not.toBe(steps[i - 1]!.id);
  // And in pym.js's format, for a host that listens with pymParent.onMessage('story:step', …).
  const pym = await page.evaluate(
    (prefix) => (window as unknown as { __messages: { data: unknown }[] }).__messages.filter((m) => typeof m.data === 'string' && m.data.startsWith(prefix)).length,
    `pymxPYMx${FRAME_ID}xPYMxstory:stepxPYMx`
  );
  expect(pym).toBe(steps.length);
  clean();
});

test('a long step scrolls inside its panel, and the keys step once the reader is in the frame', async ({ page }) => {
  await page.goto(`${hostOrigin}/fixed`);
  const frame = page.frameLocator(`#${FRAME_ID}`);
  await expect(frame.locator('html')).toHaveAttribute('data-mode', 'embed');
  await frame.locator('[data-counter]').click();
  const longest = story.steps.reduce((a, b) => (JSON.stringify(b.body).length > JSON.stringify(a.body).length ? b : a));
  await page.keyboard.press('End');
  await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', story.steps[N - 1]!.id);
  await page.keyboard.press('Home');
  for (let i = 0; i < longest.index; i++) await page.keyboard.press('ArrowRight');
  await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', longest.id);
  const panel = frame.locator('main > .steps');
  const [scrollHeight, clientHeight] = await panel.evaluate((el) => [el.scrollHeight, el.clientHeight]);
  expect(scrollHeight).toBeGreaterThan(clientHeight);
  await panel.hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The next step starts at its top.
  await frame.getByRole('button', { name: story.strings.stepNext }).click();
  await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', story.steps[longest.index + 1]!.id);
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  // With the focus in the panel, ↓ reads down it before it steps on.
  await frame.getByRole('button', { name: story.strings.stepPrevious }).click();
  await panel.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(frame.locator('[aria-current="step"]')).toHaveAttribute('id', longest.id);
});

test('the README snippet sizes the frame from the story\'s pym.js height messages', async ({ page }) => {
  const clean = watchBoth(page);
  await page.goto(`${hostOrigin}/snippet`);
  const frame = page.frameLocator('iframe');
  const id = await page.locator('iframe').getAttribute('id');
  await expect(frame.locator('html')).toHaveAttribute('data-mode', 'embed');
  await expect.poll(async () => (await pymHeights(page, id!)).length).toBeGreaterThan(0);
  const heights = await pymHeights(page, id!);
  const wanted = heights.at(-1)!;
  // The preferred height depends on the frame's width alone (README: 520 to 680 pixels).
  expect(wanted).toBeGreaterThanOrEqual(520);
  expect(wanted).toBeLessThanOrEqual(680);
  await expect.poll(async () => Math.round((await page.locator('iframe').boundingBox())!.height)).toBe(wanted);
  // Sized once, it stays: no loop of ever-growing heights.
  await page.waitForTimeout(500);
  expect(new Set(await pymHeights(page, id!)).size).toBe(1);
  await expect(frame.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await frame.getByRole('button', { name: story.strings.stepNext }).click();
  await expect(frame.locator(MAP)).toHaveAttribute('data-scene', story.steps[1]!.id);
  clean();
});

test.describe('at a frame\'s size', () => {
  test.use({ viewport: { width: 390, height: 600 } });
  test('axe finds nothing in the embed', async ({ page }) => {
    await page.goto('./?embed#three-countries');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
    await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', 'three-countries');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});
