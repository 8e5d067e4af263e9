/**
 * `npm run build:offline`: the whole story as one HTML file,
 * dist-offline/index.html, that opens by double-click (from a USB stick, say)
 * with no server and no network, map included.
 *
 * The same sources as `npm run build`, through vite-plugin-singlefile, with
 * three differences that a `file://` page needs:
 * - every script, style, font and the favicon are inlined (no file beside the
 *   page can be loaded from it);
 * - `import.meta.env.VITE_OFFLINE` is 'true', so src/lib/modes/offline.ts
 *   hands the map its basemap from inside the page instead of fetching it;
 * - MapLibre's worker URL (`maplibre-gl/dist/maplibre-gl-worker.mjs?url`)
 *   becomes src/lib/modes/offline-worker.ts, a `blob:` URL of the worker's
 *   source, which MapLibre turns into a `data:` worker on a `null` origin.
 * The text is prerendered into the file as in the web build.
 *
 * Its Content-Security-Policy is as strict as one file allows: nothing may
 * load from anywhere (`default-src 'none'`); the one inline module script and
 * the inline styles run because their hashes are listed (one file has no
 * other place for its script); fonts, the favicon and the basemap are `data:`
 * URLs; the map's worker is a `data:` (or `blob:`) URL.
 */
import { build, type InlineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkStories, cspHash, fillShell, renderPages } from './lib/prerender.ts';
import { editionLinks, folderOf, markView, PAGE_FILES, storyOfPage } from './lib/editions.ts';
import { TRUSTED_TYPES } from './lib/trusted-types.ts';
import { basemapDir, storyDir } from './lib/story-dir.ts';
import { prepareStory } from './lib/prepare-story.ts';

const root = resolve(import.meta.dirname, '..');
const outName = process.env.OFFLINE_OUT_DIR ?? 'dist-offline';
const out = resolve(root, outName);
const ssrOut = resolve(out, '..', `.ssr-offline-${process.pid}`);
const WORKER_URL_IMPORT = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Gives map-view.ts the inlined worker's URL where it imports the worker file's URL. */
function offlineWorker(): Plugin {
  let replaced = false;
  return {
    name: 'offline-worker',
    enforce: 'pre',
    resolveId(id) {
      if (id !== WORKER_URL_IMPORT) return undefined;
      replaced = true;
      return resolve(root, 'src/lib/modes/offline-worker.ts');
    },
    buildEnd(err) {
      // Without this the map would look for a worker file that the offline copy does not have.
      if (!err && !replaced) this.error(`nothing imports ${WORKER_URL_IMPORT} any more: update scripts/build-offline.ts to match src/lib/map/`);
    }
  };
}

/** Nothing may load from anywhere; what the page needs is in the page, allowed by hash or as data. */
export function offlineCsp(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'${h}'`).join(' ')}`,
    `style-src ${styleHashes.map((h) => `'${h}'`).join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    // MapLibre reads its worker's source from the blob: URL, and the basemap from data: URLs.
    'connect-src data: blob:',
    'worker-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...TRUSTED_TYPES
  ].join('; ');
}

/**
 * The basemap must be inside the file (a file:// page can fetch nothing). It is there only if the
 * map asks src/lib/modes/offline.ts for its URLs; a run of coordinates from each file proves it.
 * Every file of the story's basemap/ is checked, so a new one cannot be forgotten in offline.ts.
 */
async function checkBasemapInlined(html: string): Promise<void> {
  const dir = basemapDir(storyDir());
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const text = await readFile(resolve(dir, file), 'utf8');
    const sample = /[-\d.,[\]]{40,}/.exec(text.slice(text.length >> 1))?.[0].slice(0, 40);
    if (sample && !html.includes(sample)) {
      throw new Error(
        `${outName}/index.html lacks basemap/${file}: the map must take its basemap URLs from basemapUrl() in src/lib/modes/offline.ts`
      );
    }
  }
}

/** The text of every inline element of one kind that runs or applies (the policy lists each one's hash); data blocks do neither. */
function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].filter((m) => !/\btype="application\/(ld\+)?json"/.test(m[1]!)).map((m) => m[2]!);
}

async function main(): Promise<void> {
  prepareStory(storyDir());
  const editions = checkStories(root);
  const offline: InlineConfig = {
    define: { 'import.meta.env.VITE_OFFLINE': JSON.stringify('true') }
  };
  await build({
    ...offline,
    root,
    logLevel: 'warn',
    // static/ holds the site's loose files; the offline copy carries what it needs inside.
    publicDir: false,
    plugins: [offlineWorker(), viteSingleFile()],
    build: { outDir: out, emptyOutDir: true }
  });
  // Two files per edition, laid out as the web site is (nl/index.html beside index.html, classroom.html beside each),
  // so the links between them hold; the classroom file carries no sensitive item, as on the web.
  const requests = editions.flatMap((e) =>
    PAGE_FILES.map((f) => ({ code: e.code, file: f, story: storyOfPage(e.story, f), classroom: f === 'classroom.html', editions: editionLinks(editions, e.code, f) }))
  );
  const pages = await renderPages(root, ssrOut, requests, offline);
  const favicon = await readFile(resolve(root, 'static/favicon.svg'));
  let shell = await readFile(resolve(out, 'index.html'), 'utf8');
  if (/<(script|link)\b[^>]*\b(src|href)="\.?\/?(assets\/|[^"]+\.(js|css))/.test(shell)) {
    throw new Error(`${outName}/index.html still loads a file beside it; vite-plugin-singlefile did not inline everything`);
  }
  shell = shell.replace(/href="\.\/favicon\.svg"/, () => `href="data:image/svg+xml;base64,${favicon.toString('base64')}"`);
  for (const [i, request] of requests.entries()) {
    const file = `${outName}/${folderOf(request.code)}${request.file}`;
    const page = pages[i]!;
    // The policy goes in first, hashed over the page as it will be (the prerender adds no script or style but the data block).
    const placeholder = fillShell(shell, page, 'CSP', file);
    const policy = offlineCsp(inlineTexts(placeholder, 'script').map(cspHash), inlineTexts(placeholder, 'style').map(cspHash));
    const html = markView(fillShell(shell, page, policy, file), request.file);
    await checkBasemapInlined(html);
    await mkdir(resolve(out, folderOf(request.code)), { recursive: true });
    await writeFile(resolve(root, file), html);
    console.log(`built ${file} (${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB, one file)`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
