import { expect, test } from '@playwright/test';
import { MAP, story } from './expect-scene.ts';
import { forClassroom, isSensitive } from '../../src/lib/content/classroom.ts';
import { editionCodes, loadStory } from '../../src/lib/content/load.ts';
import { STORY_DIR } from './story-folder.ts';
import { folderOf } from '../../scripts/lib/editions.ts';
import { sensitiveFragments, sensitiveIn } from './sensitive-text.ts';

const sensitiveCount = story.steps.flatMap((s) => s.body).filter(isSensitive).length;

test('the classroom version leaves the sensitive items out of the prerendered HTML', async ({ request }) => {
  const full = await (await request.get('./')).text();
  const classroom = await (await request.get('./classroom.html')).text();
  expect(full.match(/data-sensitive/g)?.length ?? 0).toBeGreaterThanOrEqual(sensitiveCount);
  expect(classroom).not.toContain('data-sensitive');
  // Every step is still there, each with text of its own.
  for (const step of story.steps) {
    expect(classroom).toContain(`data-step="${step.id}"`);
    expect(forClassroom(step.body, true).length, step.id).toBeGreaterThan(0);
  }
});

test('no classroom page of any edition serves a graphic item anywhere, its data block included; the full page does', async ({ request }) => {
  for (const code of editionCodes(STORY_DIR)) {
    const edition = loadStory(STORY_DIR, undefined, code);
    const fragments = sensitiveFragments(edition);
    expect(fragments.length, code).toBeGreaterThanOrEqual(3);
    const folder = folderOf(code);
    const full = await (await request.get(`./${folder}`)).text();
    const classroom = await (await request.get(`./${folder}classroom.html`)).text();
    // The full page carries each item, in its text and in the data it hydrates from.
    expect(sensitiveIn(full, edition), code).toEqual(fragments);
    expect(classroom, code).toContain('id="story-data"');
    expect(sensitiveIn(classroom, edition), `${code}: classroom.html`).toEqual([]);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the toggle is a link that works, and the classroom page reads without the graphic items', async ({ page }) => {
    await page.goto('./');
    const toggle = page.locator('[data-classroom-toggle="on"]');
    await expect(toggle).toContainText(story.strings.classroom.toClassroom);
    await toggle.click();
    await expect(page).toHaveURL(/classroom\.html/);
    await expect(page.locator('[data-sensitive]')).toHaveCount(0);
    await expect(page.locator('[data-step]')).toHaveCount(story.steps.length);
    await expect(page.locator('[data-classroom-badge]')).toBeVisible();
  });
});

test('classroom and presentation combine: the sensitive items stay out while stepping', async ({ page }) => {
  await page.goto('./?classroom&present');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', /ready|svg/, { timeout: 60_000 });
  await expect(page.locator('[data-counter]')).toBeVisible();
  await expect(page.locator('[data-sensitive]')).toHaveCount(0);
  const withSensitive = story.steps.find((s) => s.body.some(isSensitive))!;
  await page.goto(`./classroom.html?present#${withSensitive.id}`);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', withSensitive.id, { timeout: 60_000 });
  await expect(page.locator(`[data-step="${withSensitive.id}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-sensitive]')).toHaveCount(0);
});

test('N shows the teacher\'s note and questions for the chapter in presentation mode', async ({ page }) => {
  // The fourth chapter (the money, in this story), or the last of a shorter story.
  const chapter = story.chapters[Math.min(3, story.chapters.length - 1)]!;
  const step = story.steps.find((s) => s.chapter === chapter.id)!;
  await page.goto(`./?present#${step.id}`);
  await expect(page.locator(MAP)).toHaveAttribute('data-scene', step.id, { timeout: 60_000 });
  await expect(page.locator('[data-notes]')).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(page.locator(`[data-notes="${chapter.id}"]`)).toContainText(chapter.note);
  for (const q of chapter.questions) await expect(page.locator(`[data-notes="${chapter.id}"]`)).toContainText(q);
  await page.keyboard.press('N');
  await expect(page.locator('[data-notes]')).toHaveCount(0);
});
