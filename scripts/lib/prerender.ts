/**
 * What `npm run build` and `npm run build:offline` share: the check of the
 * copy before any bundling, and the server render of the story into the
 * built page, so that its text arrives with the page (and reads without
 * any script).
 */
import { build, type InlineConfig } from 'vite';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { editionCodes, loadStory } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import { pageDataBlock, type EditionLink } from '../../src/lib/content/page-data.ts';
import type { Story } from '../../src/lib/content/schema.ts';
import { storyDir } from './story-dir.ts';
import { readBasemap, readRoutes } from './basemap-files.ts';
import type { MapDrawing, MapFiles, Page } from '../../src/entry-server.ts';
import type { Rect } from '../../src/lib/layout/free-region.ts';
import type { Viewport } from '../../src/lib/map/target.ts';

export interface RenderedPage extends Page {
  /** The story the page hydrates from, as a data block for the end of its body. */
  data: string;
}

export interface Edition {
  /** Two letters; the source edition's pages are at the site's root, the others in a folder of this name. */
  code: string;
  story: Story;
}

/** An editor's mistake in data/ stops here as one clear message, not a bundler trace. */
export function checkStories(root: string): Edition[] {
  try {
    const data = storyDir(process.env, root);
    return editionCodes(data).map((code) => ({ code, story: loadStory(data, root, code) }));
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** One page to render: a story, in its full or classroom version, and its links to the other editions. */
export interface PageRequest {
  story: Story;
  classroom: boolean;
  editions: EditionLink[];
}

/** What the server bundle (src/entry-server.ts) renders, with the story's map files read once. */
export interface ServerRender {
  /** `opening`: draw the opening step's map into each page (default true; the bench's naive build has none). */
  pages(requests: PageRequest[], opening?: boolean): RenderedPage[];
  /** A step's map drawn by the page's own SVG map (the social card's, scripts/lib/card.ts). */
  map(story: Story, index: number, size: Viewport, region: Rect): MapDrawing;
}

/**
 * Builds the server bundle (src/entry-server.ts) into `scratch`, hands `use` what it renders
 * (pages, whose classroom version leaves out the items marked sensitive, and maps), and removes
 * the folder. `config` is merged into the build, for a variant such as the offline copy.
 */
export async function withServerRender<T>(root: string, scratch: string, use: (server: ServerRender) => T | Promise<T>, config: InlineConfig = {}): Promise<T> {
  await build({ ...config, root, logLevel: 'warn', build: { ...config.build, ssr: 'src/entry-server.ts', outDir: scratch, emptyOutDir: true } });
  try {
    const bundle = (await import(pathToFileURL(resolve(scratch, 'entry-server.js')).href)) as typeof import('../../src/entry-server.ts');
    const files: MapFiles = { basemap: await readBasemap(root), routes: readRoutes(root) };
    return await use({
      pages: (requests, opening = true) =>
        requests.map(({ story, classroom, editions }) => ({ ...bundle.renderPage(story, classroom, editions, opening ? files : null), data: pageDataBlock({ story, editions }) })),
      map: (story, index, size, region) => bundle.renderMap(story, index, size, region, files)
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The pages alone (the offline copy). */
export function renderPages(root: string, scratch: string, requests: PageRequest[], config: InlineConfig = {}): Promise<RenderedPage[]> {
  return withServerRender(root, scratch, (server) => server.pages(requests), config);
}

/** `sha256-…` of a script's or a style's text, as a Content-Security-Policy source. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * Puts the rendered story into the built shell (index.html's `<!--app-head-->`,
 * `<!--app-body-->` and `<!--app-opening-->`), with the policy as the first thing in the head
 * section it fills. `where` names the file in error messages.
 */
export function fillShell(shell: string, page: RenderedPage, policy: string, where: string): string {
  for (const mark of ['<!--app-head-->', '<!--app-body-->', '<!--app-opening-->', '</body>']) {
    if (!shell.includes(mark)) throw new Error(`${where} lacks the ${mark} placeholder`);
  }
  return shell
    .replace('<html lang="en">', `<html lang="${page.lang}">`)
    .replace('<!--app-head-->', () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />\n${page.head}${openingStyle(page)}`)
    .replace('<!--app-body-->', () => page.body)
    // After the text, so that the text arrives first; above the map's stage, which it stands in for.
    .replace('<!--app-opening-->', () => page.opening)
    // After the text, so that it never holds the first paint.
    .replace('</body>', () => `${page.data}\n  </body>`);
}

/** The opening map's styles, as a style element of their own (its hash is in the page's policy: `pageStyleHashes`). */
function openingStyle(page: Page): string {
  return page.openingCss ? `\n<style>${page.openingCss}</style>` : '';
}

/** The hashes of the inline styles `fillShell` adds to a page, beside its stylesheet's. */
export function pageStyleHashes(page: Page): string[] {
  return page.openingCss ? [cspHash(page.openingCss)] : [];
}

/**
 * Moves the entry script and its module preloads to the end of the body. Found in the
 * head, they share a slow line with the text and delay its first paint, while
 * the script cannot run before the text is parsed anyway.
 */
export function scriptsLast(html: string): string {
  const moved: string[] = [];
  const rest = html.replace(/\s*(<script type="module"[^>]*\ssrc="[^"]*"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)/g, (tag) => (moved.push(tag.trim()), ''));
  return moved.length ? rest.replace('</body>', () => `${moved.join('\n')}\n  </body>`) : html;
}
