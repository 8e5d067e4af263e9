/** Reads the story's files from disk (build time only) and hands them to parseStory. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseStory, type SourceFile, type StoryFiles } from './parse.ts';
import { translateStory, type EditionFiles } from './editions.ts';
import type { Route, Story } from './schema.ts';
import { declaredDatasets } from './declarations.ts';

export const DATA_FILES = {
  copy: 'story.en.aml',
  declarations: 'story.json',
  strings: 'strings.en.json',
  places: 'places.json',
  figures: 'figures.json',
  people: 'people.json',
  sources: 'sources.json',
  routes: 'routes.json',
  mapLabels: 'map-labels.json',
  theme: 'theme.json'
} as const satisfies Record<Exclude<keyof StoryFiles, 'datasets'>, string>;

export function readStoryFiles(dataDir: string, root = process.cwd()): StoryFiles {
  const read = (name: string): SourceFile => {
    const full = join(dataDir, name);
    return { path: relative(root, full), text: readFileSync(full, 'utf8') };
  };
  const fixed = Object.fromEntries(Object.entries(DATA_FILES).map(([key, name]) => [key, read(name)])) as Omit<StoryFiles, 'datasets'>;
  const datasets = Object.fromEntries(
    Object.entries(declaredDatasets(fixed.declarations.text)).flatMap(([id, { file }]) => (file && existsSync(join(dataDir, file)) ? [[id, read(file)]] : []))
  );
  return { ...fixed, datasets };
}

/** The source edition: story.en.aml and the data files say what every edition shows. */
export const SOURCE = 'en';

/** The editions the data folder holds, the source first: one per story.xx.aml. */
export function editionCodes(dataDir: string): string[] {
  const codes = readdirSync(dataDir)
    .map((f) => /^story\.([a-z]{2})\.aml$/.exec(f)?.[1])
    .filter((c): c is string => c !== undefined && c !== SOURCE)
    .sort();
  return [SOURCE, ...codes];
}

export function readEditionFiles(dataDir: string, code: string, root = process.cwd()): EditionFiles {
  const read = (name: string): SourceFile => {
    const full = join(dataDir, name);
    return { path: relative(root, full), text: readFileSync(full, 'utf8') };
  };
  return { code, copy: read(`story.${code}.aml`), strings: read(`strings.${code}.json`), words: read(`words.${code}.json`) };
}

/** The story in one edition's words (the source edition's by default). */
export function loadStory(dataDir: string, root?: string, code: string = SOURCE): Story {
  const files = readStoryFiles(dataDir, root);
  const english = parseStory(files);
  return code === SOURCE ? english : translateStory(english, files, readEditionFiles(dataDir, code, root));
}

/** Route geometry, read after the story validated routes.json. */
export function loadRoutes(dataDir: string): Route[] {
  return JSON.parse(readFileSync(join(dataDir, DATA_FILES.routes), 'utf8')) as Route[];
}
