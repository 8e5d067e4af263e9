/**
 * The charts, legend and people in the built page, in real Chromium, on a
 * phone and on a desktop: each chart is drawn in its step with the right
 * numbers, grows as the reader scrolls through the step, shows its final
 * state at once with reduced motion, and reads as tables with JavaScript off.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MAP, story } from './expect-scene.ts';

const chartSteps = story.steps.filter((s) => s.chart).map((s) => ({ id: s.id, chart: s.chart! }));
const peopleSteps = story.steps.filter((s) => s.people?.length);

/** Numbers each chart must show, as the page writes them (spaces normalised). */
const VALUES: Record<string, string[]> = {
  'seizures-by-country': ['123 t', '116 t', '118 t', '59 t', '119 t', '419 t', '72%'],
  'seized-vs-flow': ['419 t ÷ 0.20 = 2,095 t', '419 t ÷ 0.10 = 4,190 t'],
  'brussels-shootings': ['92', '9 dead, 48 injured', '57', 'by the autumn'],
  'justice-timeline': ['December 2023', '25 June 2024', 'summer 2025']
};

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\u202f|\u00a0/g, ' ');

async function open(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', /ready|svg/, { timeout: 60_000 });
}

/** Puts a step's top `at` (a fraction of the screen) from the top, and waits for the map to show it. */
async function scrollStep(page: Page, id: string, at: number): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate((el, f) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * f), at);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', id);
}

/** How far the chart's first bar (or the timeline's first symbol) has grown. */
async function grownOf(chart: Locator): Promise<number> {
  return chart.evaluate((el) => {
    const bar = el.querySelector('[data-grown]');
    if (bar) return Number(bar.getAttribute('data-grown'));
    const symbol = el.querySelector('.strip .symbol');
    return Number(/scale\(([\d.]+)\)/.exec(symbol?.getAttribute('transform') ?? '')?.[1] ?? NaN);
  });
}

for (const { id, chart } of chartSteps) {
  test(`${chart} grows as the reader scrolls through step ${id}, and ends with its numbers and its source`, async ({ page }) => {
    await open(page);
    // Just past the trigger line: the step is active, its progress near zero.
    await scrollStep(page, id, 0.57);
    const figure = page.locator(`[data-step="${id}"] [data-chart="${chart}"]`);
    const early = await grownOf(figure);
    expect(early).toBeLessThan(1);
    const step = page.locator(`[data-step="${id}"]`);
    await step.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().height * 0.2));
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', id);
    await expect.poll(() => grownOf(figure)).toBeGreaterThan(early);
    await step.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().height * 0.35));
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', id);
    await expect.poll(() => grownOf(figure)).toBe(1);

    // Grown: its numbers, its source, and nothing cut off or overlapping.
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toBeVisible();
    const shown = await text(figure);
    for (const v of VALUES[chart]!) expect(shown, `${chart} shows ${v}`).toContain(v);
    await expect(figure.locator('[data-source-line]')).toHaveText(/^Sources?: /);
    const [card, drawing] = await Promise.all([
      page.locator(`[data-step="${id}"] .card`).boundingBox(),
      figure.locator('.graphic').boundingBox()
    ]);
    expect(drawing!.x).toBeGreaterThanOrEqual(card!.x);
    expect(drawing!.x + drawing!.width).toBeLessThanOrEqual(card!.x + card!.width + 0.5);
    const boxes = await figure.locator('.graphic').evaluate((g) =>
      [...g.querySelectorAll('.label, .value, .sub, .share-label, .all-label, .head span, .key span, .year-label')]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height }))
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
        expect(overlap, `labels ${i} and ${j} of ${chart} overlap`).toBe(false);
      }
    }
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every chart is finished as soon as its step is reached', async ({ page }) => {
    await open(page);
    for (const { id, chart } of chartSteps) {
      await scrollStep(page, id, 0.57);
      await expect.poll(() => grownOf(page.locator(`[data-step="${id}"] [data-chart="${chart}"]`))).toBe(1);
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every chart is in the HTML, finished, with its numbers in a table or list', async ({ page }) => {
    await page.goto('./');
    for (const { id, chart } of chartSteps) {
      const figure = page.locator(`[data-step="${id}"] [data-chart="${chart}"]`);
      await expect(figure).toHaveCount(1);
      expect(await grownOf(figure)).toBe(1);
      const alternative = story.charts[chart]!.type === 'timeline' ? figure.locator('ol') : figure.locator('table');
      await expect(alternative).toHaveCount(1);
      const said = await text(alternative);
      for (const v of VALUES[chart]!.map((x) => x.replace(/ = .*$/, ''))) expect(said, `${chart} says ${v}`).toContain(v);
    }
  });
});

test('the legend in the card keys the map, with circles at the map\'s own scale', async ({ page }) => {
  const step = story.steps.find((s) => s.circles === 'seizures')!;
  await open(page);
  await scrollStep(page, step.id, 0.55);
  const legend = page.locator(`[data-step="${step.id}"] .legend`);
  await expect(legend).toHaveAttribute('aria-hidden', 'true');
  await expect(legend.locator('[data-key="entry"] rect.marker')).toHaveCount(1);
  const onMap = Number(await page.locator(`${MAP} [data-value="123"]`).getAttribute('r'));
  const inKey = Number(await legend.locator('.key-circle[data-value="100"]').getAttribute('r'));
  expect(onMap / inKey).toBeCloseTo(Math.sqrt(123 / 100), 2);
});

test('the people are on the map at each of their steps, readable and apart', async ({ page }) => {
  await open(page);
  const viewport = page.viewportSize()!;
  for (const step of peopleSteps) {
    await scrollStep(page, step.id, 0.55);
    const cards = page.locator(`${MAP} [data-person]`);
    await expect(cards).toHaveCount(step.people!.length);
    const boxes = await cards.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    for (const [i, b] of boxes.entries()) {
      const person = story.people[step.people![i]!]!;
      await expect(cards.nth(i)).toContainText(person.name);
      await expect(cards.nth(i)).toHaveAttribute('data-status', person.status);
      const where = `${step.id}: ${person.name}`;
      expect(b.x, where).toBeGreaterThanOrEqual(0);
      expect(b.y, where).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w, where).toBeLessThanOrEqual(viewport.width);
      expect(b.y + b.h, where).toBeLessThanOrEqual(viewport.height);
      for (const c of boxes.slice(i + 1)) {
        expect(b.x < c.x + c.w && c.x < b.x + b.w && b.y < c.y + c.h && c.y < b.y + b.h, `cards overlap at ${step.id}`).toBe(false);
      }
    }
  }
});

test('axe finds nothing where the charts and the people show', async ({ page }) => {
  await open(page);
  for (const [i, step] of story.steps.filter((s) => s.chart || s.people?.length).entries()) {
    await scrollStep(page, step.id, 0.55);
    const chart = page.locator(`[data-step="${step.id}"] [data-chart]`);
    if (await chart.count()) await chart.scrollIntoViewIfNeeded();
    const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    // The whole page once; then what this step changes: its card, and the map with its people and legend.
    const result = await (i === 0 ? axe : axe.include(`[data-step="${step.id}"]`).include('.map-stage')).analyze();
    const found = result.violations.map((v) => `${step.id}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
    expect(found, `axe violations at ${step.id}`).toEqual([]);
  }
});
