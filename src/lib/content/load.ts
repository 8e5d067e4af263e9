/** Reads the story's files from disk (build time only) and hands them to parseStory. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseStory, type StoryFiles } from './parse.ts';
import type { Route, Story } from './schema.ts';

export const DATA_FILES = {
  copy: 'story.en.aml',
  strings: 'strings.en.json',
  places: 'places.json',
  figures: 'figures.json',
  seizures: 'seizures.json',
  people: 'people.json',
  shootings: 'shootings.json',
  timeline: 'timeline.json',
  sources: 'sources.json',
  routes: 'routes.json',
  mapLabels: 'map-labels.json'
} as const satisfies Record<keyof StoryFiles, string>;

export function readStoryFiles(dataDir: string, root = process.cwd()): StoryFiles {
  const entries = Object.entries(DATA_FILES).map(([key, name]) => {
    const full = join(dataDir, name);
    return [key, { path: relative(root, full), text: readFileSync(full, 'utf8') }];
  });
  return Object.fromEntries(entries) as StoryFiles;
}

export function loadStory(dataDir: string, root?: string): Story {
  return parseStory(readStoryFiles(dataDir, root));
}

/** Route geometry, read after the story validated routes.json. */
export function loadRoutes(dataDir: string): Route[] {
  return JSON.parse(readFileSync(join(dataDir, DATA_FILES.routes), 'utf8')) as Route[];
}
