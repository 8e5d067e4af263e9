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
import { loadStory } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/errors.ts';
import type { Story } from '../../src/lib/content/schema.ts';

export interface RenderedPage {
  head: string;
  body: string;
  lang: string;
}

/** An editor's mistake in data/ stops here as one clear message, not a bundler trace. */
export function checkStory(root: string): Story {
  try {
    return loadStory(resolve(root, 'data'), root);
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/**
 * Builds the server bundle (src/entry-server.ts) into `scratch`, renders the
 * story with it (the full story, and the classroom version without the items
 * marked sensitive) and removes the folder. `config` is merged into the build,
 * for a variant such as the offline copy.
 */
export async function renderStory(root: string, scratch: string, config: InlineConfig = {}): Promise<{ main: RenderedPage; classroom: RenderedPage }> {
  await build({ ...config, root, logLevel: 'warn', build: { ...config.build, ssr: 'src/entry-server.ts', outDir: scratch, emptyOutDir: true } });
  try {
    const { renderPage } = (await import(pathToFileURL(resolve(scratch, 'entry-server.js')).href)) as {
      renderPage: (classroom?: boolean) => RenderedPage;
    };
    return { main: renderPage(false), classroom: renderPage(true) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** `sha256-…` of a script's or a style's text, as a Content-Security-Policy source. */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * Puts the rendered story into the built shell (index.html's `<!--app-head-->`
 * and `<!--app-body-->`), with the policy as the first thing in the head
 * section it fills. `where` names the file in error messages.
 */
export function fillShell(shell: string, page: RenderedPage, policy: string, where: string): string {
  for (const mark of ['<!--app-head-->', '<!--app-body-->']) {
    if (!shell.includes(mark)) throw new Error(`${where} lacks the ${mark} placeholder`);
  }
  return shell
    .replace('<html lang="en">', `<html lang="${page.lang}">`)
    .replace('<!--app-head-->', () => `<meta http-equiv="Content-Security-Policy" content="${policy}" />\n${page.head}`)
    .replace('<!--app-body-->', () => page.body);
}
