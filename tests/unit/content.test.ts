import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/content/parse.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadStory } from '../../src/lib/content/load.ts';
import { sourceIdsOf } from '../../src/lib/content/source-ref.ts';
import { blockText } from '../../src/lib/content/classroom.ts';
import { COPY, editJson, files, thrownProblems } from './content.fixtures.ts';

const problemsOf = thrownProblems;

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the real story', () => {
  const story = loadStory('data');
  // About 14 to 25 steps (issue 2); one more since the reader arrives in Dubai and in Freetown.
  it('parses, with chapters, 14 to 26 steps and unique ids', () => {
    expect(story.steps.length).toBeGreaterThanOrEqual(14);
    expect(story.steps.length).toBeLessThanOrEqual(26);
    expect(new Set(story.steps.map((s) => s.id)).size).toBe(story.steps.length);
  });
  it('has between 1,500 and 3,000 words of text', () => {
    const words = story.steps
      .flatMap((s) => s.body)
      .map(blockText)
      .join(' ')
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(1500);
    expect(words).toBeLessThanOrEqual(3000);
  });
  it('has the chapters the story needs, in order', () => {
    expect(story.chapters.map((c) => c.id)).toEqual([
      'opening', 'crossing', 'antwerp', 'money', 'corruption', 'violence', 'dubai', 'sierra-leone', 'justice', 'what-now', 'sources'
    ]);
  });
  it('keeps each chapter\'s steps together', () => {
    const order = story.steps.map((s) => s.chapter).filter((c, i, all) => c !== all[i - 1]);
    expect(order).toEqual(story.chapters.map((c) => c.id));
  });
  it('marks the graphic items as sensitive', () => {
    const sensitive = story.steps.flatMap((s) => s.body).filter((b) => b.type === 'sensitive');
    expect(sensitive.length).toBeGreaterThanOrEqual(3);
  });
  it('gives every figure and seizure a source that exists', () => {
    const ids = new Set(story.sources.map((s) => s.id));
    for (const f of Object.values(story.figures)) for (const id of sourceIdsOf(f.source)) expect(ids, f.id).toContain(id);
    for (const d of Object.values(story.datasets)) for (const r of d.rows) for (const id of sourceIdsOf(r.source)) expect(ids).toContain(id);
  });
});

describe('parseStory', () => {
  it('accepts the small valid story', () => {
    const story = parseStory(files());
    expect(story.steps.map((s) => [s.id, s.index])).toEqual([['first', 0], ['second', 1]]);
    expect(story.routes[0]).not.toHaveProperty('coordinates');
  });

  it('names the file, line and field of an unknown place id', () => {
    const text = COPY.replace('focus: antwerp, santos', 'focus: antwerp, atlantis');
    const [p, ...rest] = problemsOf(() => parseStory(files({ copy: text })));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/story.en.aml', line: lineOf(text, 'atlantis'), field: 'steps[0].focus', got: '"atlantis"' });
    expect(p!.expected).toMatch(/places\.json/);
  });

  it('refuses a malformed coordinate in the copy, with its line', () => {
    const text = COPY.replace('zoom: 7', 'zoom: 7\ncenter: 4.4; 51.2');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    expect(p).toMatchObject({ line: lineOf(text, 'center:'), field: 'steps[1].center', got: '"4.4; 51.2"' });
    expect(p!.expected).toMatch(/longitude, latitude/);
  });

  it('refuses a coordinate out of range in places.json, with its line', () => {
    const text = editJson('places', (ps) => (ps[2]!.lat = 123));
    const [p] = problemsOf(() => parseStory(files({ places: text })));
    expect(p).toMatchObject({ file: 'data/places.json', field: '[2].lat', line: lineOf(text, '"lat": 123') });
  });

  it('refuses a figure without a source', () => {
    const text = editJson('figures', (fs) => delete fs[1]!.source);
    const [p] = problemsOf(() => parseStory(files({ figures: text })));
    expect(p).toMatchObject({ file: 'data/figures.json', field: '[1].source', expected: 'a source id, or a list of source ids', got: 'nothing' });
    expect(p!.line).toBeGreaterThan(1);
  });

  it('refuses a figure whose source is not in sources.json', () => {
    const text = editJson('figures', (fs) => (fs[0]!.source = 'rumour'));
    const [p] = problemsOf(() => parseStory(files({ figures: text })));
    expect(p).toMatchObject({ field: '[0].source', got: '"rumour"', line: lineOf(text, '"rumour"') });
  });

  it('refuses a duplicate step id and points at the second one', () => {
    const text = COPY.replace('id: second', 'id: first');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    const second = text.split('\n').findIndex((l, i) => l === 'id: first' && i > lineOf(text, 'id: first')) + 1;
    expect(p).toMatchObject({ field: 'steps[1].id', line: second, got: '"first" again' });
  });

  it('refuses an unknown block type, naming it', () => {
    const text = COPY.replace('p: Second paragraph.', 'video: clip.mp4');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    expect(p).toMatchObject({ field: 'steps[1].body[0].type', got: '"video"', line: lineOf(text, 'video:') });
    expect(p!.expected).toMatch(/p, sensitive, quote or sources/);
  });

  it('points at the field inside a quote block', () => {
    const text = COPY.replace('by: Someone, somewhere\n', '');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    expect(p).toMatchObject({ field: 'steps[1].body[1].value.by', line: lineOf(text, '{.quote}') });
  });

  it('refuses a step whose camera cannot be derived', () => {
    const text = COPY.replace('zoom: 7\n', '');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    expect(p).toMatchObject({ field: 'steps[1].focus', line: text.split('\n').indexOf('focus: antwerp') + 1 });
    expect(p!.expected).toMatch(/camera.*zoom/);
  });

  it('refuses a step with no focus and no centre', () => {
    const text = COPY.replace('focus: antwerp, santos\n', '');
    const [p] = problemsOf(() => parseStory(files({ copy: text })));
    expect(p!.expected).toMatch(/`focus` of places or a `center`/);
  });

  it('refuses an empty story', () => {
    const text = COPY.slice(0, COPY.indexOf('[steps]')) + '[steps]\n[]\n';
    const problems = problemsOf(() => parseStory(files({ copy: text })));
    expect(problems[0]).toMatchObject({ field: 'steps', line: lineOf(text, '[steps]') });
    expect(problems[0]!.expected).toMatch(/empty/);
  });

  it('refuses an unknown field, a bad number and an unknown chapter all at once', () => {
    const text = COPY.replace('draw: grow', 'draw: grow\ncolour: red').replace('zoom: 7', 'zoom: seven').replace('chapter: one\nfocus: antwerp\n', 'chapter: two\nfocus: antwerp\n');
    const problems = problemsOf(() => parseStory(files({ copy: text })));
    expect(problems.map((p) => p.field).sort()).toEqual(['steps[0].colour', 'steps[1].zoom']);
    // Cross-references are checked once the shapes are right.
    const fixed = text.replace('colour: red\n', '').replace('zoom: seven', 'zoom: 7');
    expect(problemsOf(() => parseStory(files({ copy: fixed })))[0]).toMatchObject({ field: 'steps[1].chapter', got: '"two"' });
  });

  it('refuses a route id that routes.json lacks, and invalid JSON with its line', () => {
    const copy = COPY.replace('routes: santos-antwerp', 'routes: santos-atlantis');
    expect(problemsOf(() => parseStory(files({ copy })))[0]).toMatchObject({ field: 'steps[0].routes', got: '"santos-atlantis"' });
    const broken = '[\n  { "id": "x", }\n]';
    expect(problemsOf(() => parseStory(files({ sources: broken })))[0]).toMatchObject({ file: 'data/sources.json', line: 2 });
  });

  it('formats problems for the terminal with file:line: field', () => {
    const text = COPY.replace('focus: antwerp, santos', 'focus: antwerp, atlantis');
    expect(() => parseStory(files({ copy: text }))).toThrow(
      new RegExp(`data/story\\.en\\.aml:${lineOf(text, 'atlantis')}: steps\\[0\\]\\.focus: expected place ids from places\\.json, got "atlantis"`)
    );
  });
});

describe('people, shootings and the timeline', () => {
  it('refuses a person whose haven is not a place', () => {
    const text = editJson('people', (ps) => (ps[0]!.to = 'atlantis'));
    const [p] = problemsOf(() => parseStory(files({ people: text })));
    expect(p).toMatchObject({ file: 'data/people.json', field: '[0].to', got: '"atlantis"' });
  });
  it('refuses a person who left from, or was returned to, a place that does not exist', () => {
    const text = editJson('people', (ps) => {
      ps[0]!.from = 'atlantis';
      const extradited = ps.findIndex((p) => p.status === 'extradited');
      ps[extradited]!.returnedTo = 'el-dorado';
    });
    const problems = problemsOf(() => parseStory(files({ people: text })));
    const extradited = (JSON.parse(text) as { status: string }[]).findIndex((p) => p.status === 'extradited');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/people.json', field: '[0].from', expected: 'a place id from places.json', got: '"atlantis"' }),
      expect.objectContaining({ file: 'data/people.json', field: `[${extradited}].returnedTo`, got: '"el-dorado"' })
    ]);
    expect(problems[0]!.line).toBe(lineOf(text, '"atlantis"'));
    expect(problems[1]!.line).toBe(lineOf(text, '"el-dorado"'));
  });
  it('asks for a returnedTo place for the extradited, and none for those at large', () => {
    const text = editJson('people', (ps) => {
      const extradited = ps.find((p) => p.status === 'extradited')!;
      delete extradited.returnedTo;
      ps.find((p) => p.status === 'at-large')!.returnedTo = 'antwerp';
    });
    const problems = problemsOf(() => parseStory(files({ people: text })));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['data/people.json', expect.stringMatching(/^\[\d\]\.returnedTo$/)],
      ['data/people.json', expect.stringMatching(/^\[\d\]\.returnedTo$/)]
    ]);
  });
  it('refuses a timeline event with a malformed date or no source', () => {
    const text = editJson('timeline', (es) => {
      es[1]!.date = 'March 2024';
      delete es[2]!.source;
    });
    const problems = problemsOf(() => parseStory(files({ timeline: text })));
    expect(problems.map((p) => p.field)).toEqual(['[1].date', '[2].source']);
  });
  it('refuses a step that names an unknown person or chart', () => {
    const copy = COPY.replace('draw: grow', 'draw: grow\npeople: nobody\nchart: pie');
    const problems = problemsOf(() => parseStory(files({ copy })));
    expect(problems.map((p) => p.field)).toEqual(['steps[0].people', 'steps[0].chart']);
    const fixed = copy.replace('chart: pie', 'chart: justice-timeline');
    expect(problemsOf(() => parseStory(files({ copy: fixed })))[0]).toMatchObject({ field: 'steps[0].people', got: '"nobody"' });
  });
  it('refuses a place of a kind story.json does not declare', () => {
    const text = editJson('places', (ps) => (ps[0]!.kind = 'port'));
    expect(problemsOf(() => parseStory(files({ places: text })))[0]).toMatchObject({ field: '[0].kind', got: '"port"', line: lineOf(text, '"port"') });
  });
});

describe('teacher notes', () => {
  it('every chapter of the real story has a note and one or two questions', () => {
    for (const c of loadStory('data').chapters) {
      expect(c.note.length, c.id).toBeGreaterThan(40);
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.questions.length, c.id).toBeLessThanOrEqual(2);
    }
  });
  it('refuses a chapter without questions, pointing at its line', () => {
    const text = COPY.replace('[.questions]\n* A question?\n[]\n', '');
    expect(problemsOf(() => parseStory(files({ copy: text })))[0]).toMatchObject({ field: 'chapters[0].questions', line: lineOf(text, 'id: one') });
  });
});

describe('map labels (data/map-labels.json)', () => {
  const story = loadStory('data');
  const atlas = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapeOf = (name: string) => {
    const geometry = atlas.objects.countries.geometries.find((g) => (g.properties as { name?: string }).name === name)!;
    return feature(atlas, geometry) as Feature;
  };
  const at = (name: string, edit: (label: Record<string, unknown>) => void) =>
    editJson('mapLabels', (ls) => edit(ls.find((l) => l.name === name)!));

  it('puts every country label inside its country, at a position computed from Natural Earth', () => {
    const countries = story.mapLabels.filter((l) => l.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(10);
    for (const l of countries) expect(geoContains(shapeOf(l.country!), [l.lon, l.lat]), l.id).toBe(true);
    // Not at the bounding box's centre: Colombia's widest part lies east of the Andes.
    expect(story.mapLabels.find((l) => l.id === 'colombia')).toMatchObject({ lon: expect.closeTo(-73.3, 0), lat: expect.closeTo(3.4, 0) });
  });

  it('names every country of the story and every sea its routes cross', () => {
    const places = Object.values(story.places).map((p) => p.country);
    const named = new Set(story.mapLabels.map((l) => l.country));
    for (const country of places) expect(named, country).toContain(country);
    const seas = new Set(story.mapLabels.filter((l) => l.kind === 'sea').map((l) => l.name));
    for (const sea of ['Pacific Ocean', 'Caribbean Sea', 'Atlantic Ocean', 'North Sea', 'Persian Gulf']) expect(seas).toContain(sea);
  });

  it.each([
    ['an unknown country', (l: Record<string, unknown>): void => void (l.country = 'Narnia'), '[1].country', '"country": "Narnia"', /Natural Earth/, '"Narnia"'],
    ['a zoom range upside down', (l: Record<string, unknown>): void => void (l.minZoom = 9), '[1].maxZoom', '"maxZoom": 8', /greater than minZoom/, '8 with minZoom 9'],
    ['a position typed for a country', (l: Record<string, unknown>): void => void (l.lon = -78), '[1].lon', '"lon": -78', /no such field/, undefined],
    ['a zoom as text', (l: Record<string, unknown>): void => void (l.minZoom = 'far'), '[1].minZoom', '"minZoom": "far"', /zoom level/, '"far"']
  ] as const)('refuses %s, naming the file, line and field', (_what, edit, field, line, expected, got) => {
    const text = at('Ecuador', edit);
    const [p, ...rest] = problemsOf(() => parseStory(files({ mapLabels: text })));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/map-labels.json', field, line: lineOf(text, line) });
    expect(p!.expected).toMatch(expected);
    if (got !== undefined) expect(p!.got).toBe(got);
    expect(formatProblem(p!)).toBe(`data/map-labels.json:${lineOf(text, line)}: ${field}: expected ${p!.expected}${got === undefined ? '' : `, got ${got}`}`);
  });

  it('refuses a sea without a position, and a label of an unknown kind', () => {
    const noLat = editJson('mapLabels', (ls) => delete ls.find((l) => l.kind === 'sea')!.lat);
    expect(problemsOf(() => parseStory(files({ mapLabels: noLat })))[0]).toMatchObject({ field: expect.stringMatching(/^\[\d+\]\.lat$/), got: 'nothing' });
    const lake = at('Ecuador', (l) => (l.kind = 'lake'));
    const [p] = problemsOf(() => parseStory(files({ mapLabels: lake })));
    expect(p).toMatchObject({ file: 'data/map-labels.json', field: '[1].kind', got: '"lake"', line: lineOf(lake, '"kind": "lake"') });
  });

  it('refuses a duplicate label id and a place whose country Natural Earth does not know', () => {
    const twice = at('Ecuador', (l) => (l.id = 'colombia'));
    expect(problemsOf(() => parseStory(files({ mapLabels: twice })))[0]).toMatchObject({ field: '[1].id', got: '"colombia" again' });
    const place = editJson('places', (ps) => (ps[0]!.country = 'Columbia'));
    const [p] = problemsOf(() => parseStory(files({ places: place })));
    expect(p).toMatchObject({ file: 'data/places.json', field: '[0].country', got: '"Columbia"', line: lineOf(place, '"Columbia"') });
  });
});
