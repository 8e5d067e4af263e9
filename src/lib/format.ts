/** Numbers as a reader of the story's language expects them, via Intl only. */
import type { Figure, Strings } from './content/schema';
import { dateFormat, numberFormat } from './intl';

function fill(template: string, n: string): string {
  return template.replace('{n}', n);
}

export function formatValue(value: Figure['value'], unit: Figure['unit'], strings: Strings): string {
  const locale = strings.locale;
  const [low, high] = typeof value === 'number' ? [value, null] : value;
  const fmt = (opts: Intl.NumberFormatOptions): string => {
    const f = numberFormat(locale, opts);
    return high === null ? f.format(low) : f.formatRange(low, high);
  };
  switch (unit) {
    case 'percent':
      return high === null
        ? numberFormat(locale, { style: 'percent' }).format(low / 100)
        : numberFormat(locale, { style: 'percent' }).formatRange(low / 100, high / 100);
    case 'eur':
    case 'gbp':
    case 'usd':
      return fmt({ style: 'currency', currency: unit.toUpperCase(), notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    case 'eur-per-gram':
      return fill(strings.units.eurPerGram, fmt({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
    case 'tonnes':
      return fill(strings.units.tonnes, fmt({ maximumFractionDigits: 0 }));
    case 'kg':
      return fill(strings.units.kg, fmt({ maximumFractionDigits: 0 }));
    case 'count':
      return fill(strings.units.count, fmt({ maximumFractionDigits: 0 }));
  }
}

export function template(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

/** A YYYY-MM-DD day as the story's readers write it, e.g. "28 November 2025" in en-GB. */
export function formatDate(iso: string, strings: Strings): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Read and written in UTC, so the day is the same wherever the page is built or read.
  return dateFormat(strings.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/**
 * The words around one `{key}` of a template, so that its value can be an
 * element (a <time>, say) and still sit where the language puts it.
 */
export function around(text: string, key: string): { before: string; after: string } {
  const mark = `{${key}}`;
  const at = text.indexOf(mark);
  return at < 0 ? { before: text, after: '' } : { before: text.slice(0, at), after: text.slice(at + mark.length) };
}
