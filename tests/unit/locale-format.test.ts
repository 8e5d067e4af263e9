/** Each edition writes numbers, ranges, percentages, money and dates as its readers do (issue 9). */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import { formatDate, formatValue } from '../../src/lib/format.ts';

// Intl separates with no-break and narrow no-break spaces; compared here as plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const cases = {
  nl: ['2.095-4.190 ton', '72%', '€ 50 per gram', '15 juli 2024', '1.500 kg', '2.095'],
  fr: ['2 095–4 190 t', '72 %', '50 € le gramme', '15 juillet 2024', '1 500 kg', '2 095']
} as const;

describe.each(Object.entries(cases))('the %s edition', (code, [range, percent, price, date, kilos, low]) => {
  const { strings, figures } = loadStory('data', undefined, code);
  it('writes a range of tonnes, a share and a price per gram in its locale', () => {
    expect(plain(formatValue([2095, 4190], 'tonnes', strings))).toBe(range);
    expect(plain(formatValue(72, 'percent', strings))).toBe(percent);
    expect(plain(formatValue(50, 'eur-per-gram', strings))).toBe(price);
    expect(plain(formatValue(1500, 'kg', strings))).toBe(kilos);
  });
  it('writes dates with the month in its language', () => {
    expect(formatDate('2024-07-15', strings)).toBe(date);
  });
  it('writes the story’s key figures with thousands grouped its way, never the English way', () => {
    const implied = figures['implied-flow-2023']!;
    expect(plain(formatValue(implied.value, implied.unit, strings))).toContain(low);
    for (const f of Object.values(figures)) {
      expect(plain(formatValue(f.value, f.unit, strings)), f.id).not.toMatch(/\d,\d{3}\b/);
    }
  });
});
