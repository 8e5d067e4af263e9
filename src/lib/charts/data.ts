/**
 * What each chart shows, computed from the data files: pure functions from
 * the validated story to plain numbers and shares (0 to 100 of a bar's track).
 * Which records a chart reads is said once, in CHART_INPUTS; a chart whose
 * record is missing throws with the file and id, and the data test says so first.
 */
import type { ChartId, Figure, Place, Seizure, ShootingYear, Source, TimelineEvent } from '../content/schema';
import { sourceIdsOf, type SourceRef } from '../content/source-ref';
import { dateFormat } from '../intl';
import { maxTonnesOf, percentScale } from './scales';
import { template } from '../format';

type FigureIds = Record<string, string>;

/** The records of figures.json each chart reads, besides its own data file. */
export const CHART_INPUTS = {
  'seizures-by-country': {
    file: 'seizures.json',
    figures: { total: 'eu-seized-2023', share: 'top-three-share-2023', part: 'antwerp-seized-2023' },
    /** The country whose bar holds the part, and the place the part was seized in. */
    partOf: 'belgium',
    partPlace: 'antwerp'
  },
  'seized-vs-flow': {
    file: 'figures.json',
    figures: { seized: 'eu-seized-2023', share: 'seizure-share-of-flow', implied: 'implied-flow-2023' }
  },
  'brussels-shootings': { file: 'shootings.json', figures: {} },
  'justice-timeline': { file: 'timeline.json', figures: {} }
} as const satisfies Record<ChartId, { file: string; figures: FigureIds; partOf?: string; partPlace?: string }>;

function figure(figures: Readonly<Record<string, Figure>>, id: string, chart: ChartId): Figure {
  const found = figures[id];
  if (!found) throw new Error(`chart "${chart}" needs figure "${id}", which data/figures.json lacks`);
  return found;
}

function single(f: Figure, chart: ChartId): number {
  if (typeof f.value !== 'number') throw new Error(`chart "${chart}" needs one number in figure "${f.id}", not a range`);
  return f.value;
}

function unique<T extends string>(ids: readonly T[]): T[] {
  return [...new Set(ids)];
}

/** Every source id of the records given, once each, in order. */
function sourcesOf(refs: readonly SourceRef[]): string[] {
  return unique(refs.flatMap(sourceIdsOf));
}

// ---------------------------------------------------------------- seizures by country

export interface SeizureBar {
  id: string;
  label: string;
  tonnes: number;
  /** Bar length, 0 to 100 of the track (the largest bar fills it). */
  length: number;
  /** One of the countries drawn on the map (not an aggregate such as the rest of Europe). */
  country: boolean;
  derived: string | undefined;
  source: SourceRef;
  /** A part of this bar seized in one place (Antwerp in Belgium's). */
  part: { place: string; tonnes: number; length: number; source: SourceRef } | null;
}

export interface StackSegment {
  id: string;
  label: string;
  /** Where it starts and how long it is, 0 to 100 of the whole. */
  start: number;
  length: number;
  country: boolean;
}

export interface SeizureChart {
  year: number;
  bars: SeizureBar[];
  total: { tonnes: number; source: SourceRef };
  /** The countries' share as reported (72) and as the parts compute it (71.6…). */
  share: { percent: number; computed: number; source: SourceRef; derived: string | undefined };
  /** The whole European total as one bar, country by country. */
  stack: StackSegment[];
  sources: string[];
}

export function seizuresChart(input: {
  seizures: readonly Seizure[];
  figures: Readonly<Record<string, Figure>>;
  places: Readonly<Record<string, Place>>;
}): SeizureChart {
  const chart = 'seizures-by-country';
  const spec = CHART_INPUTS[chart];
  const total = figure(input.figures, spec.figures.total, chart);
  const share = figure(input.figures, spec.figures.share, chart);
  const part = figure(input.figures, spec.figures.part, chart);
  const place = input.places[spec.partPlace];
  if (!place) throw new Error(`chart "${chart}" needs place "${spec.partPlace}", which data/places.json lacks`);
  const rows = input.seizures;
  if (!rows.length) throw new Error(`chart "${chart}" needs the records of data/seizures.json`);
  const length = percentScale(maxTonnesOf(rows));
  const bars = rows.map(
    (r): SeizureBar => ({
      id: r.id,
      label: r.label,
      tonnes: r.tonnes,
      length: length(r.tonnes),
      country: r.place !== null,
      derived: r.derived,
      source: r.source,
      part:
        r.id === spec.partOf
          ? { place: place.name, tonnes: single(part, chart), length: length(single(part, chart)), source: part.source }
          : null
    })
  );
  const sum = rows.reduce((acc, r) => acc + r.tonnes, 0);
  const whole = percentScale(sum);
  let at = 0;
  // Countries first, so the bracket over them starts at 0.
  const stack = [...bars]
    .sort((a, b) => Number(b.country) - Number(a.country))
    .map((b): StackSegment => {
      const seg = { id: b.id, label: b.label, start: whole(at), length: whole(b.tonnes), country: b.country };
      at += b.tonnes;
      return seg;
    });
  const countries = bars.filter((b) => b.country).reduce((acc, b) => acc + b.tonnes, 0);
  return {
    year: rows[0]!.year,
    bars,
    total: { tonnes: single(total, chart), source: total.source },
    share: { percent: single(share, chart), computed: (countries / sum) * 100, source: share.source, derived: share.derived },
    stack,
    sources: sourcesOf([...rows.map((r) => r.source), total.source, share.source, part.source])
  };
}

// ---------------------------------------------------------------- seized against the flow

export interface FlowScenario {
  /** The share of the flow that is seized, in per cent (20 or 10). */
  share: number;
  /** The same as a fraction (0.2), the divisor of the sum. */
  fraction: number;
  /** What the share implies: seized ÷ fraction. */
  total: number;
  /** Bar lengths, 0 to 100 of the track (the largest total fills it). */
  seizedLength: number;
  totalLength: number;
}

export interface FlowChart {
  year: string;
  seized: { tonnes: number; source: SourceRef };
  share: { low: number; high: number; source: SourceRef };
  /** The largest share (the smallest total) first. */
  scenarios: FlowScenario[];
  /** How figures.json says the range was derived, shown with the chart. */
  derived: string;
  implied: { low: number; high: number; source: SourceRef };
  sources: string[];
}

export function flowChart(input: { figures: Readonly<Record<string, Figure>> }): FlowChart {
  const chart = 'seized-vs-flow';
  const spec = CHART_INPUTS[chart].figures;
  const seized = figure(input.figures, spec.seized, chart);
  const share = figure(input.figures, spec.share, chart);
  const implied = figure(input.figures, spec.implied, chart);
  const tonnes = single(seized, chart);
  if (typeof share.value === 'number' || typeof implied.value === 'number') {
    throw new Error(`chart "${chart}" needs ranges in figures "${share.id}" and "${implied.id}"`);
  }
  if (!implied.derived) throw new Error(`chart "${chart}": figure "${implied.id}" must say how it was derived`);
  const [low, high] = share.value;
  const totals = [high, low].map((s) => ({ share: s, fraction: s / 100, total: Math.round(tonnes / (s / 100)) }));
  const length = percentScale(Math.max(...totals.map((t) => t.total)));
  return {
    year: seized.when,
    seized: { tonnes, source: seized.source },
    share: { low, high, source: share.source },
    scenarios: totals.map((t) => ({ ...t, seizedLength: length(tonnes), totalLength: length(t.total) })),
    derived: implied.derived,
    implied: { low: implied.value[0], high: implied.value[1], source: implied.source },
    sources: sourcesOf([seized.source, share.source, implied.source])
  };
}

// ---------------------------------------------------------------- shootings

export interface ShootingBar extends ShootingYear {
  /** 0 to 100 of the track (the largest year fills it). */
  length: number;
}

export function shootingsChart(input: { shootings: readonly ShootingYear[] }): { bars: ShootingBar[]; sources: string[] } {
  const rows = [...input.shootings].sort((a, b) => a.year - b.year);
  const length = percentScale(Math.max(1, ...rows.map((r) => r.shootings)));
  return {
    bars: rows.map((r) => ({ ...r, length: length(r.shootings) })),
    sources: sourcesOf(rows.map((r) => r.source))
  };
}

// ---------------------------------------------------------------- timeline

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A timeline date as the reader's language writes it, as precise as the source and no more. */
export function formatEventDate(event: Pick<TimelineEvent, 'date' | 'when'>, locale: string): string {
  if (event.when) return event.when;
  const [y, m = 1, d = 1] = event.date.split('-').map(Number);
  const precision = datePrecision(event.date);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m - 1, d)));
}

export interface TimelineRow extends TimelineEvent {
  year: number;
  /** The date as shown. */
  shown: string;
  /** Its place in reading order, 0 first. */
  order: number;
}

export interface TimelineChart {
  from: number;
  to: number;
  events: TimelineRow[];
  /** Every year from the first to the last, with its events in order. */
  years: Array<{ year: number; events: TimelineRow[] }>;
  /** The most events in one year: the strip's height in symbols. */
  most: number;
  kinds: Array<TimelineEvent['kind']>;
  sources: string[];
}

export function timelineChart(input: { timeline: readonly TimelineEvent[] }, locale: string): TimelineChart {
  // Sorted by date string: YYYY sorts before YYYY-MM of the same year, as the vaguer date should.
  const events = input.timeline
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }, order): TimelineRow => ({ ...e, year: Number(e.date.slice(0, 4)), shown: formatEventDate(e, locale), order }));
  if (!events.length) throw new Error('chart "justice-timeline" needs the records of data/timeline.json');
  const from = events[0]!.year;
  const to = events.at(-1)!.year;
  const years = Array.from({ length: to - from + 1 }, (_, k) => ({ year: from + k, events: events.filter((e) => e.year === from + k) }));
  return {
    from,
    to,
    events,
    years,
    most: Math.max(...years.map((y) => y.events.length)),
    kinds: unique(events.map((e) => e.kind)) as Array<TimelineEvent['kind']>,
    sources: sourcesOf(events.map((e) => e.source))
  };
}

// ---------------------------------------------------------------- sources

/** "Source: title" or "Sources: title; title", in the order given. Throws on an unknown id. */
export function sourceParts(ids: readonly string[], sources: readonly Source[], words: { source: string; sources: string }): { label: string; text: string } {
  const titles = unique(ids).map((id) => {
    const s = sources.find((x) => x.id === id);
    if (!s) throw new Error(`no source "${id}" in data/sources.json`);
    return s.title;
  });
  return { label: titles.length > 1 ? words.sources : words.source, text: titles.join('; ') };
}

/** "Source: …" as the edition writes a label and its text (French puts a space before the colon). */
export function sourceLine(ids: readonly string[], sources: readonly Source[], words: { source: string; sources: string; labelled: string }): string {
  return template(words.labelled, sourceParts(ids, sources, words));
}
