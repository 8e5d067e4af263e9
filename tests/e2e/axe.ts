/** An axe-core scan of the story at its top, middle and end. */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { MAP, scrollToStep, story } from './expect-scene.ts';

async function scan(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`);
  expect(found, `axe violations ${where}`).toEqual([]);
}

/** `renderer`: the data-map value expected (MapLibre's "ready" or the SVG map's "svg"). */
export async function scanTopMiddleEnd(page: Page, renderer: RegExp): Promise<void> {
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', renderer, { timeout: 60_000 });
  await scan(page, 'top');
  for (const [where, step] of [['middle', story.steps[Math.floor(story.steps.length / 2)]!], ['end', story.steps.at(-1)!]] as const) {
    await scrollToStep(page, step.id);
    await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id);
    await scan(page, where);
  }
}
