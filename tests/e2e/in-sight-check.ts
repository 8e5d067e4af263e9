/**
 * Whether the places the camera frames can be seen: on screen, and under
 * nothing drawn above the map (text, a card, a bar, a panel, a person's card).
 * Asked of the browser (`elementsFromPoint`), not computed.
 */
import type { Page } from '@playwright/test';
import { MAP } from './expect-scene.ts';

/** Framed places that are off screen or covered, with what covers them. */
export function hiddenFramedPlaces(page: Page): Promise<string[]> {
  return page.evaluate((mapSelector) => {
    const stage = document.querySelector(mapSelector)!;
    const box = stage.getBoundingClientRect();
    const problems: string[] = [];
    // Hit-testing skips `pointer-events: none` (the map and its overlay have it): turn it off while asking.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { pointer-events: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const framed = [...document.querySelectorAll<SVGElement>('[data-place].focus, [data-place][data-focus]')];
    for (const marker of framed) {
      const r = marker.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const id = marker.getAttribute('data-place');
      if (x < Math.max(0, box.left) || y < Math.max(0, box.top) || x > Math.min(innerWidth, box.right) || y > Math.min(innerHeight, box.bottom)) {
        problems.push(`${id} off screen at ${Math.round(x)},${Math.round(y)}`);
        continue;
      }
      // Everything painted above the marker must belong to the map's own drawing, and not be a person's card.
      // Boxes that paint nothing there (a transparent step section, say) do not hide it.
      const paints = (el: Element) => {
        const css = getComputedStyle(el);
        const alpha = Number(/rgba?\([^)]*?,[^)]*?,[^,)]*(?:,\s*([\d.]+))?\)/.exec(css.backgroundColor)?.[1] ?? 1);
        const filled = css.backgroundColor !== 'transparent' && alpha > 0;
        return css.visibility !== 'hidden' && Number(css.opacity) > 0 && (filled || css.backgroundImage !== 'none' || el instanceof HTMLImageElement);
      };
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === marker || el === stage) break;
        if ((!stage.contains(el) && paints(el)) || el.closest('[data-person]')) {
          const what = el.closest('[data-person]') ? `person card ${el.closest('[data-person]')!.getAttribute('data-person')}` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          problems.push(`${id} under ${what}`);
          break;
        }
      }
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return problems;
  }, MAP);
}
