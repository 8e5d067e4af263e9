import { describe, expect, it } from 'vitest';
import { firstFaces } from '../../scripts/lib/first-faces.ts';

describe('the faces a first screen is set in', () => {
  it('are the upright Latin subsets, however the minifier writes their range', () => {
    const css = [
      '@font-face{font-family:A;font-style:normal;src:url(./a-cyrillic.woff2)format("woff2");unicode-range:U+400-45F}',
      '@font-face{font-family:A;font-style:normal;src:url(./a-latin.woff2)format("woff2");unicode-range:U+??,U+131}',
      '@font-face{font-family:A;font-style:italic;src:url(./a-latin-italic.woff2)format("woff2");unicode-range:U+??,U+131}',
      '@font-face{font-family:B;font-style:normal;src:url(./b-latin.woff2)format("woff2");unicode-range:U+0000-00FF,U+0131}',
      '@font-face{font-family:B;font-style:normal;src:url(./b-latin-ext.woff2)format("woff2");unicode-range:U+100-2BA}'
    ].join('');
    expect(firstFaces(css)).toEqual(['a-latin.woff2', 'b-latin.woff2']);
  });
});
