/**
 * Turns the copy and data files into a validated Story, or a ContentError that
 * lists every problem with its file, line, field and what was expected.
 * Pure: it takes file texts, not paths on disk, so tests can feed it anything.
 */
import { z } from 'zod';
import {
  CopySchema,
  FigureSchema,
  PlaceSchema,
  RouteSchema,
  PersonSchema,
  SourceSchema,
  StringsSchema,
  DeclarationsSchema,
  MapLabelSchema,
  ThemeSchema,
  type MapLabel,
  type Route,
  type Story
} from './schema.ts';
import { sourceIdsOf, type SourceRef } from './source-ref.ts';
import { FOCUS_NAMED, HEDGE_KEPT, unhedged, unnamedFocus } from './copy-desk.ts';
import { ContentError, fieldName, type Problem } from './errors.ts';
import { locateInArchie, locateInJson } from './locate.ts';
import { checkMarkup } from './inline.ts';
import { deriveCamera, type LonLat } from '../geo/camera.ts';
import { countryAnchor, isCountry } from './atlas.ts';
import { checkDeclarations } from './declared.ts';
import { parseArchie, parseJson, type SourceFile } from './read.ts';

export { parseArchie, parseJson, zodProblems, type Locate, type SourceFile } from './read.ts';

export interface StoryFiles {
  copy: SourceFile;
  /** story.json: the story's kinds of event, datasets and charts. */
  declarations: SourceFile;
  strings: SourceFile;
  places: SourceFile;
  figures: SourceFile;
  people: SourceFile;
  /** The files of the datasets story.json declares, by dataset id (those that exist). */
  datasets: Record<string, SourceFile>;
  sources: SourceFile;
  routes: SourceFile;
  mapLabels: SourceFile;
  theme: SourceFile;
}

function duplicates(items: readonly { id: string }[]): Array<[number, string]> {
  const seen = new Set<string>();
  const dups: Array<[number, string]> = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) dups.push([i, item.id]);
    seen.add(item.id);
  });
  return dups;
}

/** Calls `visit` with every string in a parsed copy and its path, e.g. ['steps', 3, 'body', 1, 'value']. */
export function forEachText(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => forEachText(item, [...path, i], visit));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) forEachText(item, [...path, key], visit);
  }
}

/** Paragraphs, sensitive paragraphs and quoted words may carry inline markup; every other text is plain. */
export function isRichText(path: readonly PropertyKey[]): boolean {
  const [head, , body, , value, inner] = path;
  if (head !== 'steps' || body !== 'body' || value !== 'value') return false;
  return path.length === 5 || (path.length === 6 && inner === 'text');
}

export function parseStory(files: StoryFiles): Story {
  const problems: Problem[] = [];
  const copy = parseArchie(files.copy, CopySchema, problems);
  const strings = parseJson(files.strings, StringsSchema, problems);
  const places = parseJson(files.places, z.array(PlaceSchema), problems);
  const figures = parseJson(files.figures, z.array(FigureSchema), problems);
  const people = parseJson(files.people, z.array(PersonSchema), problems);
  const sources = parseJson(files.sources, z.array(SourceSchema), problems);
  const routes = parseJson(files.routes, z.array(RouteSchema), problems);
  const labels = parseJson(files.mapLabels, z.array(MapLabelSchema), problems);
  const declarations = parseJson(files.declarations, DeclarationsSchema, problems);
  const theme = parseJson(files.theme, ThemeSchema, problems);
  if (!copy || !strings || !places || !figures || !people || !sources || !routes || !labels || !declarations || !theme) {
    throw new ContentError(problems);
  }

  const at = (file: SourceFile, path: PropertyKey[], expected: string, got?: string): void => {
    const line = file === files.copy ? locateInArchie(file.text, path) : locateInJson(file.text, path);
    problems.push({ file: file.path, line, field: fieldName(path), expected, ...(got === undefined ? {} : { got }) });
  };

  const lists = [
    [files.places, places], [files.figures, figures], [files.people, people],
    [files.sources, sources], [files.routes, routes], [files.mapLabels, labels]
  ] as const;
  for (const [file, list] of lists) {
    for (const [i, id] of duplicates(list)) at(file, [i, 'id'], 'an id used only once in this file', `"${id}" again`);
  }
  for (const [i, id] of duplicates(copy.chapters)) at(files.copy, ['chapters', i, 'id'], 'a chapter id used only once', `"${id}" again`);
  for (const [i, id] of duplicates(copy.steps)) at(files.copy, ['steps', i, 'id'], 'a step id used only once', `"${id}" again`);

  const placeById = Object.fromEntries(places.map((p) => [p.id, p]));
  const figureById = Object.fromEntries(figures.map((f) => [f.id, f]));
  const personById = Object.fromEntries(people.map((p) => [p.id, p]));
  const sourceIds = new Set(sources.map((s) => s.id));
  const routeIds = new Set(routes.map((r) => r.id));
  const chapterIds = new Set(copy.chapters.map((c) => c.id));

  const declared = checkDeclarations({ files, declarations, strings, places: placeById, figures: figureById, people, colors: theme.colors }, at, problems);
  if (!declared) throw new ContentError(problems);
  const { datasets } = declared;
  const sourced: Array<[SourceFile, { source: SourceRef }[]]> = [
    [files.figures, figures], [files.people, people],
    ...Object.entries(datasets).map(([id, d]): [SourceFile, { source: SourceRef }[]] => [files.datasets[id]!, d.rows])
  ];
  for (const [file, list] of sourced) {
    list.forEach((rec, i) => {
      const path = (k: number) => (typeof rec.source === 'string' ? [i, 'source'] : [i, 'source', k]);
      sourceIdsOf(rec.source).forEach((id, k) => {
        if (!sourceIds.has(id)) at(file, path(k), 'the id of a source in sources.json', `"${id}"`);
      });
    });
  }
  people.forEach((p, i) => {
    for (const key of ['to', 'from', 'returnedTo'] as const) {
      const id = p[key];
      if (id !== undefined && !placeById[id]) at(files.people, [i, key], 'a place id from places.json', `"${id}"`);
    }
  });
  routes.forEach((r, i) => checkRouteEnds(r, i));
  // The map tints a place's country and writes its name: both look it up in Natural Earth.
  const NATURAL_EARTH = 'a country as Natural Earth (world-atlas countries-50m) names it, e.g. "Dem. Rep. Congo"';
  places.forEach((p, i) => {
    if (!isCountry(p.country)) at(files.places, [i, 'country'], NATURAL_EARTH, `"${p.country}"`);
  });
  const mapLabels = labels.flatMap((label, i): MapLabel[] => {
    if (label.minZoom >= label.maxZoom) {
      at(files.mapLabels, [i, 'maxZoom'], 'a maxZoom greater than minZoom (the label shows from one up to the other)', `${label.maxZoom} with minZoom ${label.minZoom}`);
    }
    if (label.kind === 'sea') return [{ ...label, country: null }];
    const anchor = countryAnchor(label.country);
    if (!anchor) {
      at(files.mapLabels, [i, 'country'], NATURAL_EARTH, `"${label.country}"`);
      return [];
    }
    const { country, ...rest } = label;
    return [{ ...rest, lon: anchor[0], lat: anchor[1], country }];
  });

  function checkRouteEnds(route: Route, i: number): void {
    for (const end of ['from', 'to'] as const) {
      if (!placeById[route[end]]) at(files.routes, [i, end], 'a place id from places.json', `"${route[end]}"`);
    }
  }

  copy.steps.forEach((step, i) => {
    if (!chapterIds.has(step.chapter)) at(files.copy, ['steps', i, 'chapter'], 'a chapter id from [chapters]', `"${step.chapter}"`);
    for (const key of ['focus', 'places'] as const) {
      for (const id of step[key] ?? []) {
        if (!placeById[id]) at(files.copy, ['steps', i, key], 'place ids from places.json', `"${id}"`);
      }
    }
    for (const id of step.routes ?? []) {
      if (id !== 'all' && !routeIds.has(id)) at(files.copy, ['steps', i, 'routes'], '"all" or route ids from routes.json', `"${id}"`);
    }
    for (const id of step.people ?? []) {
      if (!personById[id]) at(files.copy, ['steps', i, 'people'], 'person ids from people.json', `"${id}"`);
    }
    if (step.figure && !figureById[step.figure]) at(files.copy, ['steps', i, 'figure'], 'a figure id from figures.json', `"${step.figure}"`);
    if (step.chart && !declarations.charts[step.chart]) {
      at(files.copy, ['steps', i, 'chart'], `a chart story.json declares (${Object.keys(declarations.charts).join(', ') || 'none'})`, `"${step.chart}"`);
    }
    if (step.circles && datasets[step.circles]?.type !== 'amounts') {
      const amounts = Object.keys(datasets).filter((id) => datasets[id]!.type === 'amounts');
      at(files.copy, ['steps', i, 'circles'], `an amounts dataset story.json declares (${amounts.join(', ') || 'none'})`, `"${step.circles}"`);
    }
    if (step.draw && !step.routes) at(files.copy, ['steps', i, 'draw'], 'a `routes` field for `draw` to apply to');
    const focusIds = step.focus ?? [];
    // An unknown focus place is reported above; a camera complaint would only repeat it.
    if (focusIds.some((id) => !placeById[id])) return;
    const focus = focusIds.map((id): LonLat => [placeById[id]!.lon, placeById[id]!.lat]);
    const camera = deriveCamera({ ...step, focus });
    if (!camera.ok) at(files.copy, ['steps', i, 'focus'], `a camera that can be derived: ${camera.reason}`);
  });
  // Chapters with no step would leave a heading with nothing under it.
  copy.chapters.forEach((c, i) => {
    if (!copy.steps.some((s) => s.chapter === c.id)) at(files.copy, ['chapters', i, 'id'], 'a chapter that at least one step belongs to', `"${c.id}"`);
  });

  // YYYY-MM-DD compares as text in calendar order. A correction changes the story, so it also dates its update.
  const published = copy.published;
  if (copy.updated !== undefined && copy.updated < published) {
    at(files.copy, ['updated'], `a date on or after the publication date (published: ${published})`, `"${copy.updated}"`);
  }
  (copy.corrections ?? []).forEach((c, i) => {
    if (c.date < published) {
      at(files.copy, ['corrections', i, 'date'], `a date on or after the publication date (published: ${published})`, `"${c.date}"`);
    } else if (copy.updated === undefined || c.date > copy.updated) {
      at(files.copy, ['corrections', i, 'date'], 'a date no later than the `updated:` date (a correction updates the story: set `updated:` to its date or later)', `"${c.date}" with updated: ${copy.updated ?? 'nothing'}`);
    }
  });
  if (copy.card !== undefined && !copy.steps.some((s) => s.id === copy.card)) {
    at(files.copy, ['card'], 'a step id from [steps] (the step whose map the social card shows)', `"${copy.card}"`);
  }

  // The copy is untrusted text: no HTML, no script, links only to safe places.
  const anchors = new Set([...copy.steps.map((s) => s.id), ...sources.map((s) => `source-${s.id}`)]);
  forEachText(copy, [], (text, path) => {
    const problem = checkMarkup(text, { rich: isRichText(path), anchors });
    if (problem) at(files.copy, path, problem.expected, problem.got);
  });

  if (problems.length) throw new ContentError(problems);

  const story: Story = {
    headline: copy.headline,
    standfirst: copy.standfirst,
    byline: copy.byline,
    asof: copy.asof,
    published,
    updated: copy.updated ?? null,
    corrections: [...(copy.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    // Where the editor chose none, the last step: a story's closing map tends to gather what it showed.
    card: copy.card ?? copy.steps[copy.steps.length - 1]!.id,
    chapters: copy.chapters,
    steps: copy.steps.map((s, index) => ({ ...s, index })),
    places: placeById,
    figures: figureById,
    people: personById,
    datasets,
    charts: declarations.charts,
    events: declarations.events,
    statuses: declarations.statuses,
    placeKinds: declarations.places,
    sources,
    routes: routes.map(({ coordinates: _coordinates, ...info }) => info),
    strings,
    mapLabels,
    theme
  };
  for (const f of unnamedFocus(story)) at(files.copy, ['steps', f.step, 'focus'], FOCUS_NAMED(f.name, f.place), `"${f.place}", not named there`);
  for (const h of unhedged(story)) {
    at(files.people, [people.findIndex((p) => p.id === h.person), 'whereabouts'], HEDGE_KEPT(strings.people.hedges), `"${h.whereabouts}"`);
  }
  if (problems.length) throw new ContentError(problems);
  return story;
}
