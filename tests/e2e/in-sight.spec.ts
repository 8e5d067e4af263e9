/**
 * The places a step talks about are in sight while it is read: on every
 * viewport a reader may hold, at the moment each step enters, halfway through
 * it and as it leaves, every place marker the camera frames is on screen and
 * nothing drawn above the map (the text, a card, a bar, a button, a person's
 * card) covers it, nor the end of any line the step draws inside the free
 * part of the map. Asked of the browser (`elementsFromPoint`), not computed.
 * Also on the SVG map that replaces MapLibre where WebGL is missing.
 *
 * The same walk checks that each step brings the map to its scene's centre,
 * and that nothing leaves the origin, errs or breaks the page's policy
 * (Trusted Types included) at any step, on any viewport.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { MAP, expectCentre, story } from './expect-scene.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { watch } from './watch.ts';
import { hiddenFramedPlaces } from './in-sight-check.ts';
import { baseArgs, executablePath } from './chromium.ts';
import { VIEWPORTS } from './viewports.ts';

/** Progress through the step: just entered, halfway, about to leave. */
const MOMENTS = { enter: 0.02, middle: 0.5, leave: 0.96 } as const;
/** Where on the screen the scroller's trigger line sits (scroller.ts, offset 0.6). */
const TRIGGER = 0.6;
// Screenshots a person looks at: a phone upright and sideways; IN_SIGHT_SHOTS=all for every viewport.
const SHOTS = new Set(process.env.IN_SIGHT_SHOTS === 'all' ? VIEWPORTS.map((v) => `${v.width}x${v.height}`) : ['390x844', '844x390']);
const REQUIRED_SHARE = 0.95;

/** Puts the trigger line `progress` of the way through the step. */
async function scrollInto(page: Page, id: string, progress: number): Promise<void> {
  await page.locator(`[data-step="${id}"]`).evaluate(
    (el, [trigger, p]) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.top + r.height * p! - window.innerHeight * trigger!);
    },
    [TRIGGER, progress]
  );
}

interface Tally {
  viewport: string;
  renderer: string;
  pairs: number;
  inSight: number;
  failures: string[];
}

async function walkEveryStep(browser: Browser, baseURL: string, size: { width: number; height: number }, renderer: 'maplibre' | 'svg'): Promise<Tally> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, reducedMotion: 'reduce', baseURL });
  const page = await context.newPage();
  const name = `${size.width}x${size.height}`;
  const tally: Tally = { viewport: name, renderer, pairs: 0, inSight: 0, failures: [] };
  const watcher = await watch(page, new URL(baseURL).origin);
  try {
    await page.goto('./');
    await expect(page.locator(MAP)).toHaveAttribute('data-map', renderer === 'svg' ? 'svg' : 'ready', { timeout: 60_000 });
    const dir = `test-results/screenshots/in-sight/${renderer}-${name}`;
    if (renderer === 'maplibre' && SHOTS.has(name)) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    for (const step of story.steps) {
      for (const [moment, progress] of Object.entries(MOMENTS)) {
        await scrollInto(page, step.id, progress);
        await expect(page.locator(MAP), `${name}: the map shows ${step.id} (${moment})`).toHaveAttribute('data-scene', step.id);
        if (moment === 'enter') await expectCentre(page, sceneAt(story, step.index, 0).camera.center, `${name}: ${step.id}'s centre`);
        // One frame for the overlay to follow the camera.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const problems = await hiddenFramedPlaces(page);
        tally.pairs++;
        if (problems.length === 0) tally.inSight++;
        else tally.failures.push(`${step.id} ${moment}: ${problems.join('; ')}`);
        if (renderer === 'maplibre' && SHOTS.has(name)) {
          await page.screenshot({ path: `${dir}/${String(step.index).padStart(2, '0')}-${step.id}-${moment}.png` });
        }
      }
    }
    await watcher.expectClean();
  } finally {
    await context.close();
  }
  return tally;
}

function report(tallies: Tally[]): void {
  for (const t of tallies) {
    const share = t.inSight / t.pairs;
    console.log(`${t.renderer.padEnd(8)} ${t.viewport.padEnd(10)} ${t.inSight}/${t.pairs} = ${(share * 100).toFixed(1)} % in sight`);
    for (const f of t.failures) console.log(`    ${f}`);
  }
}

// One test per viewport, so that they can run side by side.
for (const size of VIEWPORTS) {
  test(`at ${size.width}x${size.height}, the framed places are on screen and uncovered as each step enters, halfway and as it leaves`, async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    const tally = await walkEveryStep(browser, baseURL!, size, 'maplibre');
    report([tally]);
    expect(tally.inSight / tally.pairs, `${tally.viewport}: share of (step, moment) pairs with every framed place in sight`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
}

for (const size of [VIEWPORTS[0]!, VIEWPORTS[2]!, VIEWPORTS[4]!]) {
  test(`on the SVG map (no WebGL) at ${size.width}x${size.height}, the framed places are in sight too`, async ({ playwright, baseURL }) => {
    test.setTimeout(300_000);
    const browser = await playwright.chromium.launch({ executablePath, args: [...baseArgs, '--disable-webgl', '--disable-webgl2'] });
    try {
      const tally = await walkEveryStep(browser, baseURL!, size, 'svg');
      report([tally]);
      expect(tally.inSight / tally.pairs, `${tally.viewport}: share in sight on the SVG map`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    } finally {
      await browser.close();
    }
  });
}
