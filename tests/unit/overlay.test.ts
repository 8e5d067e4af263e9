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
  it('drops a label that fits on neither side', () => {
    const input = [
      { id: 'a', x: 100, y: 100, text: 'Aaaaaaaa', priority: 3 },
      { id: 'b', x: 100, y: 100, text: 'Bbbbbbbb', priority: 2 },
      { id: 'c', x: 100, y: 101, text: 'Cccccccc', priority: 1 }
    ];
    expect(placeLabels(input, 400, 300).map((l) => l.id)).toEqual(['a', 'b']);
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
