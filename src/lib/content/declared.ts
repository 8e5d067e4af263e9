/**
 * Checks what story.json declares against the rest of the folder: each
 * dataset's file and records, each chart's bindings (its dataset, its figures,
 * its places) and its words in the edition's strings, and a name for every
 * kind of event. What a chart would otherwise find wrong while drawing is
 * found here, at build time, with the file, line and field.
 */
import { z } from 'zod';
import { CHART_DATA, CHART_WORDS, DATASET_ROWS, type ChartDecl, type Dataset, type Declarations } from './declarations.ts';
import type { Figure, Person, Place, Strings } from './schema.ts';
import { parseJson, type SourceFile } from './read.ts';
import type { Problem } from './errors.ts';

type At = (file: SourceFile, path: PropertyKey[], expected: string, got?: string) => void;

interface Input {
  files: { declarations: SourceFile; strings: SourceFile; people: SourceFile; places: SourceFile; datasets: Record<string, SourceFile> };
  people: readonly Person[];
  /** theme.json's colours, by name. */
  colors: Readonly<Record<string, string>>;
  declarations: Declarations;
  strings: Strings;
  places: Readonly<Record<string, Place>>;
  figures: Readonly<Record<string, Figure>>;
}

/** The datasets' records, or null where a file could not be read as its type's records (the problems say why). */
export function checkDeclarations({ files, declarations, strings, places, figures, people, colors }: Input, at: At, problems: Problem[]): { datasets: Record<string, Dataset> } | null {
  const decl = files.declarations;
  const datasets: Record<string, Dataset> = {};
  let readable = true;
  for (const [id, d] of Object.entries(declarations.datasets)) {
    const file = files.datasets[id];
    if (!file) {
      at(decl, ['datasets', id, 'file'], 'a file in the story folder', `"${d.file}", which is not there`);
      readable = false;
      continue;
    }
    const rows = parseJson(file, z.array(DATASET_ROWS[d.type]) as z.ZodType<Dataset['rows']>, problems);
    if (!rows) {
      readable = false;
      continue;
    }
    datasets[id] = (d.type === 'events' ? { type: d.type, rows } : { type: d.type, unit: d.unit, rows }) as Dataset;
  }
  if (!readable) return null;

  for (const [id, d] of Object.entries(datasets)) {
    const file = files.datasets[id]!;
    const seen = new Set<string>();
    d.rows.forEach((row, i) => {
      const key = 'id' in row ? row.id : String(row.year);
      if (seen.has(key)) at(file, [i, 'id' in row ? 'id' : 'year'], 'a record used only once in this file', `"${key}" again`);
      seen.add(key);
    });
    if (d.type === 'amounts') {
      d.rows.forEach((r, i) => {
        if (r.place !== null && !places[r.place]) at(file, [i, 'place'], 'a place id from places.json, or null', `"${r.place}"`);
      });
    }
    if (d.type === 'events') {
      const kinds = Object.keys(declarations.events);
      d.rows.forEach((r, i) => {
        if (!declarations.events[r.kind]) at(file, [i, 'kind'], `a kind of event story.json declares (${kinds.join(', ') || 'none'})`, `"${r.kind}"`);
      });
    }
  }

  for (const [id, chart] of Object.entries(declarations.charts)) checkChart(id, chart);

  const chartWords = strings.charts;
  for (const [id, chart] of Object.entries(declarations.charts)) {
    const words = chartWords[id];
    if (!words) {
      at(files.strings, ['charts'], `words for the chart "${id}" (a ${chart.type} chart: ${wordKeys(chart).join(', ')})`, 'nothing');
      continue;
    }
    const result = CHART_WORDS[chart.type].safeParse(words);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
        at(files.strings, ['charts', id, key], issue.code === 'unrecognized_keys' ? `only the words of a ${chart.type} chart (${wordKeys(chart).join(', ')})` : 'some text', issue.code === 'unrecognized_keys' ? `"${key}"` : 'nothing');
      }
    }
    for (const key of neededWords(chart, datasets)) {
      if (!(key in words)) at(files.strings, ['charts', id], `a "${key}" (this ${chart.type} chart draws it)`, 'nothing');
    }
  }
  for (const id of Object.keys(chartWords)) {
    if (!declarations.charts[id]) at(files.strings, ['charts', id], `only the charts story.json declares (${Object.keys(declarations.charts).join(', ') || 'none'})`, `"${id}"`);
  }
  const kinds = Object.keys(declarations.places);
  Object.values(places).forEach((p, i) => {
    if (!declarations.places[p.kind]) at(files.places, [i, 'kind'], `a kind of place story.json declares (${kinds.join(', ') || 'none'})`, `"${p.kind}"`);
  });
  // Told apart by shape or size, not by colour alone.
  const looks = new Map<string, string>();
  for (const [kind, k] of Object.entries(declarations.places)) {
    const look = `${k.shape} ${k.size}`;
    const twin = looks.get(look);
    if (twin) at(decl, ['places', kind, 'size'], `a shape or size of its own (the kind "${twin}" is a ${look} too: colour alone does not tell them apart)`, String(k.size));
    looks.set(look, kind);
  }
  Object.entries(declarations.places).forEach(([kind, k]) => {
    if (!colors[k.color]) at(decl, ['places', kind, 'color'], 'a colour name of theme.json', `"${k.color}"`);
  });
  for (const kind of kinds) {
    if (!strings.legendPlaces[kind]) at(files.strings, ['legendPlaces'], `words in the key to the map for the kind of place "${kind}"`, 'nothing');
  }
  for (const kind of Object.keys(strings.legendPlaces)) {
    if (!declarations.places[kind]) at(files.strings, ['legendPlaces', kind], `only the kinds of place story.json declares (${kinds.join(', ') || 'none'})`, `"${kind}"`);
  }
  const statuses = declarations.statuses;
  people.forEach((p, i) => {
    const status = statuses[p.status];
    if (!status) return at(files.people, [i, 'status'], `a status story.json declares for people (${Object.keys(statuses).join(', ') || 'none'})`, `"${p.status}"`);
    if (status.returned !== (p.returnedTo !== undefined)) {
      at(files.people, [i, 'returnedTo'], status.returned ? `a "returnedTo" place: people "${p.status}" were sent back` : `no "returnedTo": people "${p.status}" were not sent back`, p.returnedTo ? `"${p.returnedTo}"` : 'nothing');
    }
    if (status.whereabouts && p.whereabouts === undefined) {
      at(files.people, [i, 'whereabouts'], `a "whereabouts" with its hedge, such as "Believed to live in …": where people "${p.status}" are is only believed`, 'nothing');
    }
  });
  for (const id of Object.keys(statuses)) {
    if (!strings.people.status[id]) at(files.strings, ['people', 'status'], `a name for the status "${id}"`, 'nothing');
  }
  for (const id of Object.keys(strings.people.status)) {
    if (!statuses[id]) at(files.strings, ['people', 'status', id], `only the statuses story.json declares (${Object.keys(statuses).join(', ') || 'none'})`, `"${id}"`);
  }
  for (const kind of Object.keys(declarations.events)) {
    if (!strings.events[kind]) at(files.strings, ['events'], `a name for the kind of event "${kind}"`, 'nothing');
  }
  for (const kind of Object.keys(strings.events)) {
    if (!declarations.events[kind]) at(files.strings, ['events', kind], `only the kinds of event story.json declares (${Object.keys(declarations.events).join(', ') || 'none'})`, `"${kind}"`);
  }
  return { datasets };

  function checkChart(id: string, chart: ChartDecl): void {
    const path = (...p: PropertyKey[]) => ['charts', id, ...p];
    const figure = (key: string, figureId: string, shape: 'number' | 'range'): void => {
      const f = figures[figureId];
      if (!f) return at(decl, path(...key.split('.')), 'a figure id from figures.json', `"${figureId}"`);
      if (shape === 'number' && typeof f.value !== 'number') at(decl, path(...key.split('.')), 'a figure with one number, not a range', `"${figureId}"`);
      if (shape === 'range' && typeof f.value === 'number') at(decl, path(...key.split('.')), 'a figure with a [low, high] range', `"${figureId}"`);
    };
    const wanted = CHART_DATA[chart.type];
    if ('data' in chart) {
      const d = datasets[chart.data];
      if (!d || d.type !== wanted) {
        const of = Object.keys(datasets).filter((k) => datasets[k]!.type === wanted);
        return at(decl, path('data'), `a ${wanted} dataset story.json declares (${of.join(', ') || 'none'})`, `"${chart.data}"`);
      }
      if (d.rows.length === 0) at(files.datasets[chart.data]!, [], `at least one record for the chart "${id}"`, 'none');
    }
    if (chart.type === 'bars') {
      if (chart.total) figure('total', chart.total, 'number');
      if (chart.share) figure('share', chart.share, 'number');
      if (chart.part) {
        figure('part.figure', chart.part.figure, 'number');
        if (!places[chart.part.place]) at(decl, path('part', 'place'), 'a place id from places.json', `"${chart.part.place}"`);
        const d = datasets[chart.data];
        if (d?.type === 'amounts' && !d.rows.some((r) => r.id === chart.part!.of)) at(decl, path('part', 'of'), `the id of a record of ${files.datasets[chart.data]!.path}`, `"${chart.part.of}"`);
      }
    }
    if (chart.type === 'range') {
      figure('value', chart.value, 'number');
      figure('share', chart.share, 'range');
      figure('implied', chart.implied, 'range');
      if (figures[chart.implied] && !figures[chart.implied]!.derived) at(decl, path('implied'), 'a figure that says how it was derived (its "derived" field)', `"${chart.implied}"`);
    }
  }
}

function wordKeys(chart: ChartDecl): string[] {
  return Object.keys(CHART_WORDS[chart.type].shape);
}

/** The optional words a chart needs because of what it draws. */
function neededWords(chart: ChartDecl, datasets: Record<string, Dataset>): string[] {
  if (chart.type === 'bars') {
    return [...(chart.part ? ['ofWhich'] : []), ...(chart.total ? ['all', 'rowAll'] : []), ...(chart.share ? ['share', 'rowShare'] : [])];
  }
  if (chart.type === 'yearly') {
    const d = datasets[chart.data];
    return d?.type === 'yearly' && d.rows.some((r) => r.breakdown) ? ['breakdown'] : [];
  }
  return [];
}
