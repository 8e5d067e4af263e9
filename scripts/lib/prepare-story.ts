/**
 * What a story folder needs computed before it can be built: its routes
 * (routes.json, from build.json) and its basemap (basemap/, from its places).
 * Both are kept in the folder, reviewed and committed like the rest; a new
 * folder that has neither yet gets them on its first build, so that
 * `npm run new-story` gives a folder that builds at once.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeRoutes } from '../build-routes.ts';
import { writeBasemap } from '../build-basemap.ts';
import { basemapDir, ROOT } from './story-dir.ts';
import { ContentError } from '../../src/lib/content/errors.ts';

export function prepareStory(dir: string, log: (line: string) => void = console.log): void {
  try {
    prepare(dir, log);
  } catch (err) {
    // An editor's mistake in build.json or places.json: the message alone, as the rest of the build gives it.
    if (!(err instanceof ContentError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

function prepare(dir: string, log: (line: string) => void): void {
  const at = relative(ROOT, dir) || '.';
  // The basemap's derived detail window reads the story, which checks its steps' routes: routes first.
  if (!existsSync(join(dir, 'routes.json'))) {
    log(`${at} has no routes.json yet: computing it from build.json (npm run routes does the same)`);
    writeRoutes(dir, log);
  }
  if (!existsSync(join(basemapDir(dir), 'land.json'))) {
    log(`${at} has no basemap yet: building it from its places (npm run basemap does the same)`);
    writeBasemap(dir, log);
  }
}
