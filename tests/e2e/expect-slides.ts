/**
 * The presentation's slides as the page reports them (`data-slides` on the
 * panel: how many slides each step has on this screen) and the counter's
 * words for a slide, from the strings file.
 */
import { expect, type Page } from '@playwright/test';
import { story } from './expect-scene.ts';
import { template } from '../../src/lib/format.ts';

const number = new Intl.NumberFormat(story.strings.locale);

export function counterText(index: number, slide = 0, slides = 1): string {
  const where = { n: number.format(index + 1), total: number.format(story.steps.length) };
  if (slides <= 1) return template(story.strings.stepCounter, where);
  return template(story.strings.slideCounter, { ...where, slide: number.format(slide + 1), slides: number.format(slides) });
}

/** How many slides each step has on this screen, once the fonts are in and the measure has settled. */
export async function slideCounts(page: Page): Promise<number[]> {
  await page.evaluate(() => document.fonts.ready);
  const steps = page.locator('main > .steps');
  await expect(steps).toHaveAttribute('data-slides', /^\d+( \d+)*$/);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = (await steps.getAttribute('data-slides')) ?? '';
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [200] }
    )
    .toBe(true);
  return last.split(' ').map(Number);
}
