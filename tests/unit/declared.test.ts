/**
 * What story.json declares is checked against the rest of the folder at build
 * time: a chart bound to the wrong dataset or to a missing figure, a dataset
 * whose file is missing, an event of a kind nobody declared, a chart without
 * its words. Each problem names its file, line and field.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/content/parse.ts';
import { editJson, files, thrownProblems } from './content.fixtures.ts';

const real = files();
const declarations = (edit: (d: Record<string, Record<string, Record<string, unknown>>>) => void): string => {
  const d = JSON.parse(real.declarations.text) as Record<string, Record<string, Record<string, unknown>>>;
  edit(d);
  return JSON.stringify(d, null, 2);
};
const strings = (edit: (s: Record<string, Record<string, unknown>>) => void): string => {
  const s = JSON.parse(real.strings.text) as Record<string, Record<string, unknown>>;
  edit(s);
  return JSON.stringify(s, null, 2);
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('story.json', () => {
  it('refuses a chart bound to a dataset of another type, and one bound to a missing figure', () => {
    const text = declarations((d) => {
      d['charts']!['brussels-shootings']!['data'] = 'timeline';
      d['charts']!['seized-vs-flow']!['implied'] = 'no-such-figure';
    });
    const problems = thrownProblems(() => parseStory({ ...real, declarations: { path: 'data/story.json', text } }));
    expect(problems.map((p) => p.field).sort()).toEqual(['charts.brussels-shootings.data', 'charts.seized-vs-flow.implied']);
    expect(problems.find((p) => p.field.endsWith('.implied'))).toMatchObject({ line: lineOf(text, 'no-such-figure'), got: '"no-such-figure"' });
    expect(problems.find((p) => p.field.endsWith('.data'))!.expected).toMatch(/a yearly dataset story\.json declares \(shootings\)/);
  });

  it('refuses a dataset whose file is not in the folder', () => {
    const text = declarations((d) => {
      d['datasets']!['shootings']!['file'] = 'gone.json';
    });
    const problems = thrownProblems(() => parseStory({ ...real, declarations: { path: 'data/story.json', text }, datasets: { ...real.datasets, shootings: undefined! } }));
    expect(problems[0]).toMatchObject({ file: 'data/story.json', field: 'datasets.shootings.file', got: '"gone.json", which is not there', line: lineOf(text, 'gone.json') });
  });

  it('refuses an event of a kind story.json does not declare, in its own file and line', () => {
    const text = editJson('timeline', (es) => {
      es[3]!.kind = 'picnic';
    });
    const problems = thrownProblems(() => parseStory(files({ timeline: text })));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/timeline.json', field: '[3].kind', got: '"picnic"', line: lineOf(text, 'picnic') })]);
  });

  it('refuses a chart without its words, a word a chart type does not have, and a kind of event without a name', () => {
    const text = strings((s) => {
      delete (s['charts'] as Record<string, unknown>)['seized-vs-flow'];
      (s['charts']!['brussels-shootings'] as Record<string, unknown>)['colour'] = 'red';
      delete (s['events'] as Record<string, unknown>)['murder'];
    });
    const problems = thrownProblems(() => parseStory(files({ strings: text })));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['data/strings.en.json', 'charts'],
      ['data/strings.en.json', 'charts.brussels-shootings.colour'],
      ['data/strings.en.json', 'events']
    ]);
    expect(problems[0]!.expected).toMatch(/"seized-vs-flow" \(a range chart: title, description, scenario/);
  });

  it('asks for the words a chart draws: the part of a bar, and a year\'s breakdown', () => {
    const text = strings((s) => {
      delete (s['charts']!['seizures-by-country'] as Record<string, unknown>)['ofWhich'];
      delete (s['charts']!['brussels-shootings'] as Record<string, unknown>)['breakdown'];
    });
    const problems = thrownProblems(() => parseStory(files({ strings: text })));
    expect(problems.map((p) => p.expected)).toEqual([expect.stringMatching(/^a "ofWhich"/), expect.stringMatching(/^a "breakdown"/)]);
  });

  it('refuses two kinds of place that only colour tells apart', () => {
    const text = declarations((d) => {
      d['places']!['city'] = { shape: 'circle', size: 5, color: 'city' };
    });
    const problems = thrownProblems(() => parseStory({ ...real, declarations: { path: 'data/story.json', text } }));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/story.json', field: 'places.city.size', expected: expect.stringMatching(/"origin" is a circle 5 too/) })]);
  });

  it('refuses circles of a dataset that is not an amounts dataset', () => {
    const copy = real.copy.text.replace('circles: seizures', 'circles: timeline');
    const problems = thrownProblems(() => parseStory({ ...real, copy: { ...real.copy, text: copy } }));
    expect(problems).toEqual([expect.objectContaining({ field: 'steps[1].circles', expected: 'an amounts dataset story.json declares (seizures)', got: '"timeline"' })]);
  });
});
