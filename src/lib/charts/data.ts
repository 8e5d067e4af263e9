/**
 * What each chart shows, computed from the story: pure functions from a
 * chart's declaration (story.json) and the records it is bound to, to plain
 * numbers and shares (0 to 100 of a bar's track). The build has checked the
 * bindings (content/declared.ts); a chart asked for something else throws.
 */
import type { AmountRow, ChartDecl, Dataset, EventRow, Figure, Place, Source, Story, YearRow } from '../content/schema';
import { sourceIdsOf, type SourceRef } from '../content/source-ref';
import { dateFormat } from '../intl';
import { maxValueOf, percentScale } from './scales';
import { template } from '../format';

type ChartOf<T extends ChartDecl['type']> = Extract<ChartDecl, { type: T }>;

/** The declaration of chart `id`, which must be of `type`. */
export function chartOf<T extends ChartDecl['type']>(story: Pick<Story, 'charts'>, id: string, type: T): ChartOf<T> {
  const chart = story.charts[id];
  if (!chart || chart.type !== type) throw new Error(`story.json declares no ${type} chart "${id}"`);
  return chart as ChartOf<T>;
}

function rowsOf<T extends Dataset['type']>(story: Pick<Story, 'datasets'>, id: string, type: T): Extract<Dataset, { type: T }> {
  const d = story.datasets[id];
  if (!d || d.type !== type) throw new Error(`story.json declares no ${type} dataset "${id}"`);
  return d as Extract<Dataset, { type: T }>;
}

function figure(figures: Readonly<Record<string, Figure>>, id: string, chart: string): Figure {
  const found = figures[id];
  if (!found) throw new Error(`chart "${chart}" needs figure "${id}", which figures.json lacks`);
  return found;
}

function single(f: Figure, chart: string): number {
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

// ---------------------------------------------------------------- bars (amounts)

export interface AmountBar {
  id: string;
  label: string;
  value: number;
  /** Bar length, 0 to 100 of the track (the largest bar fills it). */
  length: number;
  /** One of the countries drawn on the map (not an aggregate such as the rest of Europe). */
  country: boolean;
  derived: string | undefined;
  source: SourceRef;
  /** A part of this bar in one place (a figure the chart's `part` names). */
  part: { place: string; value: number; length: number; source: SourceRef } | null;
}

export interface StackSegment {
  id: string;
  label: string;
  /** Where it starts and how long it is, 0 to 100 of the whole. */
  start: number;
  length: number;
  country: boolean;
}

export interface BarsChart {
  year: number;
  unit: Extract<Dataset, { type: 'amounts' }>['unit'];
  bars: AmountBar[];
  /** The whole, from the chart's `total` figure (null where it names none). */
  total: { value: number; source: SourceRef } | null;
  /** The placed records' share as reported (72) and as the parts compute it (71.6…); null where the chart names no `share`. */
  share: { percent: number; computed: number; source: SourceRef; derived: string | undefined } | null;
  /** The whole as one bar, record by record. */
  stack: StackSegment[];
  sources: string[];
}

export function barsChart(
  input: Pick<Story, 'charts' | 'datasets'> & { figures: Readonly<Record<string, Figure>>; places: Readonly<Record<string, Place>> },
  id: string
): BarsChart {
  const spec = chartOf(input, id, 'bars');
  const data = rowsOf(input, spec.data, 'amounts');
  const rows: readonly AmountRow[] = data.rows;
  const total = spec.total ? figure(input.figures, spec.total, id) : null;
  const share = spec.share ? figure(input.figures, spec.share, id) : null;
  const part = spec.part ? figure(input.figures, spec.part.figure, id) : null;
  const place = spec.part ? input.places[spec.part.place] : undefined;
  if (spec.part && !place) throw new Error(`chart "${id}" needs place "${spec.part.place}", which places.json lacks`);
  if (!rows.length) throw new Error(`chart "${id}" needs the records of dataset "${spec.data}"`);
  const length = percentScale(maxValueOf(rows));
  const bars = rows.map(
    (r): AmountBar => ({
      id: r.id,
      label: r.label,
      value: r.value,
      length: length(r.value),
      country: r.place !== null,
      derived: r.derived,
      source: r.source,
      part:
        part && place && r.id === spec.part?.of
          ? { place: place.name, value: single(part, id), length: length(single(part, id)), source: part.source }
          : null
    })
  );
  const sum = rows.reduce((acc, r) => acc + r.value, 0);
  const whole = percentScale(sum);
  let at = 0;
  // Countries first, so the bracket over them starts at 0.
  const stack = [...bars]
    .sort((a, b) => Number(b.country) - Number(a.country))
    .map((b): StackSegment => {
      const seg = { id: b.id, label: b.label, start: whole(at), length: whole(b.value), country: b.country };
      at += b.value;
      return seg;
    });
  const countries = bars.filter((b) => b.country).reduce((acc, b) => acc + b.value, 0);
  return {
    year: rows[0]!.year,
    unit: data.unit,
    bars,
    total: total ? { value: single(total, id), source: total.source } : null,
    share: share ? { percent: single(share, id), computed: (countries / sum) * 100, source: share.source, derived: share.derived } : null,
    stack,
    sources: sourcesOf([...rows.map((r) => r.source), ...[total, share, part].flatMap((f) => (f ? [f.source] : []))])
  };
}

// ---------------------------------------------------------------- a value against the range of a whole

export interface RangeScenario {
  /** The share of the whole that the value is, in per cent (20 or 10). */
  share: number;
  /** The same as a fraction (0.2), the divisor of the sum. */
  fraction: number;
  /** What the share implies: value ÷ fraction. */
  total: number;
  /** Bar lengths, 0 to 100 of the track (the largest total fills it). */
  valueLength: number;
  totalLength: number;
}

export interface RangeChart {
  year: string;
  unit: Figure['unit'];
  value: { value: number; source: SourceRef };
  share: { low: number; high: number; source: SourceRef };
  /** The largest share (the smallest total) first. */
  scenarios: RangeScenario[];
  /** How figures.json says the range was derived, shown with the chart. */
  derived: string;
  implied: { low: number; high: number; source: SourceRef };
  sources: string[];
}

export function rangeChart(input: Pick<Story, 'charts'> & { figures: Readonly<Record<string, Figure>> }, id: string): RangeChart {
  const chart = id;
  const spec = chartOf(input, id, 'range');
  const seized = figure(input.figures, spec.value, chart);
  const share = figure(input.figures, spec.share, chart);
  const implied = figure(input.figures, spec.implied, chart);
  const amount = single(seized, chart);
  if (typeof share.value === 'number' || typeof implied.value === 'number') {
    throw new Error(`chart "${chart}" needs ranges in figures "${share.id}" and "${implied.id}"`);
  }
  if (!implied.derived) throw new Error(`chart "${chart}": figure "${implied.id}" must say how it was derived`);
  const [low, high] = share.value;
  const totals = [high, low].map((s) => ({ share: s, fraction: s / 100, total: Math.round(amount / (s / 100)) }));
  const length = percentScale(Math.max(...totals.map((t) => t.total)));
  return {
    year: seized.when,
    unit: seized.unit,
    value: { value: amount, source: seized.source },
    share: { low, high, source: share.source },
    scenarios: totals.map((t) => ({ ...t, valueLength: length(amount), totalLength: length(t.total) })),
    derived: implied.derived,
    implied: { low: implied.value[0], high: implied.value[1], source: implied.source },
    sources: sourcesOf([seized.source, share.source, implied.source])
  };
}

// ---------------------------------------------------------------- counts by year

export interface YearBar extends YearRow {
  /** 0 to 100 of the track (the largest year fills it). */
  length: number;
}

export function yearlyChart(input: Pick<Story, 'charts' | 'datasets'>, id: string): { unit: Extract<Dataset, { type: 'yearly' }>['unit']; bars: YearBar[]; sources: string[] } {
  const data = rowsOf(input, chartOf(input, id, 'yearly').data, 'yearly');
  const rows = [...data.rows].sort((a, b) => a.year - b.year);
  const length = percentScale(Math.max(1, ...rows.map((r) => r.value)));
  return {
    unit: data.unit,
    bars: rows.map((r) => ({ ...r, length: length(r.value) })),
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
export function formatEventDate(event: Pick<EventRow, 'date' | 'when'>, locale: string): string {
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

export interface TimelineRow extends EventRow {
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
  kinds: string[];
  sources: string[];
}

export function timelineChart(input: Pick<Story, 'charts' | 'datasets'>, id: string, locale: string): TimelineChart {
  const data = rowsOf(input, chartOf(input, id, 'timeline').data, 'events');
  // Sorted by date string: YYYY sorts before YYYY-MM of the same year, as the vaguer date should.
  const events = data.rows
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }, order): TimelineRow => ({ ...e, year: Number(e.date.slice(0, 4)), shown: formatEventDate(e, locale), order }));
  if (!events.length) throw new Error(`chart "${id}" needs the records of its dataset`);
  const from = events[0]!.year;
  const to = events.at(-1)!.year;
  const years = Array.from({ length: to - from + 1 }, (_, k) => ({ year: from + k, events: events.filter((e) => e.year === from + k) }));
  return {
    from,
    to,
    events,
    years,
    most: Math.max(...years.map((y) => y.events.length)),
    kinds: unique(events.map((e) => e.kind)),
    sources: sourcesOf(events.map((e) => e.source))
  };
}

// ---------------------------------------------------------------- sources

/** "Source: title" or "Sources: title; title", in the order given. Throws on an unknown id. */
export function sourceParts(ids: readonly string[], sources: readonly Source[], words: { source: string; sources: string }): { label: string; text: string } {
  const titles = unique(ids).map((id) => {
    const s = sources.find((x) => x.id === id);
    if (!s) throw new Error(`no source "${id}" in sources.json`);
    return s.title;
  });
  return { label: titles.length > 1 ? words.sources : words.source, text: titles.join('; ') };
}

/** "Source: …" as the edition writes a label and its text (French puts a space before the colon). */
export function sourceLine(ids: readonly string[], sources: readonly Source[], words: { source: string; sources: string; labelled: string }): string {
  return template(words.labelled, sourceParts(ids, sources, words));
}
