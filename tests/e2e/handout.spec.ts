/**
 * The handouts, printed to PDF as a browser prints them and read back as
 * text: the students' copy (`?print`) with the questions and without the
 * teacher's notes, the teacher's copy (`?print&teacher`) with both, and
 * both again in the classroom version. Paper does not depend on the window,
 * so this runs once (playwright.config.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { story } from './expect-scene.ts';
import { formatDate } from '../../src/lib/format.ts';
import { isSensitive } from '../../src/lib/content/classroom.ts';

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** Everything the handout prints besides the notes, as far as the copy goes: a piece of a note found here proves nothing. */
const otherText = JSON.stringify([story.standfirst, story.steps.map((s) => s.body), story.figures, story.chapters.map((c) => c.questions)]);

/** From each note, two runs of five words that the rest of the copy does not have: short enough not to cross a line on paper. */
const notePieces = story.chapters.flatMap((c) => {
  const words = c.note.split(' ');
  const runs = words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' ')).filter((run) => !run.includes('-') && !otherText.includes(run));
  expect(runs.length, c.id).toBeGreaterThan(1);
  return [runs[0]!, runs.at(-1)!];
});

async function printed(page: Page, address: string): Promise<string[]> {
  await page.goto(address);
  await expect(page.locator('[data-handout]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-handout-map]')).toHaveCount(story.chapters.length);
  await expect(page.locator('[data-handout-map] path.land').first()).toBeAttached();
  return pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
}

function expectHandout(pages: string[]): string {
  expect(pages.length).toBeGreaterThan(3);
  pages.forEach((text, i) => expect(text.trim().length, `page ${i + 1} has text`).toBeGreaterThan(40));
  const all = pages.join(' ');
  for (const c of story.chapters) {
    expect(all).toContain(c.title);
    for (const q of c.questions) expect(all).toContain(q.slice(0, 40));
  }
  for (const s of story.sources) expect(all).toContain(s.title.slice(0, 30));
  expect(all).toContain(story.strings.dates.published.replace('{date}', formatDate(story.published, story.strings)));
  expect(all).not.toContain(story.strings.presentStart);
  expect(all).not.toContain(story.strings.skipToStory);
  return all;
}

test('?print is the students\' handout: every chapter with its map, text and questions, and none of the teacher\'s notes', async ({ page }) => {
  const all = expectHandout(await printed(page, './?print'));
  for (const piece of notePieces) expect(all, piece).not.toContain(piece);
  expect(all).not.toContain(story.strings.handout.teacherCopy);
  expect(all).toContain(story.strings.handout.forDiscussion);
});

test('?print&teacher is the teacher\'s handout: the same, with each chapter\'s note, and it says so', async ({ page }) => {
  const all = expectHandout(await printed(page, './?print&teacher'));
  // The same pieces the students' copy must not have: this copy shows they are found when printed.
  for (const piece of notePieces) expect(all, piece).toContain(piece);
  expect(all).toContain(story.strings.handout.teacherCopy);
});

test('the page links to both handouts, and the classroom version prints both without the graphic items', async ({ page }) => {
  const sensitive = story.steps.flatMap((s) => s.body).filter(isSensitive).length;
  expect(sensitive).toBeGreaterThan(0);
  await page.goto('./classroom.html');
  const students = page.getByRole('link', { name: story.strings.handout.print, exact: true });
  const teacher = page.getByRole('link', { name: story.strings.handout.printTeacher, exact: true });
  await expect(students).toBeVisible();
  await expect(teacher).toBeVisible();
  await expect(teacher).toHaveAttribute('href', /^\?print&teacher&classroom$/);
  await teacher.click();
  const handout = page.locator('[data-handout]');
  await expect(handout).toHaveAttribute('data-handout', 'teacher', { timeout: 60_000 });
  await expect(handout.locator('[data-teacher-note]')).toHaveCount(story.chapters.length);
  await expect(handout.locator('[data-questions] li')).toHaveCount(story.chapters.flatMap((c) => c.questions).length);
  await expect(page.locator('[data-sensitive]')).toHaveCount(0);

  await page.goto('./classroom.html?print');
  await expect(handout).toHaveAttribute('data-handout', 'students', { timeout: 60_000 });
  await expect(handout.locator('[data-teacher-note]')).toHaveCount(0);
  await expect(handout.locator('[data-questions] li')).toHaveCount(story.chapters.flatMap((c) => c.questions).length);
  await expect(page.locator('[data-sensitive]')).toHaveCount(0);
});
