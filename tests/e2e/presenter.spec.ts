/**
 * The presenter view: opened from the presentation (button or P) as a second
 * window of the same page, it shows the teacher the slide on the projector,
 * the next one, the chapter's note and questions and the time; the projector
 * then shows no notes. Keys in either window move both, also after the
 * projector's window reloads, with no key pressed in the presenter view. It
 * never loads MapLibre's code. Closing it gives the projector its notes back.
 * (From the offline file: offline.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { MAP, story } from './expect-scene.ts';
import { watch } from './watch.ts';
import { template } from '../../src/lib/format.ts';

// The window's own counter, not the ones drawn in the presenter's previews of the projector.
const counter = (page: Page) => page.locator('[data-counter]:not([data-slide-preview] *)');

test('the presenter view opens beside the projector and the two stay in step whichever gets the keys', async ({ page, baseURL }) => {
  const start = story.steps.find((s) => s.chart)!;
  const chapter = story.chapters.find((c) => c.id === start.chapter)!;
  await page.setViewportSize({ width: 1280, height: 720 });
  const projectorWatch = await watch(page, new URL(baseURL!).origin);
  await page.goto(`./?present#${start.id}`);
  await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  await expect(page.locator('main > .steps')).toHaveAttribute('data-slides', /\d/);

  // Every request of every window, by the window that made it: the presenter's is known only once it opens.
  const requests: { page: Page | null; url: string }[] = [];
  // (A new window's first document has no frame to ask yet; it is HTML, not code.)
  page.context().on('request', (r) => requests.push({ page: r.isNavigationRequest() ? null : r.frame().page(), url: r.url() }));
  const opened = page.waitForEvent('popup');
  await page.getByRole('button', { name: story.strings.presenter.open }).click();
  const presenter = await opened;
  const presenterWatch = await watch(presenter, new URL(baseURL!).origin);
  await expect(presenter.locator('[data-presenter]')).toBeVisible();
  expect(new URL(presenter.url()).search).toBe('?present&presenter');
  await expect(page.locator('[data-tool="presenter"]')).toHaveAttribute('aria-pressed', 'true');

  // Where the projector is, with the chapter's note and questions, and what comes next.
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  const notes = presenter.locator(`[data-notes="${chapter.id}"]`);
  await expect(notes).toContainText(chapter.note);
  for (const q of chapter.questions) await expect(notes).toContainText(q);
  await expect(presenter.locator('[data-slide-preview]').first()).toHaveAttribute('data-slide-preview', `${start.id}/1`);
  const slides = Number((await page.locator('main > .steps').getAttribute('data-slides'))!.split(' ')[start.index]);
  await expect(presenter.locator('[data-next] [data-slide-preview]')).toHaveAttribute('data-slide-preview', slides > 1 ? `${start.id}/2` : `${story.steps[start.index + 1]!.id}/1`);
  await expect(presenter.locator('[data-elapsed]')).toHaveText(new RegExp(template(story.strings.presenter.elapsed, { time: '\\d+:\\d\\d' })));
  // The slide on the projector is the one the presenter sees, block for block.
  const projectorText = await page.locator('[aria-current="step"] > .card').innerText();
  expect(projectorText.trim()).toBe((await presenter.locator('[data-slide-preview] .card').first().innerText()).trim());
  // Each preview is the projector's screen: its map of that slide's scene, drawn as SVG, framed into
  // what the panel and the tools leave free as the projector frames it, and scaled to the projector's proportions.
  const now = presenter.locator('[data-presenter] .now [data-slide-preview]');
  await expect(now.locator(`[data-scene="${start.id}"] svg.basemap path.land`).first()).toBeAttached();
  await expect(now.locator('[data-free]')).toHaveAttribute('data-free', (await page.locator(MAP).getAttribute('data-free'))!);
  const nextId = slides > 1 ? start.id : story.steps[start.index + 1]!.id;
  await expect(presenter.locator(`[data-next] [data-scene="${nextId}"] svg.basemap`)).toBeAttached();
  for (const preview of await presenter.locator('[data-slide-preview]').all()) {
    const box = (await preview.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON())) as DOMRect;
    expect(box.width / box.height).toBeCloseTo(1280 / 720, 1);
  }
  // Drawn at the projector's size, so that the card's lines break where the projector's do.
  const lines = (p: Page, card: string) =>
    p.locator(`${card} > p:not([data-off-slide]):not(.visually-hidden)`).evaluateAll((els) => els.map((el) => Math.round((el as HTMLElement).offsetHeight / parseFloat(getComputedStyle(el).lineHeight))));
  const projectorLines = await lines(page, '[aria-current="step"] > .card');
  expect(projectorLines.length).toBeGreaterThan(0);
  expect(await lines(presenter, '[data-presenter] .now [data-slide-preview] .card')).toEqual(projectorLines);
  await presenter.screenshot({ path: 'test-results/screenshots/presenter/presenter-view-1280x720.png' });
  await page.screenshot({ path: 'test-results/screenshots/presenter/projector-1280x720.png' });

  // No notes on the projector while the teacher has them.
  await page.keyboard.press('n');
  await expect(page.locator('[data-notes]')).toHaveCount(0);

  // The projector's window reloads (a cable pulled, F5): it finds the presenter view again by itself,
  // with no key pressed there, and its own keys move the presenter view as before.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
  await expect(page.locator('[data-tool="presenter"]')).toHaveAttribute('aria-pressed', 'true');
  const reloaded = await counter(page).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).not.toHaveText(reloaded!);
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(presenter)).toHaveText(reloaded!);
  await page.keyboard.press('n');
  await expect(page.locator('[data-notes]')).toHaveCount(0);

  // The presenter's keys move the projector...
  const before = await counter(page).textContent();
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageDown');
  await expect(counter(presenter)).not.toHaveText(before!);
  await expect(counter(page)).toHaveText((await counter(presenter).textContent())!);
  // ...and the projector's keys move the presenter view.
  await page.keyboard.press('ArrowLeft');
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  await presenter.keyboard.press('End');
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', story.steps.at(-1)!.id);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps.at(-1)!.id);
  await expect(counter(page)).toHaveText((await counter(presenter).textContent())!);
  await expect(presenter.locator('[data-next]')).toContainText(story.strings.presenter.end);
  await page.keyboard.press('Home');
  await expect(counter(presenter)).toHaveText((await counter(page).textContent())!);
  await expect(presenter.locator(`[data-notes="${story.steps[0]!.chapter}"]`)).toBeVisible();

  // The presenter view draws no map with MapLibre: it never asks for its code, nor for its worker.
  const presenterFiles = requests.filter((r) => r.page === presenter).map((r) => new URL(r.url).pathname);
  expect(presenterFiles.some((f) => f.includes('/assets/')), 'the presenter view loads the page\'s code').toBe(true);
  expect(presenterFiles.filter((f) => /map-view|maplibre/i.test(f))).toEqual([]);
  expect(requests.some((r) => r.page === page && /\/map-view-[\w-]+\.js$/.test(r.url)), 'the projector does').toBe(true);

  // Closing it gives the projector its notes back.
  await presenterWatch.expectClean();
  await presenter.close();
  await expect(page.locator('[data-tool="presenter"]')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('n');
  await expect(page.locator(`[data-notes="${story.steps[0]!.chapter}"]`)).toBeVisible();

  // P opens it again; leaving the presentation closes it.
  const again = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const second = await again;
  await expect(second.locator('[data-presenter]')).toBeVisible();
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  const closed = second.waitForEvent('close');
  await page.keyboard.press('Escape');
  await closed;
  await expect(page.locator('html')).not.toHaveAttribute('data-mode', /.*/);
  await projectorWatch.expectClean();
});
