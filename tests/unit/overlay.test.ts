import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/lib/overlay/labels.ts';
import { formatValue, template } from '../../src/lib/format.ts';
import { loadStory } from '../../src/lib/content/load.ts';

const strings = loadStory('data').strings;

describe('placeLabels', () => {
  it('drops the lower-priority label where two collide', () => {
    const input = [
      { id: 'antwerp', x: 100, y: 100, text: 'Antwerp', priority: 3 },
      { id: 'merksem', x: 102, y: 102, text: 'Merksem', priority: 1 }
    ];
    const copy = structuredClone(input);
    const placed = placeLabels(input, 400, 300);
    expect(placed.map((l) => l.id)).toEqual(['antwerp', 'merksem']);
    expect(placed[1]!.anchor).toBe('end'); // moved to the other side
    expect(input).toEqual(copy);
  });
  it('moves a label a row up or down when both sides are taken, and drops it when nothing is left', () => {
    const input = [
      { id: 'a', x: 100, y: 100, text: 'Aaaaaaaa', priority: 3 },
      { id: 'b', x: 100, y: 100, text: 'Bbbbbbbb', priority: 2 },
      { id: 'c', x: 100, y: 101, text: 'Cccccccc', priority: 1 }
    ];
    const placed = placeLabels(input, 400, 300);
    expect(placed.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(Math.abs(placed[2]!.y - 101)).toBe(16);
    const crowd = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, x: 100, y: 100, text: 'Placename', priority: 8 - i }));
    expect(placeLabels(crowd, 400, 300).map((l) => l.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5']);
  });
  it('keeps labels inside the free region, off the text column', () => {
    const region = { left: 200, top: 0, right: 400, bottom: 300 };
    const [near] = placeLabels([{ id: 'x', x: 210, y: 100, text: 'Amsterdam', priority: 1 }], 400, 300, region);
    expect(near!.anchor).toBe('start');
    expect(placeLabels([{ id: 'y', x: 150, y: 100, text: 'Rotterdam', priority: 1 }], 400, 300, region)).toEqual([]);
  });
  it('keeps labels on screen', () => {
    expect(placeLabels([{ id: 'x', x: 395, y: 100, text: 'Long name', priority: 1 }], 400, 300)[0]!.anchor).toBe('end');
    expect(placeLabels([{ id: 'x', x: 100, y: 400, text: 'Off', priority: 1 }], 400, 300)).toEqual([]);
  });
});

describe('formatValue', () => {
  it.each([
    [419, 'tonnes', '419 t'],
    [[10, 20], 'percent', '10% – 20%'],
    [72, 'percent', '72%'],
    [50, 'eur-per-gram', '€50 a gram'],
    [11_000_000_000, 'gbp', '£11bn'],
    [25_000_000, 'gbp', '£25m'],
    [[1000, 1500], 'kg', '1,000–1,500 kg'],
    [[2095, 4190], 'tonnes', '2,095–4,190 t'],
    [92, 'count', '92']
  ] as const)('%j %s → %s', (value, unit, want) => {
    expect(formatValue(value as number | [number, number], unit, strings).replace(/\u202f|\u00a0/g, ' ')).toBe(want);
  });
  it('follows the locale', () => {
    expect(formatValue(1500, 'kg', { ...strings, locale: 'nl-BE' })).toBe('1.500 kg');
  });
});

describe('template', () => {
  it('fills named slots and leaves unknown ones', () => {
    expect(template('Facts as of {date} {x}', { date: 'autumn 2025' })).toBe('Facts as of autumn 2025 {x}');
  });
});

describe('placeLabels around symbols', () => {
  it('sets a label clear of its circle', () => {
    const [l] = placeLabels([{ id: 'c', x: 100, y: 100, radius: 30, text: 'Belgium 123 t', priority: 10 }], 400, 300);
    expect(l!.dx).toBeGreaterThan(30);
  });
});
