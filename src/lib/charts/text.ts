/** Small number formats the charts need beyond `lib/format.ts`, via Intl only. */
import { numberFormat } from '../intl';

/** A fraction as a divisor is written in a sum: 0.2 → "0.20". */
export function formatFraction(x: number, locale: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
}

/** A whole percentage: 72 → "72%". */
export function formatPercent(x: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(x / 100);
}
