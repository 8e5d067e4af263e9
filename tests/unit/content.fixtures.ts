/** A tiny valid story, and a way to break one file of it at a time. */
import { parseStory, type StoryFiles } from '../../src/lib/content/parse.ts';
import { ContentError, type Problem } from '../../src/lib/content/errors.ts';
import { readStoryFiles } from '../../src/lib/content/load.ts';

export const COPY = `headline: A headline
standfirst: A standfirst.
byline: Desk
asof: autumn 2025
published: 2025-11-28

[chapters]
id: one
title: Chapter one
note: A note for the teacher.
[.questions]
* A question?
[]
[]

[steps]
id: first
chapter: one
focus: antwerp, santos
routes: santos-antwerp
draw: grow
alt: Map: a route from Santos to Antwerp.
[.+body]
p: First paragraph.
[]
id: second
chapter: one
focus: antwerp
zoom: 7
circles: seizures
alt: Map: Antwerp.
[.+body]
p: Second paragraph.
{.quote}
text: A quotation.
by: Someone, somewhere
{}
[]
[]
`;

const real = readStoryFiles('data');

/** A file of the fixture's story: one of the fixed files, or one of the datasets story.json declares. */
export type FileKey = Exclude<keyof StoryFiles, 'datasets'> | 'seizures' | 'shootings' | 'timeline';
const DATASETS = ['seizures', 'shootings', 'timeline'] as const;
const isDataset = (key: FileKey): key is (typeof DATASETS)[number] => (DATASETS as readonly string[]).includes(key);

/** The real data files with a small copy; override any file's text. */
export function files(overrides: Partial<Record<FileKey, string>> = {}): StoryFiles {
  const base: StoryFiles = { ...real, datasets: { ...real.datasets }, copy: { path: 'data/story.en.aml', text: COPY } };
  for (const [key, text] of Object.entries(overrides) as Array<[FileKey, string]>) {
    if (isDataset(key)) base.datasets[key] = { path: real.datasets[key]!.path, text };
    else base[key] = { path: base[key].path, text };
  }
  return base;
}

export function editJson(key: 'places' | 'figures' | 'seizures' | 'sources' | 'routes' | 'people' | 'shootings' | 'timeline' | 'mapLabels', edit: (records: Record<string, unknown>[]) => void): string {
  const records = JSON.parse((isDataset(key) ? real.datasets[key]! : real[key]).text) as Record<string, unknown>[];
  edit(records);
  return JSON.stringify(records, null, 2);
}

/** The problems a ContentError thrown by `run` lists; `run` must throw one. */
export function thrownProblems(run: () => unknown): Problem[] {
  try {
    run();
  } catch (err) {
    if (err instanceof ContentError) return err.problems;
    throw err;
  }
  throw new Error('expected a ContentError, but the story parsed');
}

/** What parsing this copy (with the fixture's data files) reports; it must fail. */
export function problemsOf(copy: string): Problem[] {
  try {
    parseStory(files({ copy }));
  } catch (err) {
    if (err instanceof ContentError) return err.problems;
    throw err;
  }
  throw new Error('expected a ContentError, but the story parsed');
}
