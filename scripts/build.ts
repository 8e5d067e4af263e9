/**
 * `npm run build`: the client bundle, then a server bundle that renders the
 * story to HTML, written into dist/index.html so the text arrives with the page.
 */
import { build } from 'vite';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkStories, cspHash, fillShell, pageStyleHashes, scriptsLast, withServerRender } from './lib/prerender.ts';
import { alternateLinks, editionLinks, folderOf, markView, PAGE_FILES, storyOfPage } from './lib/editions.ts';
import { publicUrl } from './lib/article-meta.ts';
import { checkFallbackBlock } from './lib/fonts.ts';
import { socialCard, socialUrl } from './lib/social.ts';
import { TRUSTED_TYPES } from './lib/trusted-types.ts';
import { naiveMap } from './lib/naive-map.ts';
import { firstFaces } from './lib/first-faces.ts';
import { prepareStory } from './lib/prepare-story.ts';
import { storyDir } from './lib/story-dir.ts';

const root = resolve(import.meta.dirname, '..');
// OUT_DIR lets two builds (a test run and a benchmark, say) live side by side.
const dist = resolve(root, process.env.OUT_DIR ?? 'dist');
const ssrOut = resolve(dist, '..', `.ssr-${process.pid}`);

/**
 * Strict enough for a newsroom to keep: no script but the site's own files,
 * nothing from another origin. The inline styles are the page's own CSS and its
 * opening map's, allowed by their hashes so that both paint without waiting for a stylesheet.
 */
export function csp(styleHashes: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes.map((h) => `'${h}'`).join(' ')}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // data: for the map's worker, which answers a tile of open sea with an empty data: address
    // (src/lib/map/tiles.ts): the worker runs under this policy too where a host sends it as a header.
    "connect-src 'self' data:",
    "worker-src 'self'",
    "child-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    ...TRUSTED_TYPES
  ].join('; ');
}

/**
 * Moves the entry stylesheet into the page, its URLs rewritten to stay relative to assets/
 * from a page `up` folders below the site's root (an edition's folder is one).
 * The web fonts' stylesheet is linked by the script after the first paint
 * (src/lib/fonts/web-fonts.ts); a reader without script gets it from <noscript>.
 */
async function inlineStylesheet(html: string, up: number): Promise<{ html: string; hash: string }> {
  const link = /<link rel="stylesheet"[^>]*href="\.\/assets\/([^"]+\.css)"[^>]*>/.exec(html);
  if (!link) throw new Error('dist/index.html links no stylesheet to inline');
  const prefix = up ? '../'.repeat(up) : './';
  const css = (await readFile(resolve(dist, 'assets', link[1]!), 'utf8')).replace(/url\(\.\/([^)]+)\)/g, `url(${prefix}assets/$1)`);
  if (/@font-face\s*{[^}]*url\(/.test(css)) throw new Error(`assets/${link[1]}: a web font in the page's own stylesheet would hold the first paint; import it from src/fonts.css`);
  const fonts = (await readdir(resolve(dist, 'assets'))).filter((f) => /^web-fonts-[\w-]+\.css$/.test(f));
  if (fonts.length !== 1) throw new Error(`expected one assets/web-fonts-*.css, found ${fonts.length}: did src/lib/fonts/web-fonts.ts stop importing src/fonts.css?`);
  const hash = cspHash(css);
  // The faces the first screen is set in, for the entry to fetch once the text has painted (src/lib/fonts/first-faces.ts).
  const first = firstFaces(await readFile(resolve(dist, 'assets', fonts[0]!), 'utf8'));
  const faces = first.length ? `\n    <meta name="story-faces" content="${first.map((f) => `${prefix}assets/${f}`).join(' ')}">` : '';
  const page = html.replace(link[0], () => `<noscript><link rel="stylesheet" href="./assets/${fonts[0]}"></noscript>${faces}\n    <style>${css}</style>`);
  // The shell's own URLs (scripts, preloads, the favicon, the fonts' <noscript> link) point to the root's files.
  return { html: up ? page.replace(/\b(src|href)="\.\//g, `$1="${prefix}`) : page, hash };
}

async function main(): Promise<void> {
  prepareStory(storyDir());
  const editions = checkStories(root);
  checkFallbackBlock(await readFile(resolve(root, 'src/app.css'), 'utf8'), 'src/app.css');
  const urls = editions.map((e) => socialUrl(process.env, folderOf(e.code)));
  // The naive build is the bench's straightforward baseline: its script stays in the head, and its map comes with MapLibre only.
  const naive = process.env.NAIVE_MAP === '1';
  await build({ root, logLevel: 'warn', plugins: naive ? [naiveMap()] : [], build: { outDir: dist, emptyOutDir: true } });
  // The server bundle renders the pages and draws the social cards' maps with the page's own SVG map.
  const { pages, requests } = await withServerRender(root, ssrOut, async (server) => {
    const socials = await Promise.all(editions.map((e, i) => socialCard(e.story, urls[i]!, server.map)));
    const requests = editions.flatMap((edition, i) =>
      PAGE_FILES.map((file) => ({ edition, social: socials[i]!, file, story: storyOfPage(edition.story, file), classroom: file === 'classroom.html', editions: editionLinks(editions, edition.code, file) }))
    );
    return { pages: server.pages(requests, !naive), requests };
  });
  const built = await readFile(resolve(dist, 'index.html'), 'utf8');
  const shells = [await inlineStylesheet(built, 0), await inlineStylesheet(built, 1)];
  const base = publicUrl(process.env.STORY_URL);
  let size = 0;
  for (const [i, r] of requests.entries()) {
    const folder = folderOf(r.edition.code);
    const where = `dist/${folder}${r.file}`;
    const inlined = shells[folder ? 1 : 0]!;
    await mkdir(resolve(dist, folder), { recursive: true });
    if (r.file === 'index.html') await r.social.write(resolve(dist, folder));
    const filled = fillShell(inlined.html, pages[i]!, csp([inlined.hash, ...pageStyleHashes(pages[i]!)]), where);
    let html = r.social.inject(naive ? filled : scriptsLast(filled), r.file);
    html = html.replace('</head>', () => `${alternateLinks(editions, r.edition.code, r.file, base)}\n</head>`);
    html = markView(html, r.file);
    await writeFile(resolve(dist, folder, r.file), html);
    if (i === 0) size = html.length;
  }
  const codes = editions.map((e) => e.code).join(', ');
  console.log(`built ${process.env.OUT_DIR ?? 'dist'}/ in ${editions.length} edition(s): ${codes} (prerendered ${size.toLocaleString('en')} bytes of HTML for the first)`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
