/**
 * `npm run build`: the client bundle, then a server bundle that renders the
 * story to HTML, written into dist/index.html so the text arrives with the page.
 */
import { build } from 'vite';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkStory, cspHash, fillShell, renderStory } from './lib/prerender.ts';
import { checkFallbackBlock } from './lib/fonts.ts';
import { socialCard } from './lib/social.ts';
import { TRUSTED_TYPES } from './lib/trusted-types.ts';
import { naiveMap } from './lib/naive-map.ts';

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
    "form-action 'none'",
    ...TRUSTED_TYPES
  ].join('; ');
}

/**
 * Moves the entry stylesheet into the page, its URLs rewritten to stay relative to assets/.
 * The web fonts' stylesheet is linked by the script after the first paint
 * (src/lib/fonts/web-fonts.ts); a reader without script gets it from <noscript>.
 */
async function inlineStylesheet(html: string): Promise<{ html: string; hash: string }> {
  const link = /<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"[^>]*>/.exec(html);
  if (!link) throw new Error('dist/index.html links no stylesheet to inline');
  const css = (await readFile(resolve(dist, 'assets', link[1]!), 'utf8')).replace(/url\(\.\/([^)]+)\)/g, 'url(./assets/$1)');
  if (/@font-face\s*{[^}]*url\(/.test(css)) throw new Error(`assets/${link[1]}: a web font in the page's own stylesheet would hold the first paint; import it from src/fonts.css`);
  const fonts = (await readdir(resolve(dist, 'assets'))).filter((f) => /^web-fonts-[\w-]+\.css$/.test(f));
  if (fonts.length !== 1) throw new Error(`expected one assets/web-fonts-*.css, found ${fonts.length}: did src/lib/fonts/web-fonts.ts stop importing src/fonts.css?`);
  const hash = cspHash(css);
  return { html: html.replace(link[0], () => `<noscript><link rel="stylesheet" href="./assets/${fonts[0]}"></noscript>\n    <style>${css}</style>`), hash };
}

async function main(): Promise<void> {
  const story = checkStory(root);
  checkFallbackBlock(await readFile(resolve(root, 'src/app.css'), 'utf8'), 'src/app.css');
  // The social card is drawn while Vite bundles, and written once the bundle has emptied and filled dist/.
  const [, { write, inject }] = await Promise.all([build({ root, logLevel: 'warn', plugins: process.env.NAIVE_MAP === '1' ? [naiveMap()] : [], build: { outDir: dist, emptyOutDir: true } }), socialCard(root, story)]);
  await write(dist);
  const pages = await renderStory(root, ssrOut);
  const inlined = await inlineStylesheet(await readFile(resolve(dist, 'index.html'), 'utf8'));
  const html = inject(fillShell(inlined.html, pages.main, csp(inlined.hash), 'dist/index.html'), 'index.html');
  await writeFile(resolve(dist, 'index.html'), html);
  // The classroom version is a page of its own, so that it reads without script too.
  const classroom = inject(fillShell(inlined.html, pages.classroom, csp(inlined.hash), 'dist/classroom.html'), 'classroom.html').replace(
    /<html lang="([^"]+)">/,
    '<html lang="$1" data-view="classroom">'
  );
  await writeFile(resolve(dist, 'classroom.html'), classroom);
  console.log(`built ${process.env.OUT_DIR ?? 'dist'}/ (prerendered ${html.length.toLocaleString('en')} bytes of HTML)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
