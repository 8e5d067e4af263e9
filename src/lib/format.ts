/** Numbers as a reader of the story's language expects them, via Intl only. */
import type { Figure, Strings } from './content/schema';

function fill(template: string, n: string): string {
  return template.replace('{n}', n);
}

export function formatValue(value: Figure['value'], unit: Figure['unit'], strings: Strings): string {
  const locale = strings.locale;
  const [low, high] = typeof value === 'number' ? [value, null] : value;
  const fmt = (opts: Intl.NumberFormatOptions): string => {
    const f = new Intl.NumberFormat(locale, opts);
    return high === null ? f.format(low) : f.formatRange(low, high);
  };
  switch (unit) {
    case 'percent':
      return high === null
        ? new Intl.NumberFormat(locale, { style: 'percent' }).format(low / 100)
        : new Intl.NumberFormat(locale, { style: 'percent' }).formatRange(low / 100, high / 100);
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

export function formatTonnes(tonnes: number, strings: Strings): string {
  return formatValue(tonnes, 'tonnes', strings);
}

export function template(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
