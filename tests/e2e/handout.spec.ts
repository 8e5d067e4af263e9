import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { story } from './expect-scene.ts';
import { formatDate } from '../../src/lib/format.ts';

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

test('?print gives a handout: every chapter with its map, text and questions, no controls, no empty page', async ({ page }) => {
  await page.goto('./?print');
  await expect(page.locator('[data-handout]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-handout-map]')).toHaveCount(story.chapters.length);
  await expect(page.locator('[data-handout-map] path.land').first()).toBeAttached();
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
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
});
