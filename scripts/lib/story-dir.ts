/**
 * The story folder every script and the bundler read: `data/` unless STORY
 * names another (`STORY=tests/fixtures/lighthouse npm run build`). Its path is
 * decided here once, so the build, the offline copy, the dev server, the routes
 * and the basemap cannot each read a different story.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export function storyDir(env: NodeJS.ProcessEnv = process.env, root = ROOT): string {
  const dir = resolve(root, env.STORY || 'data');
  if (!existsSync(resolve(dir, 'story.en.aml'))) {
    throw new Error(`STORY=${env.STORY ?? ''}: ${relative(root, dir) || '.'} is not a story folder (it has no story.en.aml)`);
  }
  return dir;
}

/** The story's basemap files (scripts/build-basemap.ts writes them): in the story's folder, as they depend on its places. */
export function basemapDir(dir: string): string {
  return resolve(dir, 'basemap');
}
