import { expect, test } from '@playwright/test';
import { loadStory } from '../../src/lib/content/load.ts';

const story = loadStory('data');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole story is in the HTML the server sends', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
    await expect(page.locator('[data-step]')).toHaveCount(story.steps.length);
    for (const step of story.steps) {
      const first = step.body[0]!;
      const text = first.type === 'quote' ? first.value.text : first.type === 'sources' ? null : first.value;
      if (text) await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(text);
    }
    await expect(page).toHaveTitle(story.headline);
  });
});

test('the page declares a strict Content-Security-Policy', async ({ request }) => {
  const html = await (await request.get('./')).text();
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/unsafe-(eval|inline)|https?:/);
  // No inline script; the article's JSON-LD and the story the page hydrates from are data blocks, which browsers never run.
  expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/(?:ld\+)?json"))[^>]*>/);
  expect(html.match(/<script type="application\/ld\+json">/g) ?? []).toHaveLength(1);
  expect(html.match(/<script type="application\/json" id="story-data">/g) ?? []).toHaveLength(1);
  expect(html).not.toMatch(/(src|href)="\/(?!\/)/); // no root-absolute URL: works under any sub-path
});
