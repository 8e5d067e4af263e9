/**
 * Trusted Types in a real browser: the built page's policy requires them
 * (`require-trusted-types-for 'script'`), and the whole story, in every view,
 * runs without one violation. The policy is read from the page, and once
 * shown to bite, so that the run cannot pass because nothing was enforced.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAP, scrollToStep, settle, story } from './expect-scene.ts';
import { watch, type Watch } from './watch.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';

const N = story.steps.length;

async function policyOf(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
}

/** The page's policy asks for Trusted Types, with the named policies the page needs and no others. */
async function expectTrustedTypes(page: Page): Promise<void> {
  const policy = await policyOf(page);
  expect(policy).toMatch(/(^|; )require-trusted-types-for 'script'(;|$)/);
  expect(policy).toMatch(/(^|; )trusted-types svelte-trusted-html default(;|$)/);
  expect(await page.evaluate(() => 'trustedTypes' in window), 'the browser enforces Trusted Types').toBe(true);
}

async function mapReady(page: Page): Promise<void> {
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
}

/** Opens the map for exploring, drags and zooms it, and returns to the story. */
async function explore(page: Page): Promise<void> {
  await page.getByRole('button', { name: story.strings.exploreStart }).click();
  await expect(page.locator('html')).toHaveAttribute('data-explore', '');
  const size = page.viewportSize()!;
  await page.mouse.move(size.width * 0.6, size.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(size.width * 0.6 - 150, size.height * 0.5 + 80, { steps: 8 });
  await page.mouse.up();
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: story.strings.exploreLeave }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-explore', /.*/);
}

// Flights between steps exercise no script sink; jumping keeps these long walks short.
test.use({ reducedMotion: 'reduce' });

let watcher: Watch;
test.beforeEach(async ({ page, baseURL }) => {
  watcher = await watch(page, new URL(baseURL!).origin);
});
test.afterEach(async () => {
  await watcher.expectClean();
});

test('the policy is live: a plain string given to a script sink throws and is reported', async ({ page }) => {
  await page.goto('./');
  await expectTrustedTypes(page);
  await mapReady(page);
  const refused = await page.evaluate(() => {
    const attempt = (f: () => void) => {
      try {
        f();
        return 'allowed';
      } catch (e) {
        return (e as Error).name;
      }
    };
    return {
      scriptSrc: attempt(() => (document.createElement('script').src = './x.js')),
      scriptText: attempt(() => (document.createElement('script').text = 'void 0')),
      innerHtml: attempt(() => (document.createElement('div').innerHTML = '<b>x</b>')),
      // The default policy lets the map's worker through, not any other script.
      worker: attempt(() => new Worker('./x.js')),
      otherPolicy: attempt(() => (window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }).trustedTypes.createPolicy('another', {}))
    };
  });
  // The map drew (above), so its worker started through the page's default policy.
  expect(await page.evaluate(() => (window as unknown as { trustedTypes: { defaultPolicy: { name: string } | null } }).trustedTypes.defaultPolicy?.name)).toBe('default');
  expect(refused).toEqual({ scriptSrc: 'TypeError', scriptText: 'TypeError', innerHtml: 'TypeError', worker: 'TypeError', otherPolicy: 'TypeError' });
  // The watcher hears Trusted Types violations: an empty list below means none happened, not deafness.
  const heard = await watcher.cspViolations();
  expect(heard.filter((v) => v.startsWith('require-trusted-types-for')).length).toBeGreaterThanOrEqual(4);
  expect(heard.some((v) => v.startsWith('trusted-types'))).toBe(true);
  // Expected here, and only here: the console reports each refusal.
  await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
  watcher.errors.length = 0;
});

test('the page\'s policy sent as a header with every file, as a host may, still lets the map\'s worker draw', async ({ page }) => {
  await page.goto('./');
  const policy = await policyOf(page);
  // A header reaches the worker too, which the page's <meta> does not: open sea comes as empty data: tiles.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.reload();
  await mapReady(page);
  // A step over open sea: this story's sea lanes, or another story's widest view.
  const sea = story.steps.find((s) => s.id === 'sea-lanes') ?? [...story.steps].sort((a, b) => sceneAt(story, a.index, 1).camera.zoom - sceneAt(story, b.index, 1).camera.zoom)[0]!;
  await scrollToStep(page, sea.id, 0.2);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', sea.id);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready');
});

// Scrolling through every step, and stepping through every step in the presentation, run under
// this same policy in in-sight.spec.ts and present-walk.spec.ts, whose watcher fails on any violation.
test('a jump through the story to its end, then exploring the map', async ({ page }) => {
  await page.goto('./');
  await expectTrustedTypes(page);
  await mapReady(page);
  await scrollToStep(page, story.steps[Math.floor(N / 2)]!.id, 0.2);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[Math.floor(N / 2)]!.id);
  await scrollToStep(page, story.steps[N - 1]!.id, 0.2);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[N - 1]!.id);
  await explore(page);
});

test('presenting: the QR code, the notes, exploring', async ({ page }) => {
  await page.goto('./?present');
  await expectTrustedTypes(page);
  await mapReady(page);
  await page.keyboard.press('End');
  await page.getByRole('button', { name: story.strings.qrShow }).click();
  await expect(page.locator('[data-qr] svg')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await explore(page);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
});

test('embedded: every step with the buttons', async ({ page }) => {
  await page.goto('./?embed');
  await expectTrustedTypes(page);
  await mapReady(page);
  const next = page.getByRole('button', { name: story.strings.stepNext });
  for (let i = 0; i < N; i++) {
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[i]!.id);
    if (i < N - 1) await next.click();
  }
});

test('the classroom version, scrolled, then presented', async ({ page }) => {
  await page.goto('./classroom.html');
  await expectTrustedTypes(page);
  await mapReady(page);
  for (const step of story.steps) await scrollToStep(page, step.id, 0.2);
  await settle(page);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[N - 1]!.id);
  await page.goto('./?classroom&present');
  await mapReady(page);
  await page.keyboard.press('End');
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[N - 1]!.id);
});

test('the handout: ?print, printed', async ({ page }) => {
  await page.goto('./?print');
  await expectTrustedTypes(page);
  await expect(page.locator('[data-handout]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-handout-map]')).toHaveCount(story.chapters.length);
  await expect(page.locator('[data-handout-map] path.land').first()).toBeAttached();
  await page.pdf({ format: 'A4' });
});
