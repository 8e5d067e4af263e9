/**
 * The numbers in data/ agree with each other, and every one of them says
 * where it comes from. These are the checks an editor's typo would trip.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory, DATA_FILES } from '../../src/lib/content/load.ts';
import type { AmountRow, Dataset, EventRow, Figure, YearRow } from '../../src/lib/content/schema.ts';
import { sourceIdsOf } from '../../src/lib/content/source-ref.ts';

const story = loadStory('data');
const raw = (file: string): unknown => JSON.parse(readFileSync(join('data', file), 'utf8'));
const fig = (id: string): Figure => {
  const f = story.figures[id];
  if (!f) throw new Error(`figures.json lacks ${id}`);
  return f;
};
const num = (id: string): number => {
  const v = fig(id).value;
  if (typeof v !== 'number') throw new Error(`${id} is a range`);
  return v;
};
const rowsOf = <T,>(id: string): T[] => (story.datasets[id] as Dataset).rows as T[];
const seizures = rowsOf<AmountRow>('seizures');
const shootings = rowsOf<YearRow>('shootings');
const timeline = rowsOf<EventRow>('timeline');
const seized = (id: string): number => seizures.find((s) => s.id === id)!.value;

describe('the 2023 seizures add up', () => {
  it('the parts of Europe sum to the European total', () => {
    const sum = seizures.reduce((acc, s) => acc + s.value, 0);
    expect(sum).toBe(num('eu-seized-2023'));
    expect(sum).toBe(419);
  });

  it('the three countries hold 72 % of the total, rounded', () => {
    const three = seizures.filter((s) => s.place !== null).reduce((acc, s) => acc + s.value, 0);
    expect(three).toBe(123 + 118 + 59);
    expect(Math.round((three / num('eu-seized-2023')) * 100)).toBe(num('top-three-share-2023'));
  });

  it('Antwerp is part of Belgium, and the figures repeat the seizures file', () => {
    expect(num('antwerp-seized-2023')).toBeLessThanOrEqual(seized('belgium'));
    expect(num('belgium-seized-2023')).toBe(seized('belgium'));
    expect(num('rest-of-europe-seized-2023')).toBe(seized('rest'));
  });

  it('the rest of Europe is derived, and says how', () => {
    const rest = seizures.find((s) => s.id === 'rest')!;
    expect(rest.place).toBeNull();
    expect(rest.derived).toMatch(/419/);
    expect(rest.value).toBe(num('eu-seized-2023') - seized('belgium') - seized('spain') - seized('netherlands'));
  });

  it('shares derived from the seizures round as stated', () => {
    expect(Math.round((num('antwerp-seized-2023') / seized('belgium')) * 100)).toBe(num('antwerp-share-of-belgium-2023'));
    expect(Math.round((num('antwerp-seized-2023') / num('eu-seized-2023')) * 100)).toBe(num('antwerp-share-of-europe-2023'));
  });

  it('the implied flow is the total divided by the estimated share, and is labelled derived', () => {
    const share = fig('seizure-share-of-flow').value as [number, number];
    const implied = fig('implied-flow-2023');
    expect(implied.value).toEqual([num('eu-seized-2023') / (share[1] / 100), num('eu-seized-2023') / (share[0] / 100)]);
    expect(implied.value).toEqual([2095, 4190]);
    expect(implied.derived).toMatch(/÷ 0\.20/);
    expect(implied.derived).toMatch(/÷ 0\.10/);
  });
});

describe('shootings and timeline', () => {
  it('counts Brussels shootings with the partial year marked', () => {
    const [y2024, y2025] = [...shootings].sort((a, b) => a.year - b.year);
    expect(y2024).toMatchObject({ year: 2024, value: 92, breakdown: { dead: 9, injured: 48 }, partial: false });
    expect(y2025).toMatchObject({ year: 2025, value: 57, partial: true });
    expect(y2025!.note).toBeTruthy();
    expect(num('brussels-shootings-2024')).toBe(y2024!.value);
    expect(num('brussels-shootings-2025')).toBe(y2025!.value);
  });

  it('dates the timeline from 2019 to 2025, with no date in the future of the facts', () => {
    const years = timeline.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2019);
    expect(Math.max(...years)).toBe(2025);
    for (const e of timeline) if (e.when) expect(e.when).toMatch(e.date.slice(0, 4));
  });
});

describe('every figure says where it comes from', () => {
  const sourceIds = new Set(story.sources.map((s) => s.id));
  const FILES: Record<string, string> = { figures: DATA_FILES.figures, people: DATA_FILES.people, seizures: 'seizures.json', shootings: 'shootings.json', timeline: 'timeline.json' };
  const files = Object.keys(FILES);

  it.each(files)('every record of %s.json names a source in sources.json', (key) => {
    const records = raw(FILES[key]!) as Array<Record<string, unknown>>;
    expect(records.length).toBeGreaterThan(0);
    for (const [i, r] of records.entries()) {
      const ids = typeof r.source === 'string' ? [r.source] : Array.isArray(r.source) ? (r.source as unknown[]) : [];
      expect(ids.length, `${FILES[key]}[${i}] has a source`).toBeGreaterThan(0);
      for (const id of ids) {
        expect(typeof id, `${FILES[key]}[${i}] has a source`).toBe('string');
        expect(sourceIds.has(id as string), `${FILES[key]}[${i}].source "${String(id)}" is in sources.json`).toBe(true);
      }
    }
  });

  it.each(files)('every derived record of %s.json says how, with numbers', (key) => {
    const records = raw(FILES[key]!) as Array<Record<string, unknown>>;
    for (const r of records.filter((x) => 'derived' in x)) {
      expect(typeof r.derived).toBe('string');
      // At least two numbers: what it was computed from.
      expect(r.derived as string).toMatch(/\d[\s\S]*\d/);
    }
  });

  it('every source is listed in the sources chapter', () => {
    expect(story.steps.some((s) => s.body.some((b) => b.type === 'sources' && b.value === 'all'))).toBe(true);
  });

  it('every figure and record a chart reads exists, with a source', () => {
    const figureIdsOf = (spec: (typeof story.charts)[string]): string[] =>
      spec.type === 'bars' ? [spec.total, spec.share, spec.part?.figure].filter((x): x is string => !!x) : spec.type === 'range' ? [spec.value, spec.share, spec.implied] : [];
    for (const [chart, spec] of Object.entries(story.charts)) {
      for (const id of figureIdsOf(spec)) {
        expect(story.figures[id], `${chart} reads figure ${id}`).toBeDefined();
        for (const s of sourceIdsOf(story.figures[id]!.source)) expect(sourceIds.has(s)).toBe(true);
      }
    }
  });

  it('every chart and person a step names exists', () => {
    for (const step of story.steps) {
      if (step.chart) expect(Object.keys(story.charts)).toContain(step.chart);
      for (const id of step.people ?? []) expect(story.people[id], `${step.id} names ${id}`).toBeDefined();
    }
    // Each chart is shown somewhere, and each person.
    expect(new Set(story.steps.flatMap((s) => (s.chart ? [s.chart] : [])))).toEqual(new Set(Object.keys(story.charts)));
    expect(new Set(story.steps.flatMap((s) => s.people ?? []))).toEqual(new Set(Object.keys(story.people)));
  });
});
