import { describe, expect, it } from 'vitest';
import { withoutOpening } from '../../scripts/lib/bench-opening.ts';

describe('what the opening map adds to a page', () => {
  const page = [
    '<html><head><style>body{}</style><style>.opening-map.x{position:fixed}</style></head><body>',
    '<div id="app"><main><div>text</div></main></div>',
    '<div class="opening-map x" data-opening="first"><div class="layout"><div class="at"><svg></svg></div></div></div>',
    '<script type="application/json" id="story-data">{}</script></body></html>'
  ].join('');

  it('is its element, nested divs and all, and its own style: the text and the page\'s styles stay', () => {
    expect(withoutOpening(page)).toBe(
      '<html><head><style>body{}</style></head><body><div id="app"><main><div>text</div></main></div><script type="application/json" id="story-data">{}</script></body></html>'
    );
  });

  it('is nothing on a page without one', () => {
    const plain = page.slice(0, page.indexOf('<div class="opening-map')) + page.slice(page.indexOf('<script'));
    expect(plain).not.toContain('data-opening');
    expect(withoutOpening(plain)).toBe(plain);
  });
});
