/**
 * The presentation on the projectors a classroom has (1024×768, 1280×720,
 * 1366×768, 1920×1080): stepped with the clicker's key through every slide,
 * each slide's content fits its panel (nothing scrolls, nothing is cut), the
 * running text as seen (after any zoom or scaling) is at least 1/30 of the
 * screen's height, the slides of a step show each of its words once, and a
 * chart's title is never on a slide without its chart. At
 * each chapter the teacher's notes (N) fit their box beside the slide.
 *
 * The map's scene per step is checked by present.spec.ts; here only that a
 * step's scene grows slide by slide, at one size. Prints, per size, the
 * figures the issue asked for (slides, smallest text, overflowing slides),
 * and saves the slides of the longest step at 1280×720 to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import { MAP, expectedCamera, story } from './expect-scene.ts';
import { hiddenFramedPlaces } from './in-sight-check.ts';
import { watch } from './watch.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { counterText, slideCounts } from './expect-slides.ts';
import { baseArgs, executablePath } from './chromium.ts';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 }
];
const N = story.steps.length;
const SHOTS = 'test-results/screenshots/slides';

interface SlideReport {
  counter: string;
  hash: string;
  step: string | null;
  /** Pixels by which the panel's content is taller or wider than the panel. */
  overflow: number;
  /** Elements drawn outside the panel. */
  clipped: string[];
  /** The smallest running text as seen, in CSS pixels. */
  smallestText: number;
  /** Which of the card's text pieces show, by their order in the card (visually hidden ones apart). */
  shown: number[];
  hiddenShown: number[];
  /** Charts whose title shows on this slide without any of their drawing. */
  titlesAlone: string[];
}

/** What the panel shows now, measured in the page. */
function slideReport(page: Page): Promise<SlideReport> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('main > .steps')!;
    const section = panel.querySelector<HTMLElement>('[aria-current="step"]');
    const card = section?.querySelector<HTMLElement>('.card');
    const box = panel.getBoundingClientRect();
    const rendered = (el: Element) => el.getClientRects().length > 0;
    const hiddenText = (el: Element) => el.closest('.visually-hidden') !== null;
    // As seen: the computed size times every zoom and transform on the way up.
    const seen = (el: HTMLElement) => {
      let scale = el.currentCSSZoom ?? 1;
      for (let e: HTMLElement | null = el; e; e = e.parentElement) {
        const t = getComputedStyle(e).transform;
        if (t && t !== 'none') scale *= Math.abs(new DOMMatrix(t).a);
      }
      return parseFloat(getComputedStyle(el).fontSize) * scale;
    };
    const clipped: string[] = [];
    const running: number[] = [];
    const shown: number[] = [];
    const hiddenShown: number[] = [];
    const titlesAlone: string[] = [];
    if (card) {
      for (const chart of card.querySelectorAll<HTMLElement>('figure[data-chart]')) {
        const title = chart.querySelector(':scope > figcaption');
        const drawing = chart.querySelector(':scope > .graphic');
        const drawn = drawing !== null && [drawing, ...drawing.querySelectorAll('*')].some((el) => rendered(el) && el.getBoundingClientRect().height > 0);
        if (title && rendered(title) && !drawn) titlesAlone.push(chart.dataset.chart!);
      }
      for (const el of card.querySelectorAll<HTMLElement>('*')) {
        if (!rendered(el) || hiddenText(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) {
          clipped.push(`${el.tagName.toLowerCase()}.${el.className}`);
        }
      }
      // The running text: the step's paragraphs and quotes, and the list of sources.
      for (const el of card.querySelectorAll<HTMLElement>(':scope > p:not([data-source-line]), :scope > blockquote p, :scope > .sources li')) {
        if (rendered(el) && !hiddenText(el)) running.push(seen(el));
      }
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      let i = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode(), i++) {
        const parent = node.parentElement!;
        if (!node.textContent?.trim() || !rendered(parent)) continue;
        (hiddenText(parent) ? hiddenShown : shown).push(i);
      }
    }
    return {
      counter: document.querySelector('[data-counter]')?.textContent ?? '',
      hash: decodeURIComponent(location.hash),
      step: section?.id ?? null,
      overflow: Math.max(panel.scrollHeight - panel.clientHeight, panel.scrollWidth - panel.clientWidth),
      clipped,
      smallestText: running.length ? Math.min(...running) : Infinity,
      shown,
      hiddenShown,
      titlesAlone
    };
  });
}

/** The notes (N) on one screen: beside the slide, on screen, readable; what does not fit their box is reported. */
async function checkNotes(page: Page, chapter: (typeof story.chapters)[number], problems: string[]): Promise<void> {
  await page.keyboard.press('n');
  const notes = page.locator(`[data-notes="${chapter.id}"]`);
  await expect(notes).toContainText(chapter.note);
  const fit = await notes.evaluate((box) => {
    const panel = document.querySelector('main')!.getBoundingClientRect();
    const r = box.getBoundingClientRect();
    const text = box.querySelector<HTMLElement>('[data-teacher-note]')!;
    return {
      overflow: box.scrollHeight - box.clientHeight,
      besideSlide: r.left >= panel.right,
      onScreen: r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      text: parseFloat(getComputedStyle(text).fontSize) * (text.currentCSSZoom ?? 1)
    };
  });
  if (fit.overflow > 0) problems.push(`notes of ${chapter.id}: ${fit.overflow} px too much`);
  expect(fit.besideSlide && fit.onScreen, `${chapter.id}: the notes beside the slide, on screen`).toBe(true);
  expect(fit.text, `${chapter.id}: the notes readable`).toBeGreaterThanOrEqual(13);
  await page.keyboard.press('n');
  await expect(notes).toHaveCount(0);
}

/** Opens the presentation at a fragment as a new page load (a fragment alone would not reload it). */
async function openAt(page: Page, fragment: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`./?present#${fragment}`);
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
}

/**
 * The charts and lists of the slide on screen that run on from the slide before
 * (an item of theirs before the first one shown is left out) and still draw a
 * top rule or a gap above their rows.
 */
function continuedWithRule(page: Page, id: string): Promise<string[]> {
  return page.locator(`[data-step="${id}"] > .card`).evaluate((card) => {
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).display !== 'none';
    const inFlow = (el: Element) => !['absolute', 'fixed'].includes(getComputedStyle(el).position);
    return [...card.querySelectorAll('figure, ul, ol, blockquote, section')].flatMap((group) => {
      if (!shown(group)) return [];
      const items = [...group.children].filter(inFlow);
      const first = items.findIndex(shown);
      if (first <= 0) return [];
      const css = getComputedStyle(group);
      const edge = parseFloat(css.borderTopWidth) + parseFloat(css.paddingTop) + parseFloat(css.marginTop);
      return edge > 0.5 ? [`${group.tagName.toLowerCase()}${group.getAttribute('data-chart') ? `[${group.getAttribute('data-chart')}]` : ''}: ${edge.toFixed(1)} px of rule and gap above its rows`] : [];
    });
  });
}

/** Every text piece of a card, in the same order as `shown`; empty ones count too, so the numbers line up. */
function textPieces(page: Page, id: string): Promise<{ all: number[]; hidden: number[] }> {
  return page.locator(`[data-step="${id}"] > .card`).evaluate((card) => {
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    const all: number[] = [];
    const hidden: number[] = [];
    let i = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode(), i++) {
      if (!node.textContent?.trim()) continue;
      (node.parentElement!.closest('.visually-hidden') ? hidden : all).push(i);
    }
    return { all, hidden };
  });
}

for (const size of SIZES) {
  const name = `${size.width}x${size.height}`;
  test(`${name}: every slide fits its panel, in type at least 1/30 of the screen, and shows each word of its step once`, async ({ playwright, baseURL }) => {
    // The slides do not depend on how the map is drawn: the SVG map (no WebGL) and reduced motion (no
    // flights) keep the software renderer from slowing a walk of some 70 slides. The last test uses MapLibre.
    const browser = await playwright.chromium.launch({ executablePath, args: [...baseArgs, '--disable-webgl', '--disable-webgl2'] });
    const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1, reducedMotion: 'reduce', baseURL });
    const page = await context.newPage();
    const watcher = await watch(page, new URL(baseURL!).origin);
    await page.goto('./?present');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'present');
    const counts = await slideCounts(page);
    expect(counts).toHaveLength(N);
    const total = counts.reduce((a, b) => a + b, 0);
    const minimum = size.height / 30;
    const problems: string[] = [];
    let smallest = Infinity;
    let overflowing = 0;
    for (let index = 0; index < N; index++) {
      const id = story.steps[index]!.id;
      const seen = new Map<number, number>();
      const seenHidden = new Set<number>();
      const chapter = story.chapters.find((c) => c.id === story.steps[index]!.chapter)!;
      if (story.steps[index - 1]?.chapter !== chapter.id) await checkNotes(page, chapter, problems);
      for (let slide = 0; slide < counts[index]!; slide++) {
        const where = `${id} ${slide + 1}/${counts[index]}`;
        const r = await slideReport(page);
        expect(r.step, where).toBe(id);
        expect(r.counter, where).toBe(counterText(index, slide, counts[index]!));
        expect(r.hash, where).toBe(slide === 0 ? `#${id}` : `#${id}/${slide + 1}`);
        if (r.overflow > 0 || r.clipped.length) {
          overflowing++;
          problems.push(`${where}: ${r.overflow} px too much${r.clipped.length ? `, cut: ${r.clipped.slice(0, 3).join(', ')}` : ''}`);
        }
        for (const chart of r.titlesAlone) problems.push(`${where}: the title of ${chart} without its chart`);
        if (r.smallestText < minimum) problems.push(`${where}: text seen at ${r.smallestText.toFixed(1)} px, below ${minimum.toFixed(1)}`);
        smallest = Math.min(smallest, r.smallestText);
        expect(r.shown.length, `${where} shows something`).toBeGreaterThan(0);
        for (const p of await continuedWithRule(page, id)) problems.push(`${where}: ${p}`);
        for (const i of r.shown) seen.set(i, (seen.get(i) ?? 0) + 1);
        for (const i of r.hiddenShown) seenHidden.add(i);
        await page.keyboard.press('PageDown');
      }
      // Each word of the step on exactly one of its slides (text for screen readers: on one at least).
      const pieces = await textPieces(page, id);
      expect([...seen.keys()].sort((a, b) => a - b), `${id}: every piece of text on some slide`).toEqual(pieces.all);
      expect([...seen.values()].filter((n) => n > 1), `${id}: no text on two slides`).toEqual([]);
      expect(pieces.hidden.filter((i) => !seenHidden.has(i)), `${id}: the text for screen readers is there`).toEqual([]);
    }
    // Past the last slide the clicker stays.
    await expect(page.locator('[data-move="next"]')).toBeDisabled();

    console.log(`${name}: ${total} slides for ${N} steps (at most ${Math.max(...counts)}), running text at least ${smallest.toFixed(1)} px (1/30 of the height: ${minimum.toFixed(1)}), ${overflowing} overflowing`);
    expect(problems).toEqual([]);
    await watcher.expectClean();
    await context.close();
    await browser.close();
  });
}

test('at 1280×720 with the map: a step\'s scene grows slide by slide, a slide reloads as itself, the notes leave the framed places in sight', async ({ page }) => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?present');
  const map = page.locator(MAP);
  await expect(map).toHaveAttribute('data-map', 'ready', { timeout: 60_000 });
  const counts = await slideCounts(page);

  // A step whose routes grow, split into slides on this screen: each slide draws more of them.
  const grows = story.steps.find((s) => s.draw === 'grow' && counts[s.index]! > 1)!;
  expect(grows, 'a step with growing routes has more than one slide at 720p').toBeDefined();
  const drawn = () => map.locator('[data-route]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-route')} ${e.getAttribute('data-drawn')}`).sort());
  const expectSlide = async (slide: number) => {
    const slides = counts[grows.index]!;
    const scene = sceneAt(story, grows.index, (slide + 1) / slides);
    await expect(page.locator('[data-counter]')).toHaveText(counterText(grows.index, slide, slides));
    await expect(map).toHaveAttribute('data-scene', grows.id);
    await expect.poll(drawn).toEqual(scene.routes.map((r) => `${r.id} ${r.drawn}`).sort());
    expect(scene.routes.some((r) => r.drawn < 1)).toBe(slide < slides - 1);
  };
  await openAt(page, grows.id);
  await expectSlide(0);
  await page.keyboard.press('ArrowRight');
  await expectSlide(1);
  await page.reload();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${grows.id}/2`);
  await expectSlide(1);

  // With the notes open, the camera frames the step's places into what they leave free. Steps with
  // no people's cards: those cover places in a presentation with or without the notes (issue 11).
  // Three kinds of step: the second (the first after the opening), the first of the second chapter, the first with a chart.
  const noted = [
    story.steps[1]!,
    story.steps.find((s) => s.chapter === story.chapters[1]!.id)!,
    story.steps.find((s) => s.chart && !s.people?.length)!
  ].map((s) => s.id);
  await openAt(page, noted[0]!);
  await page.keyboard.press('n');
  await expect(page.locator('[data-notes]')).toBeVisible();
  for (const id of noted) {
    const index = story.steps.findIndex((s) => s.id === id);
    for (let k = 0; k < 30 && (await page.locator('[aria-current="step"]').getAttribute('id')) !== id; k++) await page.keyboard.press('PageDown');
    await expect(map).toHaveAttribute('data-scene', id, { timeout: 30_000 });
    const notesTop = (await page.locator('[data-notes]').boundingBox())!.y;
    await expect.poll(async () => Number(((await map.getAttribute('data-free')) ?? '').split(',')[3]), { message: `${id}: the free region ends above the notes` }).toBeLessThanOrEqual(notesTop + 1);
    const scene = sceneAt(story, index, 1 / counts[index]!);
    await expect.poll(async () => (await expectedCamera(page, scene)).camera.zoom, { timeout: 20_000 }).toBe(Number(await map.getAttribute('data-zoom')));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await hiddenFramedPlaces(page), `${id}: framed places in sight with the notes open`).toEqual([]);
    if (id === noted[0]) await page.screenshot({ path: `${SHOTS}/notes-1280x720-${id}.png` });
  }
  await page.keyboard.press('n');

  // The longest step's slides, to look at.
  const longest = story.steps[counts.indexOf(Math.max(...counts))]!;
  await openAt(page, longest.id);
  for (let slide = 0; slide < counts[longest.index]!; slide++) {
    await expect(page.locator('[data-counter]')).toHaveText(counterText(longest.index, slide, counts[longest.index]!));
    await expect(map).toHaveAttribute('data-scene', longest.id);
    await page.screenshot({ path: `${SHOTS}/1280x720-${longest.id}-${slide + 1}-of-${counts[longest.index]}.png` });
    await page.keyboard.press('PageDown');
  }
});
