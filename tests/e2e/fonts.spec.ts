import { expect, test, type CDPSession, type Page } from '@playwright/test';

/**
 * A first visit, as most readers of a news story make it: Playwright gives each
 * test a fresh context, so nothing is cached. Chromium itself says which fonts it
 * drew each node's glyphs with (the DevTools protocol's platform fonts), which a
 * computed `font-family` cannot: that only lists what was asked for.
 */

const SERIF = /^Source Serif 4( Variable)?$/;
const SANS = /^Inter( Variable)?$/;

const NODES: { selector: string; face: RegExp; what: string }[] = [
  { selector: 'h1', face: SERIF, what: 'the headline' },
  { selector: '[data-step] p', face: SERIF, what: 'the first step card' },
  { selector: '.hero .meta', face: SANS, what: 'the byline' }
];

interface PlatformFont {
  familyName: string;
  postScriptName?: string;
  isCustomFont: boolean;
  glyphCount: number;
}

async function fontsUsed(cdp: CDPSession, selector: string): Promise<PlatformFont[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`no node matches ${selector}`);
  // The fonts are reported per text node; the element's own text is in its descendants.
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1 });
  const all = [...fonts];
  const walk = async (children: typeof node.children): Promise<void> => {
    for (const child of children ?? []) {
      if (child.nodeType === 1) {
        const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [child.backendNodeId] });
        all.push(...(await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[0]! })).fonts);
      }
      await walk(child.children);
    }
  };
  await walk(node.children);
  return all;
}

/** Sums the page's layout shifts from its first moment into `window.__cls`. */
async function countLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('a first visit draws the headline, the body and the labels in the designed faces, without a jump', async ({ page }) => {
  await countLayoutShifts(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');

  await page.goto('./');
  await page.evaluate(() => document.fonts.ready);
  // A swap, if there is one, is laid out in the frames after the fonts are ready.
  await page.waitForTimeout(1000);

  const report: Record<string, PlatformFont[]> = {};
  for (const { selector, face, what } of NODES) {
    const fonts = await fontsUsed(cdp, selector);
    report[what] = fonts;
    const byCount = new Map<string, number>();
    for (const f of fonts) byCount.set(f.familyName, (byCount.get(f.familyName) ?? 0) + f.glyphCount);
    const glyphs = [...byCount.values()].reduce((a, b) => a + b, 0);
    const designed = [...byCount].filter(([name]) => face.test(name)).reduce((a, [, n]) => a + n, 0);
    expect.soft(glyphs, `${what} (${selector}) has text`).toBeGreaterThan(0);
    expect.soft(designed, `${what} (${selector}) drawn with ${JSON.stringify(Object.fromEntries(byCount))}`).toBe(glyphs);
  }
  console.log(`fonts used on a cold visit: ${JSON.stringify(Object.fromEntries(Object.entries(report).map(([k, v]) => [k, v.map((f) => `${f.familyName} (${f.glyphCount})`)])))}`);

  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  console.log(`CLS during load: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThanOrEqual(0.01);
});

test('the first paint waits for no web font: the faces come after it, and without script from <noscript>', async ({ page, request }) => {
  const html = await (await request.get('./')).text();
  // Chromium holds the first paint for a web font it finds before that paint (a preload, or a face in the page's CSS).
  expect(html).not.toMatch(/<link rel="preload" as="font"/);
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  expect(inline, 'the inlined stylesheet has the fallback faces').toMatch(/src:\s*local\(/);
  expect(inline).not.toMatch(/@font-face\s*{[^}]*url\(/);
  const href = /<noscript><link rel="stylesheet" href="(\.\/assets\/web-fonts-[\w-]+\.css)"><\/noscript>/.exec(html)?.[1];
  expect(href, 'a <noscript> link to the faces').toBeTruthy();
  const faces = await (await request.get(href!)).text();
  const latin = /url\((\.\/[^)]*source-serif-4-latin-wght-normal[^)]*\.woff2)\)/.exec(faces)?.[1];
  expect(latin, 'the faces stylesheet has the latin serif').toBeTruthy();
  // Relative to the faces' stylesheet, which is in assets/.
  expect((await request.get(latin!.replace(/^\.\//, './assets/'))).status()).toBe(200);

  // With script, the same stylesheet is linked once the page has painted.
  await page.goto('./');
  await expect(page.locator('link[rel="stylesheet"][href*="web-fonts-"]')).toHaveCount(1);
});

test('where the fonts come late, the text paints in the matched fallback and does not jump when they arrive', async ({ page }) => {
  await countLayoutShifts(page);
  // A slow phone line, for the fonts only: the page has long painted when they arrive.
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('./', { waitUntil: 'commit' });
  await page.locator('h1').waitFor();
  const before = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
  expect(before, 'no web font yet at first paint').not.toContain('Source Serif 4 Variable');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  console.log(`CLS with the fonts 1.5 s late: ${cls.toFixed(4)}`);
  expect(cls).toBeLessThanOrEqual(0.01);
});
