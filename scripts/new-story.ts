/**
 * `npm run new-story -- stories/harbour-lights`: starts a story folder from the
 * example story (a short, plainly fictional one that the browser suite checks
 * on every run), so that it builds at once and every file shows its format.
 * The routes and the basemap are left out: the first build computes them from
 * the folder's places and build.json. Never writes into a folder that has files.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ROOT } from './lib/story-dir.ts';

const EXAMPLE = resolve(ROOT, 'tests/fixtures/visayas');
/** Computed from the rest of the folder on the first build (scripts/lib/prepare-story.ts). */
const COMPUTED = new Set(['routes.json', 'basemap']);

const [target] = process.argv.slice(2);
if (!target) {
  console.error('usage: npm run new-story -- <folder>, e.g. npm run new-story -- stories/harbour-lights');
  process.exit(1);
}
const dir = resolve(process.cwd(), target);
if (existsSync(dir) && readdirSync(dir).length > 0) {
  console.error(`${target} has files already; new-story only starts an empty folder.`);
  process.exit(1);
}
cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => src === EXAMPLE || !COMPUTED.has(relative(EXAMPLE, src).split(/[\\/]/)[0]!) });
const at = relative(ROOT, dir);
console.log(`wrote ${at}/ from the example story: write your story over it (data/README.md, "Make your own story").
  preview:  STORY=${at} npm run dev
  build:    STORY=${at} npm run build        (into dist/; OUT_DIR=dist-mine to keep another)
  check:    bash scripts/test-story.sh ${at}`);
