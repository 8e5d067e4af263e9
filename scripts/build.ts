/**
 * `npm run build`: the client bundle, then a server bundle that renders the
 * story to HTML, written into dist/index.html so the text arrives with the page.
 */
import { build } from 'vite';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { loadStory } from '../src/lib/content/load.ts';
import { ContentError } from '../src/lib/content/errors.ts';

const root = resolve(import.meta.dirname, '..');
// OUT_DIR lets two builds (a test run and a benchmark, say) live side by side.
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const ssrOut = resolve(dist, '..', `.ssr-${process.pid}`);

/**
 * Strict enough for a newsroom to keep: no script but the site's own files,
 * nothing from another origin. The one inline style is the page's own CSS,
 * allowed by its hash so that the text paints without waiting for a stylesheet.
 */
export function csp(styleHash: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' '${styleHash}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "child-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'"
  ].join('; ');
}

/** Moves the entry stylesheet into the page, its font URLs rewritten to stay relative to assets/. */
async function inlineStylesheet(html: string): Promise<{ html: string; hash: string }> {
  const link = /<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"[^>]*>/.exec(html);
  if (!link) throw new Error('dist/index.html links no stylesheet to inline');
  const css = (await readFile(resolve(dist, 'assets', link[1]!), 'utf8')).replace(/url\(\.\/([^)]+)\)/g, 'url(./assets/$1)');
  const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;
  return { html: html.replace(link[0], () => `<style>${css}</style>`), hash };
}

async function main(): Promise<void> {
  // Checked here first so that an editor's mistake reads as one clear message, not a bundler trace.
  try {
    loadStory(resolve(root, 'data'), root);
  } catch (err) {
    if (err instanceof ContentError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  await build({ root, logLevel: 'warn', build: { ssr: 'src/entry-server.ts', outDir: ssrOut, emptyOutDir: true } });
  const { renderPage } = (await import(pathToFileURL(resolve(ssrOut, 'entry-server.js')).href)) as {
    renderPage: () => { head: string; body: string; lang: string };
  };
  const page = renderPage();
  const shell = await readFile(resolve(dist, 'index.html'), 'utf8');
  for (const mark of ['<!--app-head-->', '<!--app-body-->']) {
    if (!shell.includes(mark)) throw new Error(`dist/index.html lacks the ${mark} placeholder`);
  }
  const inlined = await inlineStylesheet(shell);
  const html = inlined.html
    .replace('<html lang="en">', `<html lang="${page.lang}">`)
    .replace('<!--app-head-->', () => `<meta http-equiv="Content-Security-Policy" content="${csp(inlined.hash)}" />\n${page.head}`)
    .replace('<!--app-body-->', () => page.body);
  await writeFile(resolve(dist, 'index.html'), html);
  await rm(ssrOut, { recursive: true, force: true });
  console.log(`built ${process.env.OUT_DIR ?? 'dist'}/ (prerendered ${html.length.toLocaleString('en')} bytes of HTML)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
