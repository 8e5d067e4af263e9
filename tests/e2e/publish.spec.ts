/**
 * What a newsroom checks before it puts the story on its front page (issue 10):
 * the social card is a 1200×630 PNG served with the site, the article's
 * metadata is in the served HTML, the JSON-LD data block breaks no
 * Content-Security-Policy, and the page says when it was published.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAP, story } from './expect-scene.ts';
import { watch } from './watch.ts';
import { formatDate } from '../../src/lib/format.ts';

/** Width and height from a PNG's header: the signature, then the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const metaOf = (page: Page, attr: 'name' | 'property', key: string) => page.locator(`head meta[${attr}="${key}"]`);

test('the social card is a 1200×630 PNG served with the site, where og:image points', async ({ page, request }) => {
  await page.goto('./');
  const og = await metaOf(page, 'property', 'og:image').getAttribute('content');
  expect(og).toBeTruthy();
  // Relative in this build; absolute, at the story's public address, where STORY_URL is set.
  expect(og).toMatch(/(^\.|\/)\/?card\.png$/);
  const res = await request.get(new URL('card.png', page.url()).href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/png');
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  await expect(metaOf(page, 'property', 'og:image:width')).toHaveAttribute('content', '1200');
  await expect(metaOf(page, 'property', 'og:image:height')).toHaveAttribute('content', '630');
});

test('the served HTML carries the description, Open Graph, the Twitter card and a NewsArticle', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  // In the HTML as served, for scrapers that run no script.
  for (const tag of ['og:title', 'og:description', 'og:image', 'og:type', 'og:locale']) expect(html).toContain(`property="${tag}"`);
  expect(html).toContain('name="twitter:card" content="summary_large_image"');

  await page.goto('./');
  await expect(metaOf(page, 'name', 'description')).toHaveCount(1);
  await expect(metaOf(page, 'name', 'description')).toHaveAttribute('content', story.standfirst);
  await expect(metaOf(page, 'property', 'og:title')).toHaveAttribute('content', story.headline);
  await expect(metaOf(page, 'property', 'og:description')).toHaveAttribute('content', story.standfirst);
  await expect(metaOf(page, 'property', 'og:type')).toHaveAttribute('content', 'article');
  await expect(metaOf(page, 'property', 'og:locale')).toHaveAttribute('content', story.strings.locale.replace('-', '_'));
  await expect(metaOf(page, 'name', 'twitter:card')).toHaveAttribute('content', 'summary_large_image');

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const article = JSON.parse(blocks[0]!) as Record<string, unknown>;
  expect(article).toMatchObject({
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.standfirst,
    datePublished: story.published,
    dateModified: story.updated ?? story.published,
    inLanguage: story.strings.locale,
    author: [{ '@type': 'Organization', name: story.byline }]
  });
});

test('the JSON-LD data block and the metadata cause no Content-Security-Policy violation', async ({ page }) => {
  const watcher = await watch(page, new URL(test.info().project.use.baseURL!).origin);
  await page.goto('./');
  await expect(page.locator(MAP)).toHaveAttribute('data-map', /ready|svg/, { timeout: 60_000 });
  // The policy is in force (the page's own, not relaxed for the test) ...
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  // ... and a data block is not a script the browser runs: no violation, no error.
  await watcher.expectClean();
});

test('the headline block says when the story was published, in <time datetime>, from the served HTML on', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  expect(html).toContain(`<time datetime="${story.published}">${formatDate(story.published, story.strings)}</time>`);
  await page.goto('./');
  const published = page.locator('header.hero [data-date="published"]');
  await expect(published).toHaveText(story.strings.dates.published.replace('{date}', formatDate(story.published, story.strings)));
  await expect(published.locator('time')).toHaveAttribute('datetime', story.published);
  await expect(page.locator('header.hero [data-date="updated"]')).toHaveCount(story.updated ? 1 : 0);
});

test('the classroom page has the card too, but no second NewsArticle', async ({ page }) => {
  await page.goto('./classroom.html');
  await expect(metaOf(page, 'property', 'og:image')).toHaveAttribute('content', /card\.png$/);
  await expect(metaOf(page, 'name', 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expect(page.locator('header.hero [data-date="published"] time')).toHaveAttribute('datetime', story.published);
});
