/**
 * The other editions (Dutch and French here), served from nl/ and fr/ of the same site:
 * every step reaches its scene, a deep link lands, the language links keep
 * the step and the view, nothing is left in English, axe and the CSP are
 * clean, and the handout prints. (The English edition has the full suite.)
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SOURCE, editionCodes, loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { MAP } from './expect-scene.ts';
import { watch } from './watch.ts';
import type { Story } from '../../src/lib/content/schema.ts';

const english = loadStory(STORY_DIR);
/** Every edition but the source one, named as the page names it (in its own language). */
const EDITIONS = editionCodes(STORY_DIR)
  .filter((code) => code !== SOURCE)
  .map((code) => ({ code, name: (new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code).replace(/^./u, (c) => c.toUpperCase()) }));

/** Every interface string, flattened: key path → words. */
function flat(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => flat(v, path ? `${path}.${k}` : k));
  return [];
}

async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.55));
}

for (const { code, name } of EDITIONS) {
  const story: Story = loadStory(STORY_DIR, undefined, code);

  test.describe(`${name} (${code}/)`, () => {
    // The camera's flights are the English suite's business; here the map jumps, so the walk is short.
    test.use({ reducedMotion: 'reduce' });
    test('every step brings the map to its scene, in the edition’s language, with no error and no CSP violation', async ({ page, baseURL }) => {
      const watcher = await watch(page, new URL(baseURL!).origin);
      await page.goto(`./${code}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', story.strings.lang);
      await expect(page.locator('h1')).toHaveText(story.headline);
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
      for (const step of story.steps) {
        await scrollToStep(page, step.id);
        await expect(page.locator(MAP), step.id).toHaveAttribute('data-scene', step.id);
        await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', step.id);
      }
      // The map's own words: the names of the places it marks (here, the last step's), in this edition.
      const last = story.steps.at(-1)!;
      const labels = await page.locator(`${MAP} text.label`).allTextContents();
      const names = (last.places ?? []).map((id) => story.places[id]!.name);
      expect(names.filter((n) => labels.some((l) => l.includes(n)))).not.toEqual([]);
      expect(labels.filter((l) => !names.some((n) => l.includes(n)) && !/\d/.test(l))).toEqual([]);
      await watcher.expectClean();
    });

    test('no interface word is left in English', async ({ page }) => {
      await page.goto(`./${code}/`);
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
      const ours = new Map(flat(story.strings));
      // Words the two editions share (a name, "Source" in French) are not a sign of anything left behind.
      const englishOnly = flat(english.strings)
        .filter(([key, text]) => ours.get(key) !== text && !/\{/.test(text) && text.length >= 4 && !flat(story.strings).some(([, t]) => t.includes(text)))
        .map(([, text]) => text);
      const seen = await page.evaluate(() => {
        const attrs = [...document.querySelectorAll('[aria-label],[alt],[title],[placeholder]')].flatMap((el) =>
          ['aria-label', 'alt', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '')
        );
        return [document.body.innerText, ...attrs].join('\n');
      });
      expect(englishOnly.length).toBeGreaterThan(20);
      expect(englishOnly.filter((text) => seen.includes(text))).toEqual([]);
      expect(seen).not.toContain(english.headline);
      expect(seen).not.toContain(english.chapters[0]!.title);
    });

    test('a deep link opens on its step, and the language links keep the step and the view', async ({ page }) => {
      const target = story.steps[Math.floor(story.steps.length / 2)]!;
      await page.goto(`./${code}/index.html#${target.id}`);
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', target.id);
      // Reading on, then switching to English: the same step, in English.
      const next = story.steps[target.index + 1]!;
      await scrollToStep(page, next.id);
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', next.id);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${next.id}`);
      await page.locator('nav.editions a[hreflang="en"]').click();
      await expect(page).toHaveURL(new RegExp(`/graphics/story/index\\.html#${next.id}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', next.id);

      // Presenting in English, then into this edition: still presenting, at the same step.
      await page.goto(`./?present#${next.id}`);
      await expect(page.locator('[data-counter]')).toBeVisible();
      await page.locator(`nav.editions a[hreflang="${story.strings.lang}"]`).click();
      await expect(page).toHaveURL(new RegExp(`/${code}/index\\.html\\?present#${next.id}$`));
      await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', next.id);
      await expect(page.locator('[data-counter]')).toContainText(String(next.index + 1));

      // The classroom version links to its counterpart, and the head lists every edition.
      await page.goto(`./${code}/classroom.html`);
      await expect(page.locator('html')).toHaveAttribute('data-view', 'classroom');
      await expect(page.locator('nav.editions a[hreflang="en"]')).toHaveAttribute('href', '../classroom.html');
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((e) => e.getAttribute('hreflang')));
      const langs = editionCodes(STORY_DIR).map((c) => loadStory(STORY_DIR, undefined, c).strings.lang);
      expect(alternates.sort()).toEqual([...langs, 'x-default'].sort());
    });

    test('the other views in the edition: the notes beside a slide, exploring, the embed', async ({ page }) => {
      // The sixth chapter (the violence, in this story), or the last of a shorter story.
      const chapter = story.chapters[Math.min(5, story.chapters.length - 1)]!;
      const step = story.steps.find((s) => s.chapter === chapter.id)!;
      await page.goto(`./${code}/?present#${step.id}`);
      await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', step.id);
      await page.keyboard.press('n');
      await expect(page.locator(`[data-notes="${chapter.id}"]`)).toContainText(chapter.note);
      await expect(page.locator(`[data-notes="${chapter.id}"]`)).toContainText(chapter.questions[0]!);
      await page.keyboard.press('n');
      await page.getByRole('button', { name: story.strings.exploreStart }).click();
      await expect(page.locator('html')).toHaveAttribute('data-explore', '');
      await page.getByRole('button', { name: story.strings.exploreLeave }).click();
      await expect(page.locator('html')).not.toHaveAttribute('data-explore', /.*/);

      await page.goto(`./${code}/?embed#${step.id}`);
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id, { timeout: 60_000 });
      await page.getByRole('button', { name: story.strings.stepNext }).click();
      await expect(page.locator(MAP)).toHaveAttribute('data-scene', story.steps[step.index + 1]!.id);
      await expect(page.locator('nav.editions a[hreflang="en"]')).toBeVisible();
    });

    test('axe finds nothing, and the handout prints', async ({ page }) => {
      await page.goto(`./${code}/`);
      await expect(page.locator(MAP)).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.goto(`./${code}/?print`);
      await expect(page.locator('[data-handout]')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('[data-handout]')).toContainText(story.chapters[0]!.questions[0]!);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
}
