import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MAP, scrollToStep, story } from './expect-scene.ts';

async function scan(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
  expect(found, `axe violations ${where}`).toEqual([]);
}

test('axe finds nothing at the top, in the middle and at the end of the story', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', /ready|svg/, { timeout: 60_000 });
  await scan(page, 'top');
  const middle = story.steps[Math.floor(story.steps.length / 2)]!;
  await scrollToStep(page, middle.id);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', middle.id);
  await scan(page, 'middle');
  const last = story.steps.at(-1)!;
  await scrollToStep(page, last.id);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', last.id);
  await scan(page, 'end');
});

test('the map is hidden from assistive technology and every step says what it shows', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('aria-hidden', 'true');
  for (const step of story.steps) {
    await expect(page.locator(`[data-step="${step.id}"] .visually-hidden`)).toHaveText(step.alt);
  }
  const headings = await page.locator('h1, h2, h3').evaluateAll((hs) => hs.map((h) => h.tagName));
  expect(headings[0]).toBe('H1');
  expect(headings.filter((h) => h === 'H1')).toHaveLength(1);
  expect(headings.slice(1).every((h) => h === 'H2' || h === 'H3')).toBe(true);
});

test('a skip link reaches the text, focus is visible, and the keyboard scrolls the page', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0); // shown on screen while focused
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#story')).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getElementById('story')!.getBoundingClientRect().top)).toBeLessThan(50);

  for (const key of ['PageDown', 'Space', 'ArrowDown']) {
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(key);
    await expect.poll(() => page.evaluate(() => window.scrollY), `${key} scrolls`).toBeGreaterThan(before);
  }
  await page.keyboard.press('PageUp');
  // Tabbing moves on through the page and never gets stuck.
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
  }
  expect(seen.size).toBeGreaterThan(1);
});

test('the scan is real: it catches a violation planted in the page', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'favicon.svg';
    document.querySelector('main')!.prepend(img);
  });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a']).analyze();
  expect(result.violations.map((v) => v.id)).toContain('image-alt');
});
