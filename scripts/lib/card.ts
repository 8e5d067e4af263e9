/**
 * The social card (the page's og:image): a 1200×630 PNG made at build time
 * from the story's own map of one step (the copy's `card:`), with the headline
 * and the byline. No browser: the map is the page's SVG map itself, rendered
 * on the server (src/entry-server.ts renderMap), then rasterised by resvg in
 * the story's own typefaces.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Story } from '../../src/lib/content/schema.ts';
import type { Viewport } from '../../src/lib/map/target.ts';
import type { Rect } from '../../src/lib/layout/free-region.ts';
import type { MapDrawing } from '../../src/entry-server.ts';
import { woffToSfnt } from './woff.ts';

export const CARD = { width: 1200, height: 630 } as const;

/**
 * The map is laid out at half the card's size and drawn twice as large: a feed
 * shows the card about 500 px wide, where lines, symbols and names at the
 * page's own sizes would shrink to nothing.
 */
const SCALE = 2;
/** The headline's panel on the left; the map frames its places in the rest. */
const PANEL = 470;
const MARGIN = 56;

export interface TextStyle {
  family: string;
  size: number;
  weight: number;
}

/** Width in pixels of a line of text as the rasteriser will draw it. */
export type Measure = (text: string, style: TextStyle) => number;

/** Families as the static font files name themselves (see FONT_FILES). */
const SERIF = 'Source Serif 4';
const SANS = 'Inter';
/** Largest first; the last is used however many lines it takes. */
const HEADLINE_SIZES = [68, 62, 56, 50] as const;
const HEADLINE_MIN = 44;
const HEADLINE_LINES = 4;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number) => Math.round(x * 10) / 10;

/** Greedy lines no wider than `width`; a word longer than the line gets a line of its own. */
export function wrap(text: string, width: number, style: TextStyle, measure: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`, style) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The headline at the largest size that fits the panel in a few lines. */
function headlineLines(headline: string, measure: Measure): { lines: string[]; style: TextStyle } {
  const width = PANEL - 2 * MARGIN;
  for (const size of HEADLINE_SIZES) {
    const style = { family: SERIF, size, weight: 700 };
    const lines = wrap(headline, width, style, measure);
    if (lines.length <= HEADLINE_LINES && lines.every((l) => measure(l, style) <= width)) return { lines, style };
  }
  const style = { family: SERIF, size: HEADLINE_MIN, weight: 700 };
  return { lines: wrap(headline, width, style, measure), style };
}

function textEl(x: number, y: number, text: string, style: TextStyle, fill: string, extra = ''): string {
  return `<text x="${n(x)}" y="${n(y)}" font-family="${style.family}" font-size="${style.size}" font-weight="${style.weight}" fill="${fill}"${extra}>${esc(text)}</text>`;
}

/** Draws a step's map as the page's SVG map does (the server bundle's `renderMap`, scripts/lib/prerender.ts). */
export type DrawMap = (story: Story, index: number, size: Viewport, region: Rect) => MapDrawing;

/**
 * The map's styles as resvg can apply them: the page's custom properties (colours, type) given their
 * values, in the static faces the card draws with.
 */
export function cardCss(css: string, colors: Record<string, string>): string {
  const fonts: Record<string, string> = { sans: SANS, serif: SERIF };
  return css.replace(/var\(--([\w-]+)\)/g, (whole, name: string) => (name in fonts ? `'${fonts[name]}'` : (colors[name] ?? whole)));
}

/** The step's map, in the card's half-size layout (the caller scales it up), drawn by the page's own SVG map. */
export function cardMap(story: Story, draw: DrawMap): { svg: string; stepId: string; alt: string } {
  const colors = story.theme.colors;
  const step = story.steps.find((s) => s.id === story.card) ?? story.steps[story.steps.length - 1]!;
  const viewport = { width: CARD.width / SCALE, height: CARD.height / SCALE };
  const region = { left: (PANEL + 24) / SCALE, top: 14, right: viewport.width - 14, bottom: viewport.height - 14 };
  const map = draw(story, step.index, viewport, region);
  const svg = `<rect width="${viewport.width}" height="${viewport.height}" fill="${colors.sea}"/><style>${cardCss(map.css, colors)}</style>${map.markup}`;
  return { svg, stepId: step.id, alt: step.alt };
}

/** The whole card as SVG: the map full-bleed, the headline and byline on the page's paper at the left, in the story's colours. */
export function cardSvg(story: Story, map: string, measure: Measure): string {
  const theme = story.theme.colors;
  const { width, height } = CARD;
  const { lines, style } = headlineLines(story.headline, measure);
  const leading = style.size * 1.08;
  const byline = { family: SANS, size: 24, weight: 400 };
  const blockHeight = 6 + 36 + lines.length * leading;
  // The headline sits a little above the middle of the panel, the byline at its foot.
  const top = Math.max(MARGIN, (height - blockHeight) / 2 - 24);
  const headline = lines.map((l, i) => textEl(MARGIN, top + 42 + style.size * 0.8 + i * leading, l, style, theme.ink)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><linearGradient id="edge" x1="0" x2="1"><stop offset="0" stop-color="rgb(0, 0, 0)" stop-opacity="0.16"/><stop offset="1" stop-color="rgb(0, 0, 0)" stop-opacity="0"/></linearGradient></defs>',
    `<g transform="scale(${SCALE})">${map}</g>`,
    `<rect x="${PANEL}" width="14" height="${height}" fill="url(#edge)"/>`,
    `<rect width="${PANEL}" height="${height}" fill="${theme.paper}"/>`,
    `<rect x="${MARGIN}" y="${n(top)}" width="72" height="6" fill="${theme.accent}"/>`,
    headline,
    `<rect x="${MARGIN}" y="${height - MARGIN - 44}" width="${PANEL - 2 * MARGIN}" height="1" fill="${theme.muted}" fill-opacity="0.35"/>`,
    textEl(MARGIN, height - MARGIN - 4, story.byline, byline, theme.muted),
    '</svg>'
  ].join('');
}

/** The static cuts the card draws with (same typefaces as the page's variable fonts; resvg reads no variable WOFF2). */
const FONT_FILES = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  // The map's names of seas.
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff',
  '@fontsource/inter/files/inter-latin-400-normal.woff',
  // The map's names of places and countries.
  '@fontsource/inter/files/inter-latin-600-normal.woff',
  '@fontsource/inter/files/inter-latin-700-normal.woff'
] as const;

/** Decodes the fonts into a scratch folder (resvg takes font files by path) and hands their paths to `use`. */
async function withFonts<T>(use: (files: string[]) => T): Promise<T> {
  const require = createRequire(import.meta.url);
  const dir = await mkdtemp(join(tmpdir(), 'story-card-'));
  try {
    const files = await Promise.all(
      FONT_FILES.map(async (spec, i) => {
        const file = join(dir, `${i}.ttf`);
        await writeFile(file, woffToSfnt(await readFile(require.resolve(spec))));
        return file;
      })
    );
    return use(files);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function resvg(svg: string, fontFiles: string[]): Resvg {
  // No system fonts: the card must look the same on every machine that builds it.
  return new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: SANS }, logLevel: 'off' });
}

/** Measures with resvg itself, so a line is exactly as wide as it will be drawn. */
function measurer(fontFiles: string[]): Measure {
  const cache = new Map<string, number>();
  return (text, style) => {
    const key = `${style.family}|${style.size}|${style.weight}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="400">${textEl(0, 200, text, style, 'rgb(0, 0, 0)')}</svg>`;
      w = resvg(svg, fontFiles).getBBox()?.width ?? 0;
      cache.set(key, w);
    }
    return w;
  };
}

export interface Card {
  png: Buffer;
  svg: string;
  /** The step whose map it shows, and that step's text alternative (the image's alt). */
  stepId: string;
  alt: string;
}

export async function renderCard(story: Story, draw: DrawMap): Promise<Card> {
  const map = cardMap(story, draw);
  return withFonts((fonts) => {
    const svg = cardSvg(story, map.svg, measurer(fonts));
    return { png: resvg(svg, fonts).render().asPng(), svg, stepId: map.stepId, alt: map.alt };
  });
}
