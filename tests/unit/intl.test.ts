import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from '../../src/lib/intl';

describe('Intl formatters', () => {
  it('are made once per locale and options', () => {
    expect(numberFormat('fr-BE', { maximumFractionDigits: 0 })).toBe(numberFormat('fr-BE', { maximumFractionDigits: 0 }));
    expect(dateFormat('nl-BE', { year: 'numeric', timeZone: 'UTC' })).toBe(dateFormat('nl-BE', { year: 'numeric', timeZone: 'UTC' }));
  });

  it('differ where the locale or the options do', () => {
    expect(numberFormat('fr-BE', { maximumFractionDigits: 0 })).not.toBe(numberFormat('nl-BE', { maximumFractionDigits: 0 }));
    expect(numberFormat('en-GB', { style: 'percent' }).format(0.5)).toBe('50%');
    expect(numberFormat('en-GB').format(0.5)).toBe('0.5');
    expect(dateFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 6, 15))).toBe('July');
  });
});
