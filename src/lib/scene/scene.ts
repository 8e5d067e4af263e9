/**
 * The picture as a pure function of where the reader is. Every renderer (the
 * MapLibre map, the D3 overlay, the text alternative) draws a Scene and keeps
 * no memory of earlier steps, so any path to a step ends in the same picture.
 */
import type { MapLabel, Person, Place, Status, Story, Unit } from '../content/schema';
import { maxValueOf } from '../charts/scales';
import { markersOf, type MarkerStyle } from '../charts/markers';
import { sourceIdsOf } from '../content/source-ref';
import { deriveCamera, type Camera, type LonLat } from '../geo/camera';
import { flightsOf, type SceneFlight } from './flights';
import { clamp01, grownFraction } from './growth';

export type { FlightKind, SceneFlight } from './flights';

export interface ScenePlace {
  id: string;
  name: string;
  kind: Place['kind'];
  /** How the map marks it: its kind's shape, size and colour. */
  marker: MarkerStyle;
  /** Its kind's `labelPriority`: names of higher kinds go first. */
  labelPriority: number;
  lon: number;
  lat: number;
  /** One of the places the camera frames. */
  focus: boolean;
}

export interface SceneRoute {
  id: string;
  from: string;
  to: string;
  /** How much of the route is drawn, 0 to 1. */
  drawn: number;
}

export interface SceneCircle {
  id: string;
  label: string;
  lon: number;
  lat: number;
  value: number;
}

/** What the step's circles measure: their dataset, its unit, and the largest value, which every step sizes them against. */
export interface CircleScale {
  dataset: string;
  unit: Unit;
  max: number;
}

export interface ScenePerson {
  id: string;
  name: string;
  alias: string | undefined;
  status: Person['status'];
  /** The symbol of the status on the card (story.json `statuses`). */
  symbol: Status['symbol'];
  /** Where they are thought to be, with its hedge: shown on every screen. */
  whereabouts: string | undefined;
  detail: string;
  /** Every source of the person's record. */
  sources: string[];
  /** The place they went to, where the card stands. */
  to: string;
  lon: number;
  lat: number;
}

/** What the map shows, as the legend lists it: routes, people's lines, a kind of place (story.json `places`), circles. */
export type LegendKey = 'route' | 'fled' | 'returned' | 'circles' | (string & {});

export interface Scene {
  stepId: string;
  index: number;
  progress: number;
  chapter: string;
  camera: Camera;
  places: ScenePlace[];
  routes: SceneRoute[];
  circles: SceneCircle[];
  circleScale: CircleScale | null;
  people: ScenePerson[];
  /** Lines from where the step's people left to where they went, and back for those sent back. */
  flights: SceneFlight[];
  chart: { id: string; progress: number } | null;
  legend: LegendKey[];
  /** How the map marks each kind of place the legend lists. */
  markers: Record<string, MarkerStyle>;
  alt: string;
  /** The countries the step is about (those of its marked places), as Natural Earth names them; sorted. */
  countries: string[];
  /** Every country and sea name the map may write; which show depends on the zoom the map is at. */
  mapLabels: MapLabel[];
}

export function sceneAt(story: Story, stepIndex: number, progress: number): Scene {
  if (story.steps.length === 0) throw new Error('sceneAt: the story has no steps');
  const index = Math.min(story.steps.length - 1, Math.max(0, Math.trunc(stepIndex) || 0));
  const step = story.steps[index]!;
  const p = clamp01(progress);
  const place = (id: string): Place => {
    const found = story.places[id];
    if (!found) throw new Error(`sceneAt: step "${step.id}" names unknown place "${id}"`);
    return found;
  };

  const focusIds = step.focus ?? [];
  const focus = focusIds.map(place);
  const result = deriveCamera({ ...step, focus: focus.map((f): LonLat => [f.lon, f.lat]) });
  if (!result.ok) throw new Error(`sceneAt: step "${step.id}" has no camera: ${result.reason}`);

  const wanted = step.routes ?? [];
  const routes = story.routes.filter((r) => wanted.includes('all') || wanted.includes(r.id));
  const grow = step.draw === 'grow';
  const sceneRoutes = routes.map((r, i) => ({
    id: r.id,
    from: r.from,
    to: r.to,
    drawn: grow ? grownFraction(p, i, routes.length) : 1
  }));

  const stepPeople = (step.people ?? []).map((id) => {
    const person = story.people[id];
    if (!person) throw new Error(`sceneAt: step "${step.id}" names unknown person "${id}"`);
    return person;
  });
  const flights = flightsOf(stepPeople, place, p);

  const markers = markersOf(story.placeKinds, story.theme.colors);
  // Marked places: those named, the focus, and both ends of every route and line shown.
  const markedIds = [
    ...new Set([...(step.places ?? focusIds), ...focusIds, ...routes.flatMap((r) => [r.from, r.to]), ...flights.flatMap((f) => [f.from, f.to])])
  ];
  const places = markedIds.map((id) => {
    const pl = place(id);
    return { id, name: pl.name, kind: pl.kind, marker: markers[pl.kind]!, labelPriority: story.placeKinds[pl.kind]!.labelPriority, lon: pl.lon, lat: pl.lat, focus: focusIds.includes(id) };
  });

  const measured = step.circles ? story.datasets[step.circles] : undefined;
  if (step.circles && measured?.type !== 'amounts') throw new Error(`sceneAt: step "${step.id}" draws circles of "${step.circles}", which is no amounts dataset`);
  const circles =
    measured?.type === 'amounts'
      ? measured.rows.flatMap((s) => {
          if (s.place === null) return [];
          const pl = place(s.place);
          return [{ id: s.id, label: s.label, lon: pl.lon, lat: pl.lat, value: s.value }];
        })
      : [];
  const circleScale = measured?.type === 'amounts' ? { dataset: step.circles!, unit: measured.unit, max: maxValueOf(measured.rows) } : null;

  const people = (step.people ?? []).map((id): ScenePerson => {
    const person = story.people[id];
    if (!person) throw new Error(`sceneAt: step "${step.id}" names unknown person "${id}"`);
    const to = place(person.to);
    const status = story.statuses[person.status];
    if (!status) throw new Error(`sceneAt: person "${id}" has status "${person.status}", which story.json does not declare`);
    return {
      id,
      name: person.name,
      alias: person.alias,
      status: person.status,
      symbol: status.symbol,
      whereabouts: person.whereabouts,
      detail: person.detail,
      sources: sourceIdsOf(person.source),
      to: to.id,
      lon: to.lon,
      lat: to.lat
    };
  });

  const shown = new Set<LegendKey>();
  if (sceneRoutes.length) shown.add('route');
  for (const f of flights) shown.add(f.kind);
  for (const pl of places) shown.add(pl.kind);
  if (circles.length) shown.add('circles');
  const legend = ['route', 'fled', 'returned', ...Object.keys(story.placeKinds), 'circles'].filter((k) => shown.has(k));

  return {
    stepId: step.id,
    index,
    progress: p,
    chapter: step.chapter,
    camera: result.camera,
    places,
    routes: sceneRoutes,
    circles,
    circleScale,
    people,
    flights,
    chart: step.chart ? { id: step.chart, progress: p } : null,
    legend,
    markers: Object.fromEntries(legend.filter((k) => markers[k]).map((k) => [k, markers[k]!])),
    alt: step.alt,
    countries: [...new Set(places.map((pl) => place(pl.id).country))].sort(),
    mapLabels: story.mapLabels
  };
}
